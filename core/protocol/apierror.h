#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace suara::protocol {

// The stable error codes of protocol §1. Messages are for people; clients branch on the code only.
enum class ErrorCode {
    BadRequest, // 400 not a valid HTTP request at all
    MalformedJson, // 400
    InvalidField, // 400
    UnknownField, // 400
    Unauthorized, // 401
    DeviceRevoked, // 403
    Forbidden, // 403
    EnrollmentCodeInvalid, // 403
    NotFound, // 404
    MethodNotAllowed, // 405
    EnrollmentCodeUsed, // 409
    PayloadTooLarge, // 413
    BatchTooLarge, // 413
    UnsupportedMediaType, // 415
    TooManyRequests, // 429: sign-in or enrollment attempts throttled; Retry-After says when to retry
    BadBundle, // 422
    EvidenceHashMismatch, // 400 an evidence file whose bytes do not hash to the name it was sent under
    EvidenceUnreferenced, // 409 no stored record of the device names this evidence file (yet)
    EvidenceNotReceived, // 404 the report names the file, but it has not reached the server
    Internal, // 500
    ShuttingDown, // 503
    Unavailable, // 503
    Unknown, // a code this build does not know (a newer server); treat by HTTP status
};

[[nodiscard]] QString errorCodeName(ErrorCode code);
[[nodiscard]] ErrorCode errorCodeFromName(const QString &name);
[[nodiscard]] int httpStatus(ErrorCode code);

struct ApiError
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString field; // set when exactly one field is at fault

    [[nodiscard]] int status() const { return httpStatus(code); }
    // {"error": {"code": …, "message": …[, "field": …]}}
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QByteArray toBytes() const;
    // Reads an error answer; nullopt when the body is not a Suara error (e.g. a proxy's HTML page).
    static std::optional<ApiError> fromBody(const QByteArray &body);
};

[[nodiscard]] ApiError makeError(ErrorCode code, const QString &message, const QString &field = {});

} // namespace suara::protocol
