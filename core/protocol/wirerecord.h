#pragma once

#include "apierror.h"
#include "domain/record.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace suara::protocol {

// A record on the wire (protocol §2.2): {"seq","id","body","prev","hash","sig"}; the body travels as
// the exact text that was hashed, hashes as lowercase hex, the signature as base64.
[[nodiscard]] QJsonObject toWire(const Record &record);

// Strict envelope parse: every field present with its type, no unknown fields, seq ≥ 1, id an id.
// Encodings are decoded but not judged here: a hash that is not 64 hex digits simply fails verify().
// `path` names the record in errors ("records[3]").
[[nodiscard]] std::optional<Record> fromWire(const QJsonValue &value, const QString &path, ApiError *error);

// What the body says about itself (the fields of §2.1 the server needs).
struct BodyInfo
{
    QString id;
    QString type;
    QString device;
    qint64 seq = 0;
    QDateTime time;
    QString unit;
    QString officer; // empty: no officer was signed in
};
// nullopt unless the body is a JSON object with every required field of §2.1 and the right types, and
// the field keys (`officer`; a response's `administered`, `region`, `location`) in their formats and
// ranges. Other unknown keys are tolerated: the body is signed data, and refusing it would lose a record.
[[nodiscard]] std::optional<BodyInfo> parseBody(const QByteArray &body);

enum class Verdict { Ok, BadHash, BadSignature, MalformedBody, Mismatch };
// The rejection reason of §5.1 ("bad_hash", …); empty for Ok.
[[nodiscard]] QString verdictReason(Verdict verdict);

// Checks, in this order: hash == SHA-256(body || prev); the Ed25519 signature over hash with the
// device's public key; the body parses; its id, seq and device match the envelope and deviceId.
// A changed body therefore always reads as BadHash, whatever else is wrong with it.
[[nodiscard]] Verdict verify(const Record &record, const QByteArray &publicKey, const QString &deviceId,
                             BodyInfo *info = nullptr);

// Strict decoders: an empty array unless the text is exactly `bytes` bytes of hex / base64.
[[nodiscard]] QByteArray decodeHex(const QString &text, int bytes);
[[nodiscard]] QByteArray decodeBase64(const QString &text, int bytes);

} // namespace suara::protocol
