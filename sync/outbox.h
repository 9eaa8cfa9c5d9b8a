#pragma once

#include "protocol/pushbatch.h"
#include "store/storeerror.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace suara {
class LocalStore;
}

namespace suara::sync {

// Which records still have to reach the server (docs/sync.md, docs/adr/0006). Backed by the store's
// `outbox` table (migration 2): one row per record, created by a trigger in the same transaction as
// the record, so a committed record is pending until a Suara answer moves it. States:
//   pending      — not yet acknowledged; sent in seq order, again and again until it is
//   synced       — the server said accepted or duplicate (final)
//   quarantined  — conflict or rejected: kept, never retried automatically, shown to the admin
class Outbox
{
public:
    enum class State { Pending, Synced, Quarantined };

    struct Counts
    {
        qint64 pending = 0;
        qint64 synced = 0;
        qint64 quarantined = 0;
        [[nodiscard]] qint64 total() const { return pending + synced + quarantined; }
    };

    struct Entry
    {
        qint64 seq = 0;
        QString id;
        State state = State::Pending;
        int attempts = 0;
        QString reason; // conflict, bad_hash, invalid_field, …
        QString detail;
        QDateTime updatedAt;
    };

    explicit Outbox(LocalStore *store);

    // Adds a pending row for any record that has none (never needed while the trigger exists; cheap).
    StoreError repair();

    // Each read is its value or the reason it failed: an unreadable outbox is never "nothing to send".
    StoreResult<Counts> counts() const;
    // When the oldest record still waiting for the server was captured (UTC); nullopt when none waits.
    // A record without an outbox row waits too, as in counts().
    StoreResult<std::optional<QDateTime>> oldestPendingCapture() const;
    // The next pending sequence numbers, lowest first.
    StoreResult<QList<qint64>> nextPending(int limit) const;
    StoreResult<std::optional<Entry>> entry(qint64 seq) const;
    StoreResult<QList<Entry>> quarantined() const;

    // Counts one more attempt for these records (diagnostics: how long a record has been waiting).
    StoreError noteAttempt(const QList<qint64> &seqs);
    // Applies one Suara answer, all of it or nothing, in one transaction. Only call it with results
    // that PushResponse::answers() accepted for the request that was sent.
    StoreError apply(const QList<protocol::RecordResult> &results);
    // Quarantines one record the server refused as a whole request (e.g. a record too large).
    StoreError quarantine(qint64 seq, const QString &reason, const QString &detail);
    // An admin's decision to try quarantined records again. Returns how many were re-queued.
    StoreError requeueQuarantined(int *count = nullptr);

    [[nodiscard]] static QString stateName(State state);
    [[nodiscard]] LocalStore *store() const { return m_store; }

private:
    StoreResult<QList<Entry>> entries(const QString &where, const QVariantList &binds) const;

    LocalStore *m_store;
};

} // namespace suara::sync
