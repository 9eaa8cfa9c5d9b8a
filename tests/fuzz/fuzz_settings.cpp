// The unit settings document a device receives, and the settings update an admin sends.
#include "fuzztarget.h"

#include "protocol/unitsettings.h"

using namespace suara::protocol;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    ApiError error;
    if (const auto doc = SettingsDocument::parse(json, &error))
        (void)doc->toJson();
    (void)SettingsUpdate::parse(json, &error);
    return 0;
}
