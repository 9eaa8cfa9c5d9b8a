#include "evidencestore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace suara {

namespace {
const QString kColumns = QStringLiteral("sha256, record_id, type, size, bytes, sent_at");
}

EvidenceStore::EvidenceStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

StoreError EvidenceStore::add(const EvidenceFile &file)
{
    if (const QString why = file.problem(); !why.isEmpty())
        return StoreError::make(StoreError::Kind::Other, why);
    if (file.recordId.isEmpty())
        return StoreError::make(StoreError::Kind::Other, QStringLiteral("an evidence file needs its record's id"));
    QSqlQuery q(m_db);
    // The hash names the bytes, so a second row of the same hash would hold the same file.
    q.prepare(QStringLiteral("INSERT INTO evidence (sha256, record_id, type, size, bytes) VALUES (?, ?, ?, ?, ?)"
                             " ON CONFLICT (sha256) DO NOTHING"));
    q.addBindValue(file.sha256);
    q.addBindValue(file.recordId);
    q.addBindValue(file.type);
    q.addBindValue(file.size);
    q.addBindValue(file.bytes);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("saving an evidence file"));
    return {};
}

StoreResult<QList<EvidenceFile>> EvidenceStore::select(const QString &where, const QVariantList &binds, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM evidence WHERE %2 ORDER BY rowid").arg(kColumns, where);
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    if (!q.prepare(sql))
        return StoreError::fromSql(q.lastError(), QStringLiteral("reading evidence files"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("reading evidence files"));
    QList<EvidenceFile> out;
    while (q.next()) {
        EvidenceFile f;
        f.sha256 = q.value(0).toString();
        f.recordId = q.value(1).toString();
        f.type = q.value(2).toString();
        f.size = q.value(3).toLongLong();
        f.bytes = q.value(4).toByteArray();
        if (!q.value(5).isNull())
            f.sentAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        out.append(f);
    }
    if (q.lastError().isValid())
        return StoreError::fromSql(q.lastError(), QStringLiteral("reading evidence files"));
    return out;
}

StoreResult<QList<EvidenceFile>> EvidenceStore::unsent(int limit) const
{
    return select(QStringLiteral("sent_at IS NULL"), {}, limit);
}

StoreResult<QList<EvidenceFile>> EvidenceStore::uploadable(int limit) const
{
    return select(QStringLiteral("sent_at IS NULL AND record_id IN (SELECT r.id FROM records r"
                                 " JOIN outbox o ON o.seq = r.seq WHERE o.state = 'synced')"),
                  {}, limit);
}

StoreResult<QList<EvidenceFile>> EvidenceStore::all() const
{
    return select(QStringLiteral("1 = 1"), {}, -1);
}

StoreResult<qint64> EvidenceStore::waitingCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM evidence WHERE sent_at IS NULL")) || !q.next())
        return StoreError::fromSql(q.lastError(), QStringLiteral("counting evidence files"));
    return q.value(0).toLongLong();
}

StoreResult<std::optional<EvidenceFile>> EvidenceStore::file(const QString &sha256) const
{
    StoreResult<QList<EvidenceFile>> found = select(QStringLiteral("sha256 = ?"), {sha256}, 1);
    if (!found.ok())
        return found.error();
    return found->isEmpty() ? std::optional<EvidenceFile>() : std::optional<EvidenceFile>(found->first());
}

StoreResult<QList<EvidenceFile>> EvidenceStore::ofRecord(const QString &recordId) const
{
    return select(QStringLiteral("record_id = ?"), {recordId}, -1);
}

StoreError EvidenceStore::markSent(const QString &sha256, const QDateTime &at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE evidence SET sent_at = ? WHERE sha256 = ? AND sent_at IS NULL"));
    q.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(sha256);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("marking an evidence file sent"));
    if (q.numRowsAffected() == 0) {
        const StoreResult<std::optional<EvidenceFile>> known = file(sha256);
        if (!known.ok())
            return known.error();
        if (!known->has_value())
            return StoreError::make(StoreError::Kind::Other, QStringLiteral("no evidence file %1").arg(sha256));
    }
    return {};
}

} // namespace suara
