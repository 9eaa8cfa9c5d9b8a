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
// One entry of `evidence`: its bytes must hash to its name, or the file was damaged on the stick.
std::optional<EvidenceFile> evidenceOf(const QJsonValue &value, qsizetype i, ApiError *error)
{
    const QString at = indexPath(QStringLiteral("evidence"), i);
    FieldReader r(value.toObject(), at, error);
    const auto sha256 = r.string(QStringLiteral("sha256"), FieldReader::Required, 64);
    const auto type = r.string(QStringLiteral("type"), FieldReader::Required, 32);
    const auto bytes = r.string(QStringLiteral("bytes"), FieldReader::Required, int(evidence::kMaxBytes / 3 * 4 + 8));
    if (!r.finish())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(bytes->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    EvidenceFile f = EvidenceFile::of(decoded.decoded, *type);
    const QString hashed = f.sha256;
    f.sha256 = *sha256;
    QString problem;
    if (!evidence::isSha256Hex(*sha256))
        problem = QStringLiteral("%1.sha256 is not a SHA-256 in lower-case hex").arg(at);
    else if (!decoded)
        problem = QStringLiteral("%1.bytes is not base64").arg(at);
    else if (hashed != *sha256)
        problem = QStringLiteral("evidence file %1 is damaged: its bytes hash to %2").arg(*sha256, hashed);
    else
        problem = f.problem();
    if (!problem.isEmpty()) {
        *error = makeError(ErrorCode::BadBundle, problem, at);
        return std::nullopt;
    }
    return f;
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
                       const QString &enrollmentCode, const QDateTime &created, const QList<EvidenceFile> &evidence)
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
    if (!evidence.isEmpty()) {
        QJsonArray files;
        for (const EvidenceFile &f : evidence)
            files.append(QJsonObject{{QStringLiteral("sha256"), f.sha256},
                                     {QStringLiteral("type"), f.type},
                                     {QStringLiteral("bytes"), QString::fromLatin1(f.bytes.toBase64())}});
        o.insert(QStringLiteral("evidence"), files);
    }
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
    const auto evidenceFiles = r.array(QStringLiteral("evidence"), FieldReader::Optional);
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
    for (qsizetype i = 0; evidenceFiles && i < evidenceFiles->size(); ++i) {
        std::optional<EvidenceFile> f = evidenceOf(evidenceFiles->at(i), i, &inner);
        if (!f) {
            *error = badBundle(QStringLiteral("not a valid bundle: ") + inner.message, inner.field);
            return std::nullopt;
        }
        b.evidence.append(std::move(*f));
    }
    if (!DeviceKey::verify(b.publicKey, Bundle::digest(b.records, b.lastSeq), b.signature)) {
        *error = badBundle(
            QStringLiteral("the bundle's signature does not verify: it was changed or not made by this device"));
        return std::nullopt;
    }
    return b;
}

} // namespace suara::protocol
