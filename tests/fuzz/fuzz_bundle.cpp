// An offline bundle file as the server's import reads it (gzip, then the bundle's JSON and digest).
#include "fuzztarget.h"

#include "protocol/bundle.h"

using namespace suara::protocol;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file(reinterpret_cast<const char *>(data), qsizetype(size));
    ApiError error;
    (void)readBundle(file, 4 * 1024 * 1024, &error);
    return 0;
}
