#pragma once

#include "syncerror.h"

#include "store/storeerror.h"

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

    [[nodiscard]] QUrl serverUrl() const;
    [[nodiscard]] QString token() const;
    [[nodiscard]] bool isEnrolled() const { return !token().isEmpty() && serverUrl().isValid(); }
    [[nodiscard]] QString unitCode() const;
    [[nodiscard]] QString unitName() const;
    [[nodiscard]] QDateTime enrolledAt() const;
    // The code an admin typed, kept so a device that was never online can enroll through a bundle.
    [[nodiscard]] QString enrollmentCode() const;
    StoreError setEnrollmentCode(const QString &code, const QUrl &server);

    // All of the enrollment in one transaction; clears a previous stop (revoked / unauthorized).
    StoreError saveEnrollment(const QUrl &server, const QString &token, const QString &unitCode,
                              const QString &unitName, const QDateTime &at);

    // The server cut the device off (401 or device_revoked): pushing stops until it is enrolled again.
    [[nodiscard]] SyncError stopReason() const;
    [[nodiscard]] QString stopDetail() const;
    StoreError stop(const SyncFailure &why, const QDateTime &at);

    [[nodiscard]] QDateTime lastSuccess() const;
    StoreError setLastSuccess(const QDateTime &at);
    [[nodiscard]] SyncFailure lastError() const;
    [[nodiscard]] QDateTime lastErrorAt() const;
    StoreError setLastError(const SyncFailure &failure, const QDateTime &at);

private:
    [[nodiscard]] QString get(const char *key) const;
    StoreError set(const char *key, const QString &value);
    StoreError inTransaction(const std::function<StoreError()> &writes);

    LocalStore *m_store;
};

} // namespace suara::sync
