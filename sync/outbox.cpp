#include "outbox.h"

#include "protocol/wiretime.h"
#include "store/localstore.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace suara::sync {

namespace {
QString now()
{
    return protocol::formatTime(QDateTime::currentDateTimeUtc());
}

std::optional<Outbox::State> stateFromName(const QString &name)
{
    for (Outbox::State s : {Outbox::State::Pending, Outbox::State::Synced, Outbox::State::Quarantined}) {
        if (Outbox::stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

constexpr char kEntryColumns[] = "SELECT o.seq, r.id, o.state, o.attempts, o.reason, o.detail, o.updated_at "
                                 "FROM outbox o JOIN records r ON r.seq = o.seq ";

StoreError readFailed(const QSqlQuery &q, const char *what)
{
    return StoreError::fromSql(q.lastError(), QStringLiteral("reading %1").arg(QLatin1String(what)));
}

StoreError unknownState(const QString &name)
{
    return StoreError::make(StoreError::Kind::Corrupt,
                            QStringLiteral("the outbox has an unknown state \"%1\"").arg(name));
}

std::optional<Outbox::Entry> entryFromQuery(const QSqlQuery &q)
{
    Outbox::Entry e;
    e.seq = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    const std::optional<Outbox::State> state = stateFromName(q.value(2).toString());
    if (!state)
        return std::nullopt;
    e.state = *state;
    e.attempts = q.value(3).toInt();
    e.reason = q.value(4).toString();
    e.detail = q.value(5).toString();
    e.updatedAt = protocol::parseTime(q.value(6).toString()).value_or(QDateTime());
    return e;
}
} // namespace

Outbox::Outbox(LocalStore *store)
    : m_store(store)
{
}

QString Outbox::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Synced:
        return QStringLiteral("synced");
    case State::Quarantined:
        return QStringLiteral("quarantined");
    }
    return {};
}

StoreError Outbox::repair()
{
    QSqlQuery q(m_store->database());
    if (!q.exec(QStringLiteral("INSERT INTO outbox (seq) SELECT seq FROM records "
                               "WHERE seq NOT IN (SELECT seq FROM outbox)")))
        return StoreError::fromSql(q.lastError(), QStringLiteral("completing the outbox"));
    return {};
}

StoreResult<Outbox::Counts> Outbox::counts() const
{
    if (!m_store->isOpen())
        return StoreError::make(StoreError::Kind::Other, QStringLiteral("the store is not open"));
    Counts c;
    QSqlQuery q(m_store->database());
    if (!q.exec(QStringLiteral("SELECT state, COUNT(*) FROM outbox GROUP BY state")))
        return readFailed(q, "the outbox");
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        const std::optional<State> state = stateFromName(q.value(0).toString());
        if (!state)
            return unknownState(q.value(0).toString());
        switch (*state) {
        case State::Pending:
            c.pending += n;
            break;
        case State::Synced:
            c.synced += n;
            break;
        case State::Quarantined:
            c.quarantined += n;
            break;
        }
    }
    if (q.lastError().isValid())
        return readFailed(q, "the outbox");
    // A record without an outbox row is pending too: nothing can hide a record from sync.
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM records")) || !q.next())
        return readFailed(q, "the number of records");
    c.pending = std::max<qint64>(c.pending, q.value(0).toLongLong() - c.synced - c.quarantined);
    return c;
}

StoreResult<std::optional<QDateTime>> Outbox::oldestPendingCapture() const
{
    if (!m_store->isOpen())
        return StoreError::make(StoreError::Kind::Other, QStringLiteral("the store is not open"));
    QSqlQuery q(m_store->database());
    if (!q.exec(QStringLiteral("SELECT MIN(r.captured_utc) FROM records r LEFT JOIN outbox o ON o.seq = r.seq "
                               "WHERE o.seq IS NULL OR o.state = 'pending'"))
        || !q.next())
        return readFailed(q, "the oldest waiting record");
    if (q.value(0).isNull())
        return std::optional<QDateTime>();
    const std::optional<QDateTime> at = protocol::parseTime(q.value(0).toString());
    if (!at)
        return StoreError::make(StoreError::Kind::Corrupt,
                                QStringLiteral("a record's capture time is not a time: %1").arg(q.value(0).toString()));
    return at;
}

StoreResult<QList<qint64>> Outbox::nextPending(int limit) const
{
    if (!m_store->isOpen())
        return StoreError::make(StoreError::Kind::Other, QStringLiteral("the store is not open"));
    QList<qint64> out;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT seq FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return readFailed(q, "the pending records");
    while (q.next())
        out.append(q.value(0).toLongLong());
    if (q.lastError().isValid())
        return readFailed(q, "the pending records");
    return out;
}

StoreResult<QList<Outbox::Entry>> Outbox::entries(const QString &where, const QVariantList &binds) const
{
    if (!m_store->isOpen())
        return StoreError::make(StoreError::Kind::Other, QStringLiteral("the store is not open"));
    QList<Entry> out;
    QSqlQuery q(m_store->database());
    q.prepare(QString::fromLatin1(kEntryColumns) + QStringLiteral("WHERE ") + where
              + QStringLiteral(" ORDER BY o.seq"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return readFailed(q, "the outbox");
    while (q.next()) {
        std::optional<Entry> e = entryFromQuery(q);
        if (!e)
            return unknownState(q.value(2).toString());
        out.append(std::move(*e));
    }
    if (q.lastError().isValid())
        return readFailed(q, "the outbox");
    return out;
}

StoreResult<std::optional<Outbox::Entry>> Outbox::entry(qint64 seq) const
{
    const StoreResult<QList<Entry>> found = entries(QStringLiteral("o.seq = ?"), {seq});
    if (!found.ok())
        return found.error();
    return found->isEmpty() ? std::optional<Entry>() : std::optional<Entry>(found->first());
}

StoreResult<QList<Outbox::Entry>> Outbox::quarantined() const
{
    return entries(QStringLiteral("o.state = 'quarantined'"), {});
}

StoreError Outbox::noteAttempt(const QList<qint64> &seqs)
{
    if (seqs.isEmpty())
        return {};
    WriteTransaction tx(m_store->database());
    if (!tx.begun().ok())
        return tx.begun();
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE seq = ?"));
    QVariantList binds;
    for (qint64 s : seqs)
        binds.append(s);
    q.addBindValue(binds);
    if (!q.execBatch())
        return StoreError::fromSql(q.lastError(), QStringLiteral("counting a sync attempt"));
    return tx.commit();
}

StoreError Outbox::apply(const QList<protocol::RecordResult> &results)
{
    WriteTransaction tx(m_store->database());
    if (!tx.begun().ok())
        return tx.begun();
    QSqlQuery q(m_store->database());
    // Synced is final (a late answer cannot move it back); the database refuses any other jump.
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, reason = ?, detail = ?, updated_at = ? "
                             "WHERE seq = ? AND state <> 'synced'"));
    // The acknowledgement that alone lets a row become synced (migration 3); kept for good.
    QSqlQuery ack(m_store->database());
    ack.prepare(QStringLiteral("INSERT INTO outbox_acks (seq, status, acked_at) SELECT ?, ?, ? "
                               "WHERE NOT EXISTS (SELECT 1 FROM outbox_acks WHERE seq = ?)"));
    const QString at = now();
    for (const protocol::RecordResult &r : results) {
        if (r.isStored()) {
            ack.addBindValue(r.seq);
            ack.addBindValue(r.status == protocol::RecordStatus::Duplicate ? QStringLiteral("duplicate")
                                                                           : QStringLiteral("accepted"));
            ack.addBindValue(at);
            ack.addBindValue(r.seq);
            if (!ack.exec())
                return StoreError::fromSql(ack.lastError(), QStringLiteral("saving the server's acknowledgement"));
            q.addBindValue(stateName(State::Synced));
            q.addBindValue(orEmpty({}));
            q.addBindValue(orEmpty({}));
        } else {
            // conflict: the reason says what clashed; rejected: the reason is bad_hash, bad_signature, …
            const bool conflict = r.status == protocol::RecordStatus::Conflict;
            q.addBindValue(stateName(State::Quarantined));
            q.addBindValue(conflict ? QStringLiteral("conflict") : orEmpty(r.reason));
            q.addBindValue(conflict ? orEmpty(r.reason) : protocol::recordStatusName(r.status));
        }
        q.addBindValue(at);
        q.addBindValue(r.seq);
        if (!q.exec())
            return StoreError::fromSql(q.lastError(), QStringLiteral("saving the server's answer"));
    }
    return tx.commit();
}

StoreError Outbox::quarantine(qint64 seq, const QString &reason, const QString &detail)
{
    WriteTransaction tx(m_store->database());
    if (!tx.begun().ok())
        return tx.begun();
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'quarantined', reason = ?, detail = ?, updated_at = ? "
                             "WHERE seq = ? AND state = 'pending'"));
    q.addBindValue(orEmpty(reason));
    q.addBindValue(orEmpty(detail));
    q.addBindValue(now());
    q.addBindValue(seq);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("quarantining a record"));
    return tx.commit();
}

StoreError Outbox::requeueQuarantined(int *count)
{
    WriteTransaction tx(m_store->database());
    if (!tx.begun().ok())
        return tx.begun();
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'pending', updated_at = ? WHERE state = 'quarantined'"));
    q.addBindValue(now());
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("re-queueing quarantined records"));
    if (count)
        *count = q.numRowsAffected();
    return tx.commit();
}

} // namespace suara::sync
