// A push batch as the server reads it, and a push answer as the device reads it.
#include "fuzztarget.h"

#include "protocol/pushbatch.h"

using namespace suara::protocol;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    ApiError error;
    if (const auto request = PushRequest::parse(json, &error, 50)) {
        // What parses must serialise and parse again to the same batch.
        ApiError again;
        const auto round = PushRequest::parse(request->toJson(), &again, 50);
        if (!round || round->records.size() != request->records.size())
            __builtin_trap();
    }
    (void)PushResponse::parse(json, &error);
    return 0;
}
