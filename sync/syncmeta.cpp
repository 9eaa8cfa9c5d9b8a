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

QDateTime timeOf(const QString &text)
{
    return protocol::parseTime(text).value_or(QDateTime());
}
} // namespace

SyncMeta::SyncMeta(LocalStore *store)
    : m_store(store)
{
}

QString SyncMeta::get(const char *key) const
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

QUrl SyncMeta::serverUrl() const
{
    return QUrl(get(kServerUrl));
}

QString SyncMeta::token() const
{
    return get(kToken);
}

QString SyncMeta::unitCode() const
{
    return get(kUnitCode);
}

QString SyncMeta::unitName() const
{
    return get(kUnitName);
}

QDateTime SyncMeta::enrolledAt() const
{
    return timeOf(get(kEnrolledAt));
}

QString SyncMeta::enrollmentCode() const
{
    return get(kEnrollmentCode);
}

StoreError SyncMeta::setEnrollmentCode(const QString &code, const QUrl &server)
{
    return inTransaction([&] {
        StoreError err = set(kEnrollmentCode, code);
        if (err.ok() && server.isValid() && !isEnrolled())
            err = set(kServerUrl, server.toString());
        return err;
    });
}

StoreError SyncMeta::saveEnrollment(const QUrl &server, const QString &token, const QString &unitCode,
                                    const QString &unitName, const QDateTime &at)
{
    return inTransaction([&] {
        for (const auto &[key, value] : {std::pair{kServerUrl, server.toString()}, std::pair{kToken, token},
                                         std::pair{kUnitCode, unitCode}, std::pair{kUnitName, unitName},
                                         std::pair{kEnrolledAt, protocol::formatTime(at)},
                                         std::pair{kStopReason, QString()}, std::pair{kStopDetail, QString()},
                                         std::pair{kStoppedAt, QString()}}) {
            if (StoreError err = set(key, value); !err.ok())
                return err;
        }
        return StoreError();
    });
}

SyncError SyncMeta::stopReason() const
{
    return errorFromName(get(kStopReason));
}

QString SyncMeta::stopDetail() const
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

QDateTime SyncMeta::lastSuccess() const
{
    return timeOf(get(kLastSuccess));
}

StoreError SyncMeta::setLastSuccess(const QDateTime &at)
{
    return set(kLastSuccess, protocol::formatTime(at));
}

SyncFailure SyncMeta::lastError() const
{
    return {errorFromName(get(kLastError)), get(kLastErrorDetail)};
}

QDateTime SyncMeta::lastErrorAt() const
{
    return timeOf(get(kLastErrorAt));
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
