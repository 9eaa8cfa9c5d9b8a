#include "syncmeta.h"

#include "protocol/wiretime.h"
#include "store/localstore.h"
#include "writetransaction.h"

#include <functional>

namespace suara::sync {

namespace {
constexpr char kServerUrl[] = "sync.server_url";
constexpr char kToken[] = "sync.token";
constexpr char kUnitCode[] = "sync.unit_code";
constexpr char kUnitName[] = "sync.unit_name";
constexpr char kEnrolledAt[] = "sync.enrolled_at";
constexpr char kEnrollmentCode[] = "sync.enrollment_code";
constexpr char kStopReason[] = "sync.stopped";
constexpr char kStopDetail[] = "sync.stopped_detail";
constexpr char kStoppedAt[] = "sync.stopped_at";
constexpr char kLastSuccess[] = "sync.last_success";
constexpr char kLastError[] = "sync.last_error";
constexpr char kLastErrorDetail[] = "sync.last_error_detail";
constexpr char kLastErrorAt[] = "sync.last_error_at";
constexpr char kRecoveryHash[] = "sync.recovery_hash";

QDateTime timeOf(const QString &text)
{
    return protocol::parseTime(text).value_or(QDateTime());
}
} // namespace

SyncMeta::SyncMeta(LocalStore *store)
    : m_store(store)
{
}

StoreResult<QString> SyncMeta::get(const char *key) const
{
    return m_store->meta(QString::fromLatin1(key));
}

StoreError SyncMeta::set(const char *key, const QString &value)
{
    return m_store->setMeta(QString::fromLatin1(key), orEmpty(value));
}

StoreError SyncMeta::inTransaction(const std::function<StoreError()> &writes)
{
    WriteTransaction tx(m_store->database());
    if (!tx.begun().ok())
        return tx.begun();
    if (StoreError err = writes(); !err.ok())
        return err;
    return tx.commit();
}

StoreResult<QUrl> SyncMeta::serverUrl() const
{
    return read<QUrl>(kServerUrl, [](const QString &t) { return QUrl(t); });
}

StoreResult<QString> SyncMeta::token() const
{
    return get(kToken);
}

StoreResult<QString> SyncMeta::unitCode() const
{
    return get(kUnitCode);
}

StoreResult<QString> SyncMeta::unitName() const
{
    return get(kUnitName);
}

StoreResult<bool> SyncMeta::isEnrolled() const
{
    const StoreResult<QString> tok = token();
    if (!tok.ok())
        return tok.error();
    const StoreResult<QUrl> url = serverUrl();
    if (!url.ok())
        return url.error();
    return !tok->isEmpty() && url->isValid();
}

StoreResult<QDateTime> SyncMeta::enrolledAt() const
{
    return read<QDateTime>(kEnrolledAt, timeOf);
}

StoreResult<QString> SyncMeta::enrollmentCode() const
{
    return get(kEnrollmentCode);
}

StoreError SyncMeta::setEnrollmentCode(const QString &code, const QUrl &server)
{
    return inTransaction([&] {
        StoreError err = set(kEnrollmentCode, code);
        const StoreResult<bool> enrolled = isEnrolled();
        if (err.ok() && !enrolled.ok())
            err = enrolled.error();
        if (err.ok() && server.isValid() && !*enrolled)
            err = set(kServerUrl, server.toString());
        return err;
    });
}

StoreError SyncMeta::saveEnrollment(const QUrl &server, const QString &token, const QString &unitCode,
                                    const QString &unitName, const QDateTime &at, const QString &recoveryHash)
{
    return inTransaction([&] {
        if (!recoveryHash.isEmpty()) {
            if (StoreError err = set(kRecoveryHash, recoveryHash); !err.ok())
                return err;
        }
        for (const auto &[key, value] :
             {std::pair{kServerUrl, server.toString()}, std::pair{kToken, token}, std::pair{kUnitCode, unitCode},
              std::pair{kUnitName, unitName}, std::pair{kEnrolledAt, protocol::formatTime(at)},
              std::pair{kStopReason, QString()}, std::pair{kStopDetail, QString()}, std::pair{kStoppedAt, QString()}}) {
            if (StoreError err = set(key, value); !err.ok())
                return err;
        }
        return StoreError();
    });
}

StoreResult<QString> SyncMeta::recoveryHash() const
{
    return get(kRecoveryHash);
}

StoreResult<SyncError> SyncMeta::stopReason() const
{
    return read<SyncError>(kStopReason, errorFromName);
}

StoreResult<QString> SyncMeta::stopDetail() const
{
    return get(kStopDetail);
}

StoreError SyncMeta::stop(const SyncFailure &why, const QDateTime &at)
{
    return inTransaction([&] {
        StoreError err = set(kStopReason, errorName(why.error));
        if (err.ok())
            err = set(kStopDetail, why.detail);
        if (err.ok())
            err = set(kStoppedAt, protocol::formatTime(at));
        return err;
    });
}

StoreResult<QDateTime> SyncMeta::lastSuccess() const
{
    return read<QDateTime>(kLastSuccess, timeOf);
}

StoreError SyncMeta::setLastSuccess(const QDateTime &at)
{
    return set(kLastSuccess, protocol::formatTime(at));
}

StoreResult<SyncFailure> SyncMeta::lastError() const
{
    const StoreResult<QString> name = get(kLastError);
    if (!name.ok())
        return name.error();
    const StoreResult<QString> detail = get(kLastErrorDetail);
    if (!detail.ok())
        return detail.error();
    return SyncFailure{errorFromName(*name), *detail};
}

StoreResult<QDateTime> SyncMeta::lastErrorAt() const
{
    return read<QDateTime>(kLastErrorAt, timeOf);
}

StoreError SyncMeta::setLastError(const SyncFailure &failure, const QDateTime &at)
{
    return inTransaction([&] {
        StoreError err = set(kLastError, failure.ok() ? QString() : errorName(failure.error));
        if (err.ok())
            err = set(kLastErrorDetail, failure.detail);
        if (err.ok())
            err = set(kLastErrorAt, failure.ok() ? QString() : protocol::formatTime(at));
        return err;
    });
}

} // namespace suara::sync
