#pragma once

#include <QObject>
#include <QString>

namespace suara::sync {
Q_NAMESPACE

// What went wrong, as one value the UI can translate. The engine keeps English sentences for logs,
// the CLI and admins (describe()); the kiosk maps the enum to its own translated text.
enum class SyncError {
    None,
    NotEnrolled, // no server and token yet
    ServerUnreachable, // DNS, refused, reset, no route: nothing that looked like an answer
    Timeout, // the request took longer than the per-request timeout
    NotSuara, // an answer without X-Suara-Protocol: 1 (captive portal, proxy page)
    BadAnswer, // a Suara answer that is truncated, damaged or of the wrong shape
    ServerUnavailable, // a Suara 5xx: the server or its database is down for now
    Unauthorized, // 401: the token is no longer accepted
    Revoked, // 403 device_revoked
    EnrollmentCodeInvalid, // 403 enrollment_code_invalid
    EnrollmentCodeUsed, // 409 enrollment_code_used
    LoginFailed, // admin credentials refused (bundle upload)
    RequestRefused, // any other Suara 4xx: the server understood and said no
    StoreFailed, // the device store could not be read or written
    FileFailed, // a bundle file could not be read or written
    BadBundle, // a bundle file that is damaged or not signed by its device
};
Q_ENUM_NS(SyncError)

// Transient failures are retried with backoff; the others need a person (or never succeed as is).
[[nodiscard]] bool isTransient(SyncError error);
// One sentence for an admin, in English ("The server could not be reached.").
[[nodiscard]] QString describe(SyncError error);
// Stable names for logs, the store and `suara-sync status --json` ("server_unreachable").
[[nodiscard]] QString errorName(SyncError error);
[[nodiscard]] SyncError errorFromName(const QString &name);

// A failure with its technical detail (an HTTP status, a Qt error string, the server's message).
struct SyncFailure
{
    SyncError error = SyncError::None;
    QString detail;

    [[nodiscard]] bool ok() const { return error == SyncError::None; }
    // "The server could not be reached. (Connection refused)"
    [[nodiscard]] QString sentence() const;
};

} // namespace suara::sync
