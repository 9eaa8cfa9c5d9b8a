#pragma once

#include "db/sql.h"
#include "ingest.h"

#include <QSet>

namespace suara::server::ingest {

// Inserts the checked records of a batch many rows to a statement (INSERT … VALUES (…), (…) ON CONFLICT
// DO NOTHING RETURNING record_id, the same SQL on both engines): on PostgreSQL one round trip per
// chunk instead of one per record, on SQLite fewer statement steps. The constraints decide, exactly as
// for one row at a time; what a statement did not insert is classified by the caller afterwards.
class RowInserter
{
public:
    RowInserter(Sql &sql, const Batch &batch, const QString &receivedAt);

    // Rows per statement: 13 binds each, far below both engines' limits.
    static constexpr int kRowsPerStatement = 100;

    // Inserts batch.records at `rows` (distinct ids and seqs, so each returned id names one row)
    // and answers the ids that went in. Throws DbFailure.
    QSet<QString> insert(const QList<Checked> &checked, const QList<qsizetype> &rows);

private:
    QSqlQuery &statementFor(qsizetype rows);

    Sql &m_sql;
    const Batch &m_batch;
    QString m_receivedAt;
    QVariant m_skew;
    std::optional<QSqlQuery> m_full; // prepared once for kRowsPerStatement rows
    std::optional<QSqlQuery> m_other;
    qsizetype m_otherRows = 0;
};

} // namespace suara::server::ingest
