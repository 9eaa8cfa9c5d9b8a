#include "syncerror.h"

namespace suara::sync {

namespace {
struct ErrorInfo
{
    SyncError error;
    const char *name;
    bool transient;
    const char *sentence;
};

constexpr ErrorInfo kErrors[] = {
    {SyncError::None, "none", false, "No error."},
    {SyncError::NotEnrolled, "not_enrolled", false, "This device is not enrolled with a Suara server yet."},
    {SyncError::ServerUnreachable, "server_unreachable", true, "The server could not be reached."},
    {SyncError::Timeout, "timeout", true, "The server did not answer in time."},
    {SyncError::NotSuara, "not_suara", true,
     "Something other than the Suara server answered (a Wi-Fi login page or a proxy)."},
    {SyncError::BadAnswer, "bad_answer", true, "The server's answer was incomplete or damaged."},
    {SyncError::ServerUnavailable, "server_unavailable", true, "The server is temporarily unavailable."},
    {SyncError::Unauthorized, "unauthorized", false,
     "The server no longer accepts this device's credentials; enroll it again. Its records are kept."},
    {SyncError::Revoked, "revoked", false,
     "This device was revoked on the server. It has stopped sending and keeps all its records."},
    {SyncError::EnrollmentCodeInvalid, "enrollment_code_invalid", false,
     "The enrollment code is unknown or has expired."},
    {SyncError::EnrollmentCodeUsed, "enrollment_code_used", false,
     "The enrollment code was already used by another device."},
    {SyncError::LoginFailed, "login_failed", false, "The user name or password was not accepted."},
    {SyncError::RequestRefused, "request_refused", false, "The server refused the request."},
    {SyncError::StoreFailed, "store_failed", false, "The device's storage could not be read or written."},
    {SyncError::FileFailed, "file_failed", false, "The file could not be read or written."},
    {SyncError::BadBundle, "bad_bundle", false, "The bundle is damaged or was not signed by its device."},
};

const ErrorInfo &info(SyncError error)
{
    for (const ErrorInfo &i : kErrors) {
        if (i.error == error)
            return i;
    }
    return kErrors[0];
}
} // namespace

bool isTransient(SyncError error)
{
    return info(error).transient;
}

QString describe(SyncError error)
{
    return QString::fromLatin1(info(error).sentence);
}

QString errorName(SyncError error)
{
    return QString::fromLatin1(info(error).name);
}

SyncError errorFromName(const QString &name)
{
    for (const ErrorInfo &i : kErrors) {
        if (name == QLatin1String(i.name))
            return i.error;
    }
    return SyncError::None;
}

QString SyncFailure::sentence() const
{
    if (detail.isEmpty())
        return describe(error);
    return describe(error) + QStringLiteral(" (") + detail + QLatin1Char(')');
}

} // namespace suara::sync
