// A record's canonical body and its wire form: the two things every record from a device goes through.
#include "fuzztarget.h"

#include "protocol/strictjson.h"
#include "protocol/wirerecord.h"

#include <QJsonValue>

using namespace suara::protocol;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)parseBody(bytes);
    ApiError error;
    if (const auto object = parseObject(bytes, &error))
        (void)fromWire(QJsonValue(*object), QStringLiteral("record"), &error);
    (void)decodeHex(QString::fromUtf8(bytes), 32);
    (void)decodeBase64(QString::fromUtf8(bytes), 64);
    return 0;
}
