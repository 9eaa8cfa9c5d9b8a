#include "wirerecord.h"

#include "crypto/devicekey.h"
#include "crypto/hashchain.h"
#include "domain/deviceconfigfield.h"
#include "strictjson.h"
#include "wiretime.h"

#include <QJsonDocument>

namespace suara::protocol {

namespace {
constexpr int kSignatureSize = 64;
} // namespace

QJsonObject toWire(const Record &record)
{
    return QJsonObject{
        {QStringLiteral("seq"), record.seq},
        {QStringLiteral("id"), record.id},
        {QStringLiteral("body"), QString::fromUtf8(record.body)},
        {QStringLiteral("prev"), QString::fromLatin1(record.prevHash.toHex())},
        {QStringLiteral("hash"), QString::fromLatin1(record.hash.toHex())},
        {QStringLiteral("sig"), QString::fromLatin1(record.signature.toBase64())},
    };
}

QByteArray decodeHex(const QString &text, int bytes)
{
    if (text.size() != bytes * 2)
        return {};
    for (QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
              || (c >= QLatin1Char('A') && c <= QLatin1Char('F'))))
            return {};
    }
    return QByteArray::fromHex(text.toLatin1());
}

QByteArray decodeBase64(const QString &text, int bytes)
{
    // Standard base64 with its padding (protocol §2.2): Qt's strict decoder still takes unpadded text.
    if (text.size() % 4 != 0)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != bytes)
        return {};
    return decoded.decoded;
}

std::optional<Record> fromWire(const QJsonValue &value, const QString &path, ApiError *error)
{
    if (!value.isObject()) {
        *error = makeError(ErrorCode::InvalidField, path + QStringLiteral(" must be an object"), path);
        return std::nullopt;
    }
    FieldReader r(value.toObject(), path, error);
    const auto seq = r.integer(QStringLiteral("seq"), 1, std::numeric_limits<qint64>::max());
    const auto id = r.identifier(QStringLiteral("id"));
    // A body is one visitor's answers; 256 KiB is far beyond any real one.
    const auto body = r.string(QStringLiteral("body"), FieldReader::Required, 256 * 1024);
    const auto prev = r.string(QStringLiteral("prev"), FieldReader::Required, 128);
    const auto hash = r.string(QStringLiteral("hash"), FieldReader::Required, 128);
    const auto sig = r.string(QStringLiteral("sig"), FieldReader::Required, 128);
    if (!r.finish())
        return std::nullopt;
    Record rec;
    rec.seq = *seq;
    rec.id = *id;
    rec.body = body->toUtf8();
    rec.prevHash = decodeHex(*prev, hashchain::kHashSize);
    rec.hash = decodeHex(*hash, hashchain::kHashSize);
    rec.signature = decodeBase64(*sig, kSignatureSize);
    // A hash or signature in another form was never sealed by a device: the batch is wrong, not the
    // record (a record's verdict is for what a device did sign).
    const auto malformed = [&](const QString &key, const QString &what) {
        *error = makeError(ErrorCode::InvalidField, fieldPath(path, key) + QStringLiteral(" must be ") + what,
                           fieldPath(path, key));
        return std::nullopt;
    };
    if (rec.prevHash.isEmpty())
        return malformed(QStringLiteral("prev"), QStringLiteral("64 hexadecimal digits"));
    if (rec.hash.isEmpty())
        return malformed(QStringLiteral("hash"), QStringLiteral("64 hexadecimal digits"));
    if (rec.signature.isEmpty())
        return malformed(QStringLiteral("sig"), QStringLiteral("the standard, padded base64 of 64 bytes"));
    if (const std::optional<BodyInfo> info = parseBody(rec.body))
        rec.type = recordTypeFromName(info->type).value_or(RecordType::Response);
    return rec;
}

std::optional<BodyInfo> parseBody(const QByteArray &body)
{
    if (body.contains('\0'))
        return std::nullopt; // no real body holds NUL, and PostgreSQL text cannot store it
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    auto str = [&](const char *key) { return o.value(QLatin1String(key)); };
    const std::optional<qint64> v = jsonInteger(str("v"));
    const std::optional<qint64> seq = jsonInteger(str("seq"));
    const std::optional<qint64> tz = jsonInteger(str("tz"));
    if (!v || *v != recordformat::kVersion || !seq || *seq < 1 || !tz || *tz < -recordformat::kMaxTzMinutes
        || *tz > recordformat::kMaxTzMinutes)
        return std::nullopt;
    for (const char *key : {"id", "type", "device", "time", "lang", "mode", "unit"}) {
        if (!str(key).isString())
            return std::nullopt;
    }
    if (!str("flags").isArray() || !str("data").isObject())
        return std::nullopt;
    for (const QJsonValue &flag : str("flags").toArray()) {
        if (!flag.isString())
            return std::nullopt;
    }
    if (o.contains(QLatin1String("service")) && !str("service").isString())
        return std::nullopt;
    if (o.contains(QLatin1String("q")) && !str("q").isObject())
        return std::nullopt;
    if (o.contains(QLatin1String("officer")) && !fieldformat::isOfficerId(str("officer").toString()))
        return std::nullopt;
    const QString type = str("type").toString();
    const std::optional<QDateTime> time = parseTime(str("time").toString());
    if (!recordTypeFromName(type) || !time)
        return std::nullopt;
    if (recordTypeFromName(type) == RecordType::Response
        && !fieldformat::checkResponseData(str("data").toObject()).isEmpty())
        return std::nullopt;
    BodyInfo info;
    info.id = str("id").toString();
    info.type = type;
    info.device = str("device").toString();
    info.seq = *seq;
    info.time = *time;
    info.unit = str("unit").toString();
    info.officer = str("officer").toString();
    return info;
}

QString verdictReason(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return {};
    case Verdict::BadHash:
        return QStringLiteral("bad_hash");
    case Verdict::BadSignature:
        return QStringLiteral("bad_signature");
    case Verdict::MalformedBody:
        return QStringLiteral("malformed_body");
    case Verdict::Mismatch:
        return QStringLiteral("mismatch");
    }
    return {};
}

Verdict verify(const Record &record, const QByteArray &publicKey, const QString &deviceId, BodyInfo *info)
{
    if (record.hash.size() != hashchain::kHashSize || record.prevHash.size() != hashchain::kHashSize
        || hashchain::link(record.body, record.prevHash) != record.hash)
        return Verdict::BadHash;
    if (!DeviceKey::verify(publicKey, record.hash, record.signature))
        return Verdict::BadSignature;
    const std::optional<BodyInfo> body = parseBody(record.body);
    if (!body)
        return Verdict::MalformedBody;
    if (body->id != record.id || body->seq != record.seq || body->device != deviceId)
        return Verdict::Mismatch;
    if (info)
        *info = *body;
    return Verdict::Ok;
}

} // namespace suara::protocol
