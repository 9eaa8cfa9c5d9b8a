#include "bundle.h"

#include "gzip.h"
#include "strictjson.h"
#include "wirerecord.h"
#include "wiretime.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

namespace suara::protocol {

namespace {
const QString kFormat = QStringLiteral("suara-bundle");
constexpr int kBundleVersion = 1;

ApiError badBundle(const QString &message, const QString &field = {})
{
    return makeError(ErrorCode::BadBundle, message, field);
}
} // namespace

QByteArray Bundle::digest(const QList<Record> &records, qint64 lastSeq)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const Record &r : records)
        h.addData(r.hash);
    char be[8];
    qToBigEndian<qint64>(lastSeq, be);
    h.addData(QByteArrayView(be, 8));
    return h.result();
}

QByteArray writeBundle(const QString &deviceId, const DeviceKey &key, qint64 lastSeq, const QList<Record> &records,
                       const QString &enrollmentCode, const QDateTime &created)
{
    QJsonArray wire;
    for (const Record &r : records)
        wire.append(toWire(r));
    QJsonObject o{{QStringLiteral("format"), kFormat},
                  {QStringLiteral("version"), kBundleVersion},
                  {QStringLiteral("created"), formatTime(created)},
                  {QStringLiteral("device_id"), deviceId},
                  {QStringLiteral("public_key"), QString::fromLatin1(key.publicKey().toBase64())},
                  {QStringLiteral("last_seq"), lastSeq},
                  {QStringLiteral("records"), wire},
                  {QStringLiteral("sig"), QString::fromLatin1(key.sign(Bundle::digest(records, lastSeq)).toBase64())}};
    if (!enrollmentCode.isEmpty())
        o.insert(QStringLiteral("enrollment_code"), enrollmentCode);
    return gzip::compress(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<Bundle> readBundle(const QByteArray &file, qint64 maxDecompressed, ApiError *error)
{
    const gzip::Inflated inflated = gzip::decompress(file, maxDecompressed);
    switch (inflated.status) {
    case gzip::Inflated::Status::Ok:
        break;
    case gzip::Inflated::Status::NotGzip:
        *error =
            makeError(ErrorCode::UnsupportedMediaType, QStringLiteral("this is not a Suara bundle (not gzip data)"));
        return std::nullopt;
    case gzip::Inflated::Status::TooLarge:
        *error = makeError(ErrorCode::PayloadTooLarge,
                           QStringLiteral("the bundle is larger than %1 bytes once decompressed").arg(maxDecompressed));
        return std::nullopt;
    case gzip::Inflated::Status::Corrupt:
        *error = badBundle(QStringLiteral("the bundle is damaged (its gzip data is truncated or corrupt)"));
        return std::nullopt;
    }

    ApiError inner;
    const std::optional<QJsonObject> root = parseObject(inflated.data, &inner);
    if (!root) {
        *error = badBundle(QStringLiteral("the bundle does not hold a JSON object"));
        return std::nullopt;
    }
    FieldReader r(*root, QString(), &inner);
    const auto format = r.string(QStringLiteral("format"), FieldReader::Required, 32);
    const auto version = r.integer(QStringLiteral("version"), 1, 1000);
    const auto created = r.string(QStringLiteral("created"), FieldReader::Required, 64);
    const auto deviceId = r.identifier(QStringLiteral("device_id"));
    const auto publicKey = r.string(QStringLiteral("public_key"), FieldReader::Required, 128);
    const auto lastSeq = r.integer(QStringLiteral("last_seq"), 0, std::numeric_limits<qint64>::max());
    const auto code = r.string(QStringLiteral("enrollment_code"), FieldReader::Optional, 64);
    const auto records = r.array(QStringLiteral("records"));
    const auto sig = r.string(QStringLiteral("sig"), FieldReader::Required, 128);
    if (r.ok() && (*format != kFormat || *version != kBundleVersion))
        r.fail(QStringLiteral("format"), QStringLiteral("must be suara-bundle version 1"));
    if (!r.finish()) {
        *error = badBundle(QStringLiteral("not a valid bundle: ") + inner.message, inner.field);
        return std::nullopt;
    }

    Bundle b;
    b.created = parseTime(*created).value_or(QDateTime());
    b.deviceId = *deviceId;
    b.publicKey = decodeBase64(*publicKey, 32);
    b.lastSeq = *lastSeq;
    b.enrollmentCode = code.value_or(QString());
    b.signature = decodeBase64(*sig, 64);
    if (b.publicKey.isEmpty() || b.signature.isEmpty() || !b.created.isValid()) {
        *error = badBundle(QStringLiteral("not a valid bundle: public_key, sig or created is malformed"));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < records->size(); ++i) {
        std::optional<Record> rec = fromWire(records->at(i), indexPath(QStringLiteral("records"), i), &inner);
        if (!rec) {
            *error = badBundle(QStringLiteral("not a valid bundle: ") + inner.message, inner.field);
            return std::nullopt;
        }
        // A hash that is not 32 bytes cannot be part of the signed digest; the whole bundle is wrong.
        if (rec->hash.size() != 32) {
            *error = badBundle(QStringLiteral("not a valid bundle: records[%1].hash is not a SHA-256 in hex").arg(i));
            return std::nullopt;
        }
        b.records.append(std::move(*rec));
    }
    if (!DeviceKey::verify(b.publicKey, Bundle::digest(b.records, b.lastSeq), b.signature)) {
        *error = badBundle(
            QStringLiteral("the bundle's signature does not verify: it was changed or not made by this device"));
        return std::nullopt;
    }
    return b;
}

} // namespace suara::protocol
