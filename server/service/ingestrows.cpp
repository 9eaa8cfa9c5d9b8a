#include "ingestrows.h"

namespace suara::server::ingest {

namespace {
QString insertText(qsizetype rows)
{
    QString text = QStringLiteral(
        "INSERT INTO records (device_id, record_id, seq, type, unit_code, captured_at, received_at, clock_skew_s,"
        " source, body, prev_hash, hash, sig) VALUES ");
    for (qsizetype i = 0; i < rows; ++i)
        text += i == 0 ? QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       : QStringLiteral(", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    return text + QStringLiteral(" ON CONFLICT DO NOTHING RETURNING record_id");
}
} // namespace

RowInserter::RowInserter(Sql &sql, const Batch &batch, const QString &receivedAt)
    : m_sql(sql)
    , m_batch(batch)
    , m_receivedAt(receivedAt)
    , m_skew(batch.clockSkewSeconds ? QVariant(*batch.clockSkewSeconds) : nullInteger())
{
}

QSqlQuery &RowInserter::statementFor(qsizetype rows)
{
    if (rows == kRowsPerStatement) {
        if (!m_full)
            m_full = m_sql.prepare(insertText(rows));
        return *m_full;
    }
    if (!m_other || m_otherRows != rows) {
        m_other = m_sql.prepare(insertText(rows));
        m_otherRows = rows;
    }
    return *m_other;
}

QSet<QString> RowInserter::insert(const QList<Checked> &checked, const QList<qsizetype> &rows)
{
    QSet<QString> inserted;
    if (rows.isEmpty())
        return inserted;
    Q_ASSERT(rows.size() <= kRowsPerStatement);
    const devices::Device &device = m_batch.device;
    QVariantList binds;
    binds.reserve(rows.size() * 13);
    for (const qsizetype i : rows) {
        const Record &r = m_batch.records.at(i);
        const Checked &c = checked.at(i);
        binds << device.id << r.id << r.seq << c.body.type << device.unitCode << c.capturedAt << m_receivedAt << m_skew
              << m_batch.source << c.bodyText << c.prevHex << c.hashHex << c.signatureBase64;
    }
    QSqlQuery &statement = statementFor(rows.size());
    m_sql.exec(statement, binds);
    while (statement.next())
        inserted.insert(statement.value(0).toString());
    statement.finish();
    return inserted;
}

} // namespace suara::server::ingest
