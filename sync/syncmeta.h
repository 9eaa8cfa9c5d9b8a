#pragma once

#include "syncerror.h"

#include "store/storeerror.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QUrl>
#include <functional>

namespace suara {
class LocalStore;
}

namespace suara::sync {

// The engine's own state in the device store's `meta` table: server, token, enrollment, whether the
// server cut the device off, and the last outcome. Keys are prefixed "sync." and spelled only here.
class SyncMeta
{
public:
    explicit SyncMeta(LocalStore *store);

    // Every read is its value or the store's error: an unreadable token is not "not enrolled".
    StoreResult<QUrl> serverUrl() const;
    StoreResult<QString> token() const;
    StoreResult<bool> isEnrolled() const;
    StoreResult<QString> unitCode() const;
    StoreResult<QString> unitName() const;
    StoreResult<QDateTime> enrolledAt() const;
    // The code an admin typed, kept so a device that was never online can enroll through a bundle.
    StoreResult<QString> enrollmentCode() const;
    StoreError setEnrollmentCode(const QString &code, const QUrl &server);

    // All of the enrollment in one transaction; clears a previous stop (revoked / unauthorized).
    // An empty `recoveryHash` (a server that issues no recovery codes) keeps the one held before.
    StoreError saveEnrollment(const QUrl &server, const QString &token, const QString &unitCode,
                              const QString &unitName, const QDateTime &at, const QString &recoveryHash = {});
    // The slow hash of the admin's recovery code the server sent at enrollment; empty when none came.
    StoreResult<QString> recoveryHash() const;

    // The server cut the device off (401 or device_revoked): pushing stops until it is enrolled again.
    StoreResult<SyncError> stopReason() const;
    StoreResult<QString> stopDetail() const;
    StoreError stop(const SyncFailure &why, const QDateTime &at);

    StoreResult<QDateTime> lastSuccess() const;
    StoreError setLastSuccess(const QDateTime &at);
    StoreResult<SyncFailure> lastError() const;
    StoreResult<QDateTime> lastErrorAt() const;
    StoreError setLastError(const SyncFailure &failure, const QDateTime &at);

private:
    StoreResult<QString> get(const char *key) const;
    template<typename T, typename F>
    StoreResult<T> read(const char *key, F convert) const
    {
        StoreResult<QString> text = get(key);
        if (!text.ok())
            return text.error();
        return T(convert(*text));
    }
    StoreError set(const char *key, const QString &value);
    StoreError inTransaction(const std::function<StoreError()> &writes);

    LocalStore *m_store;
};

} // namespace suara::sync
