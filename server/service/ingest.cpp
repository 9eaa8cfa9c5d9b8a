#include "ingest.h"

#include "alerts.h"
#include "crypto/hashchain.h"
#include "failure.h"
#include "ingestrows.h"
#include "protocol/wirerecord.h"
#include "protocol/wiretime.h"
#include "registerintake.h"
#include "reports/aggregator.h"

#include <QHash>
#include <QSet>
#include <QJsonDocument>

namespace suara::server::ingest {

using protocol::RecordResult;
using protocol::RecordStatus;
using protocol::Verdict;

namespace {
QString hex(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex());
}

struct Links
{
    QString prev;
    QString hash;
};

// Looks up stored neighbours of a record, first among this batch's own accepted records.
class ChainCheck
{
public:
    ChainCheck(Sql &sql, const QString &deviceId)
        : m_sql(sql)
        , m_deviceId(deviceId)
        , m_bySeq(sql.prepare(QStringLiteral("SELECT prev_hash, hash FROM records WHERE device_id = ? AND seq = ?")))
    {
    }
    void remember(qint64 seq, const Links &links) { m_batch.insert(seq, links); }
    std::optional<Links> at(qint64 seq)
    {
        if (const auto it = m_batch.constFind(seq); it != m_batch.constEnd())
            return *it;
        m_sql.exec(m_bySeq, {m_deviceId, seq});
        std::optional<Links> out;
        if (m_bySeq.next())
            out = Links{m_bySeq.value(0).toString(), m_bySeq.value(1).toString()};
        m_bySeq.finish();
        return out;
    }

private:
    Sql &m_sql;
    QString m_deviceId;
    QSqlQuery m_bySeq;
    QHash<qint64, Links> m_batch;
};

void raiseChainBreak(Sql &sql, const devices::Device &d, qint64 seq, const QString &expected, const QString &found)
{
    alerts::NewAlert a;
    a.kind = alerts::Kind::ChainBreak;
    a.dedupKey = QString::number(seq);
    a.firstSeq = seq;
    a.lastSeq = seq;
    a.detail = QJsonObject{{QStringLiteral("seq"), seq},
                           {QStringLiteral("prev_in_record"), found},
                           {QStringLiteral("hash_of_record_before"), expected}};
    alerts::raise(sql, d.id, d.unitCode, a);
}

// An alert about one record keeps the record itself as evidence: it may never arrive intact again.
alerts::NewAlert recordAlert(alerts::Kind kind, const QString &dedupKey, const Record &r, const QString &reason,
                             const QString &source)
{
    alerts::NewAlert a;
    a.kind = kind;
    a.dedupKey = dedupKey;
    a.firstSeq = r.seq;
    a.lastSeq = r.seq;
    a.recordId = r.id;
    a.detail = QJsonObject{{QStringLiteral("seq"), r.seq},
                           {QStringLiteral("reason"), reason},
                           {QStringLiteral("source"), source},
                           {QStringLiteral("evidence"), protocol::toWire(r)}};
    return a;
}
} // namespace

QList<Checked> check(const Batch &batch)
{
    QList<Checked> out;
    out.reserve(batch.records.size());
    for (const Record &r : batch.records) {
        Checked c;
        c.verdict = protocol::verify(r, batch.device.publicKey, batch.device.id, &c.body);
        if (c.verdict == Verdict::Ok) {
            c.object = QJsonDocument::fromJson(r.body).object();
            c.bodyText = QString::fromUtf8(r.body);
            c.prevHex = hex(r.prevHash);
            c.hashHex = hex(r.hash);
            c.signatureBase64 = QString::fromLatin1(r.signature.toBase64());
            c.capturedAt = protocol::formatTime(c.body.time);
        }
        out.append(std::move(c));
    }
    return out;
}

QList<RecordResult> store(Sql &sql, const Batch &batch, const QList<Checked> &checked)
{
    Q_ASSERT(checked.size() == batch.records.size());
    const devices::Device &device = batch.device;
    const QString receivedAt = nowText();
    QSqlQuery byId = sql.prepare(
        QStringLiteral("SELECT seq, body, prev_hash, hash FROM records WHERE device_id = ? AND record_id = ?"));
    QSqlQuery bySeq = sql.prepare(QStringLiteral("SELECT record_id FROM records WHERE device_id = ? AND seq = ?"));

    QList<RecordResult> results;
    results.reserve(batch.records.size());
    QList<const Record *> accepted;
    ChainCheck chain(sql, device.id);
    // Reports answer from aggregates kept ready here, in the same transaction, for accepted records only.
    reports::Aggregator aggregates(sql);
    // …and so does the UPG's register: every report that arrives is an entry from then on.
    registry::Intake intake(sql);
    RowInserter rows(sql, batch, receivedAt);

    // Chunks of records with distinct ids and seqs go in with one statement each, and are classified
    // before the next chunk: a record meets exactly the rows it would have met inserted one at a time
    // (those before it), so duplicates and conflicts, also within one batch, read as they always did.
    for (qsizetype from = 0; from < batch.records.size();) {
        QSet<QString> ids;
        QSet<qint64> seqs;
        QList<qsizetype> chunk;
        qsizetype to = from;
        for (; to < batch.records.size() && chunk.size() < RowInserter::kRowsPerStatement; ++to) {
            const Record &r = batch.records.at(to);
            if (checked.at(to).verdict != Verdict::Ok)
                continue;
            if (ids.contains(r.id) || seqs.contains(r.seq))
                break; // it must see this chunk's rows: the next chunk starts with it
            ids.insert(r.id);
            seqs.insert(r.seq);
            chunk.append(to);
        }
        const QSet<QString> inserted = rows.insert(checked, chunk);

        for (qsizetype i = from; i < to; ++i) {
            const Record &r = batch.records.at(i);
            RecordResult result{r.id, r.seq, RecordStatus::Rejected, {}};
            const Checked &c = checked.at(i);
            const Verdict verdict = c.verdict;
            if (verdict != Verdict::Ok) {
                result.reason = protocol::verdictReason(verdict);
                if (verdict == Verdict::BadHash || verdict == Verdict::BadSignature) {
                    const QString key =
                        QStringLiteral("%1:%2").arg(r.seq).arg(sha256Hex(r.body + r.prevHash + r.hash + r.signature));
                    alerts::raise(sql, device.id, device.unitCode,
                                  recordAlert(alerts::Kind::AlteredRecord, key, r, result.reason, batch.source));
                }
                results.append(result);
                continue;
            }

            if (inserted.contains(r.id)) {
                result.status = RecordStatus::Accepted;
                chain.remember(r.seq, {c.prevHex, c.hashHex});
                accepted.append(&r);
                aggregates.add(device.id, r.id, device.unitCode, c.object);
                intake.add(device.id, r.id, device.unitCode, c.object);
                results.append(result);
                continue;
            }

            // The insert hit a constraint: the same record again (duplicate) or a different one (conflict).
            sql.exec(byId, {device.id, r.id});
            if (byId.next()) {
                const bool same = byId.value(1).toString() == c.bodyText && byId.value(2).toString() == c.prevHex
                    && byId.value(3).toString() == c.hashHex;
                byId.finish();
                if (same) {
                    result.status = RecordStatus::Duplicate;
                    results.append(result);
                    continue;
                }
                result.reason = QStringLiteral("id_taken");
            } else {
                byId.finish();
                sql.exec(bySeq, {device.id, r.seq});
                const QString holder = bySeq.next() ? bySeq.value(0).toString() : QString();
                bySeq.finish();
                if (holder.isEmpty())
                    throw DbFailure(QSqlError(QStringLiteral("insert ignored without a conflicting row")),
                                    QStringLiteral("storing a record"));
                result.reason = QStringLiteral("seq_taken");
            }
            result.status = RecordStatus::Conflict;
            alerts::raise(sql, device.id, device.unitCode,
                          recordAlert(alerts::Kind::Conflict,
                                      QStringLiteral("%1:%2:%3").arg(result.reason, r.id, c.hashHex), r, result.reason,
                                      batch.source));
            results.append(result);
        }
        from = to;
    }

    // Chain links around every newly stored record, in both directions: a late record is checked
    // against the one after it, which arrived first.
    for (const Record *r : accepted) {
        const QString prev = hex(r->prevHash);
        if (r->seq == 1) {
            if (r->prevHash != hashchain::genesis())
                raiseChainBreak(sql, device, 1, hex(hashchain::genesis()), prev);
        } else if (const std::optional<Links> before = chain.at(r->seq - 1); before && before->hash != prev) {
            raiseChainBreak(sql, device, r->seq, before->hash, prev);
        }
        if (const std::optional<Links> after = chain.at(r->seq + 1); after && after->prev != hex(r->hash))
            raiseChainBreak(sql, device, r->seq + 1, hex(r->hash), after->prev);
    }

    aggregates.flush();
    intake.flush();
    sql.run(QStringLiteral("UPDATE devices SET last_sync = ?,"
                           " reported_last_seq = CASE WHEN reported_last_seq < ? THEN ? ELSE reported_last_seq END"
                           " WHERE id = ?"),
            {receivedAt, batch.reportedLastSeq, batch.reportedLastSeq, device.id});
    alerts::evaluateGaps(sql, device.id, device.unitCode);
    alerts::noteClock(sql, device.id, device.unitCode, batch.clockSkewSeconds);
    return results;
}

} // namespace suara::server::ingest
