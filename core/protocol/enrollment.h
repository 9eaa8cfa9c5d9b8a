#pragma once

#include "apierror.h"

#include <QDateTime>
#include <optional>

namespace suara::protocol {

// POST /api/v1/enroll (protocol §3).
struct EnrollRequest
{
    QString code;
    QString deviceId;
    QByteArray publicKey; // raw 32 bytes (base64 on the wire)
    QString label;
    QString appVersion;

    [[nodiscard]] QByteArray toJson() const;
    static std::optional<EnrollRequest> parse(const QByteArray &json, ApiError *error);
};

struct EnrollResponse
{
    QString deviceId;
    QString token;
    QString unitCode;
    QString unitName;
    QDateTime serverTime;
    // Optional (protocol §3): an Argon2id hash of the device's admin recovery code, so the device can
    // check the code without ever holding it. Empty from a server that issues none.
    QString recoveryCodeHash;

    [[nodiscard]] QByteArray toJson() const;
    // Unknown fields are ignored (a newer server may add some).
    static std::optional<EnrollResponse> parse(const QByteArray &json, ApiError *error);
};

// Codes are typed by people: case, spaces and dashes do not matter ("7kq4 mx2p" == "7KQ4-MX2P").
[[nodiscard]] QString normalizeEnrollmentCode(const QString &code);
// "7KQ4MX2P" -> "7KQ4-MX2P", for display.
[[nodiscard]] QString formatEnrollmentCode(const QString &normalized);

} // namespace suara::protocol
