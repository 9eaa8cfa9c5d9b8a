#include "enrollment.h"

#include "strictjson.h"
#include "wirerecord.h"
#include "wiretime.h"

#include <QJsonDocument>

namespace suara::protocol {

QByteArray EnrollRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), code},
                  {QStringLiteral("device_id"), deviceId},
                  {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64())}};
    if (!label.isEmpty())
        o.insert(QStringLiteral("label"), label);
    if (!appVersion.isEmpty())
        o.insert(QStringLiteral("app_version"), appVersion);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<EnrollRequest> EnrollRequest::parse(const QByteArray &json, ApiError *error)
{
    const std::optional<QJsonObject> root = parseObject(json, error);
    if (!root)
        return std::nullopt;
    FieldReader r(*root, QString(), error);
    const auto code = r.string(QStringLiteral("code"), FieldReader::Required, 64);
    const auto deviceId = r.identifier(QStringLiteral("device_id"));
    const auto publicKey = r.string(QStringLiteral("public_key"), FieldReader::Required, 128);
    const auto label = r.string(QStringLiteral("label"), FieldReader::Optional, 200);
    const auto appVersion = r.string(QStringLiteral("app_version"), FieldReader::Optional, 64);
    if (!r.finish())
        return std::nullopt;
    EnrollRequest out;
    out.code = *code;
    out.deviceId = *deviceId;
    out.publicKey = decodeBase64(*publicKey, 32);
    if (out.publicKey.isEmpty()) {
        *error =
            makeError(ErrorCode::InvalidField, QStringLiteral("public_key must be the base64 of a 32-byte Ed25519 key"),
                      QStringLiteral("public_key"));
        return std::nullopt;
    }
    out.label = label.value_or(QString());
    out.appVersion = appVersion.value_or(QString());
    return out;
}

QByteArray EnrollResponse::toJson() const
{
    QJsonObject o{
        {QStringLiteral("device_id"), deviceId},
        {QStringLiteral("token"), token},
        {QStringLiteral("unit"), QJsonObject{{QStringLiteral("code"), unitCode}, {QStringLiteral("name"), unitName}}},
        {QStringLiteral("server_time"), formatTime(serverTime)}};
    if (!recoveryCodeHash.isEmpty())
        o.insert(QStringLiteral("recovery_code_hash"), recoveryCodeHash);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<EnrollResponse> EnrollResponse::parse(const QByteArray &json, ApiError *error)
{
    const std::optional<QJsonObject> root = parseObject(json, error);
    if (!root)
        return std::nullopt;
    const QJsonObject unit = root->value(QLatin1String("unit")).toObject();
    EnrollResponse out;
    out.deviceId = root->value(QLatin1String("device_id")).toString();
    out.token = root->value(QLatin1String("token")).toString();
    out.unitCode = unit.value(QLatin1String("code")).toString();
    out.unitName = unit.value(QLatin1String("name")).toString();
    out.serverTime = parseTime(root->value(QLatin1String("server_time")).toString()).value_or(QDateTime());
    const QJsonValue recovery = root->value(QLatin1String("recovery_code_hash"));
    if (!recovery.isUndefined() && !recovery.isNull()) {
        out.recoveryCodeHash = recovery.toString();
        // Only an Argon2id string can be checked; anything else would leave the admin with a code that never works.
        if (!out.recoveryCodeHash.startsWith(QLatin1String("$argon2id$"))) {
            *error =
                makeError(ErrorCode::InvalidField, QStringLiteral("recovery_code_hash must be an Argon2id hash string"),
                          QStringLiteral("recovery_code_hash"));
            return std::nullopt;
        }
    }
    if (out.deviceId.isEmpty() || out.token.isEmpty() || out.unitCode.isEmpty()) {
        *error = makeError(ErrorCode::InvalidField,
                           QStringLiteral("an enrollment answer needs device_id, token and unit.code"));
        return std::nullopt;
    }
    return out;
}

QString normalizeEnrollmentCode(const QString &code)
{
    QString out;
    for (QChar c : code) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        out.append(c.toUpper());
    }
    return out;
}

QString formatEnrollmentCode(const QString &normalized)
{
    if (normalized.size() != 8)
        return normalized;
    return normalized.left(4) + QLatin1Char('-') + normalized.mid(4);
}

} // namespace suara::protocol
