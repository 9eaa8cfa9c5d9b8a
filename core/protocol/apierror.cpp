#include "apierror.h"

#include <QJsonDocument>

namespace suara::protocol {

namespace {
struct CodeInfo
{
    ErrorCode code;
    const char *name;
    int status;
};

constexpr CodeInfo kCodes[] = {
    {ErrorCode::BadRequest, "bad_request", 400},
    {ErrorCode::MalformedJson, "malformed_json", 400},
    {ErrorCode::InvalidField, "invalid_field", 400},
    {ErrorCode::UnknownField, "unknown_field", 400},
    {ErrorCode::Unauthorized, "unauthorized", 401},
    {ErrorCode::DeviceRevoked, "device_revoked", 403},
    {ErrorCode::Forbidden, "forbidden", 403},
    {ErrorCode::EnrollmentCodeInvalid, "enrollment_code_invalid", 403},
    {ErrorCode::NotFound, "not_found", 404},
    {ErrorCode::MethodNotAllowed, "method_not_allowed", 405},
    {ErrorCode::EnrollmentCodeUsed, "enrollment_code_used", 409},
    {ErrorCode::PayloadTooLarge, "payload_too_large", 413},
    {ErrorCode::BatchTooLarge, "batch_too_large", 413},
    {ErrorCode::UnsupportedMediaType, "unsupported_media_type", 415},
    {ErrorCode::TooManyRequests, "too_many_requests", 429},
    {ErrorCode::BadBundle, "bad_bundle", 422},
    {ErrorCode::EvidenceHashMismatch, "evidence_hash_mismatch", 400},
    {ErrorCode::EvidenceUnreferenced, "evidence_unreferenced", 409},
    {ErrorCode::EvidenceNotReceived, "evidence_not_received", 404},
    {ErrorCode::Internal, "internal", 500},
    {ErrorCode::ShuttingDown, "shutting_down", 503},
    {ErrorCode::Unavailable, "unavailable", 503},
};
} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const CodeInfo &c : kCodes) {
        if (c.code == code)
            return QString::fromLatin1(c.name);
    }
    return QStringLiteral("unknown");
}

ErrorCode errorCodeFromName(const QString &name)
{
    for (const CodeInfo &c : kCodes) {
        if (name == QLatin1String(c.name))
            return c.code;
    }
    return ErrorCode::Unknown;
}

int httpStatus(ErrorCode code)
{
    for (const CodeInfo &c : kCodes) {
        if (c.code == code)
            return c.status;
    }
    return 500;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject e{{QStringLiteral("code"), errorCodeName(code)}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        e.insert(QStringLiteral("field"), field);
    return QJsonObject{{QStringLiteral("error"), e}};
}

QByteArray ApiError::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

std::optional<ApiError> ApiError::fromBody(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue e = doc.object().value(QLatin1String("error"));
    if (!e.isObject() || !e[QLatin1String("code")].isString())
        return std::nullopt;
    ApiError out;
    out.code = errorCodeFromName(e[QLatin1String("code")].toString());
    out.message = e[QLatin1String("message")].toString();
    out.field = e[QLatin1String("field")].toString();
    return out;
}

ApiError makeError(ErrorCode code, const QString &message, const QString &field)
{
    return ApiError{code, message, field};
}

} // namespace suara::protocol
