#include "alerts.h"

#include "failure.h"
#include "protocol/protocol.h"

#include <QJsonDocument>

namespace suara::server::alerts {

namespace {
// The dedup key of the one open alert for a device's unsent tail (inner gaps are keyed "first-last").
constexpr char kTailKey[] = "tail";

struct Range
{
    qint64 first;
    qint64 last;
};

// The parts of `range` that none of `covered` (sorted, disjoint or not) includes.
QList<Range> subtract(Range range, const QList<Range> &covered)
{
    QList<Range> out{range};
    for (const Range &c : covered) {
        QList<Range> next;
        for (const Range &r : out) {
            if (c.last < r.first || c.first > r.last) {
                next.append(r);
                continue;
            }
            if (c.first > r.first)
                next.append({r.first, c.first - 1});
            if (c.last < r.last)
                next.append({c.last + 1, r.last});
        }
        out = next;
    }
    return out;
}
} // namespace

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::SequenceGap:
        return QStringLiteral("sequence_gap");
    case Kind::AlteredRecord:
        return QStringLiteral("altered_record");
    case Kind::ChainBreak:
        return QStringLiteral("chain_break");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::ClockSkew:
        return QStringLiteral("clock_skew");
    }
    return {};
}

void raise(Sql &sql, const QString &deviceId, const QString &unitCode, const NewAlert &alert)
{
    sql.run(QStringLiteral("INSERT INTO alerts (device_id, unit_code, kind, dedup_key, first_seq, last_seq, record_id,"
                           " detail, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
            {deviceId, unitCode, kindName(alert.kind), alert.dedupKey,
             alert.firstSeq ? QVariant(*alert.firstSeq) : nullInteger(),
             alert.lastSeq ? QVariant(*alert.lastSeq) : nullInteger(),
             alert.recordId.isEmpty() ? nullText() : QVariant(alert.recordId),
             QString::fromUtf8(QJsonDocument(alert.detail).toJson(QJsonDocument::Compact)), nowText()});
}

void evaluateGaps(Sql &sql, const QString &deviceId, const QString &unitCode)
{
    QSqlQuery d =
        sql.run(QStringLiteral("SELECT contiguous_seq, reported_last_seq FROM devices WHERE id = ?"), {deviceId});
    if (!d.next())
        return;
    const qint64 watermark = d.value(0).toLongLong();
    const qint64 reported = d.value(1).toLongLong();
    d.finish();

    QSqlQuery stats = sql.run(QStringLiteral("SELECT MIN(seq), MAX(seq) FROM records WHERE device_id = ? AND seq > ?"),
                              {deviceId, watermark});
    stats.next();
    const bool any = !stats.value(0).isNull();
    const qint64 lowest = stats.value(0).toLongLong();
    const qint64 highestStored = any ? stats.value(1).toLongLong() : watermark;
    stats.finish();
    const qint64 high = qMax(highestStored, reported);

    QList<Range> missing;
    if (any) {
        if (lowest > watermark + 1)
            missing.append({watermark + 1, lowest - 1});
        // Only the rows that border a gap come back, whatever the number of records.
        QSqlQuery edges = sql.run(
            QStringLiteral("SELECT seq, nxt FROM (SELECT seq, LEAD(seq) OVER (ORDER BY seq) AS nxt FROM records"
                           " WHERE device_id = ? AND seq > ?) edges WHERE nxt IS NULL OR nxt > seq + 1 ORDER BY seq"),
            {deviceId, watermark});
        while (edges.next()) {
            if (!edges.value(1).isNull())
                missing.append({edges.value(0).toLongLong() + 1, edges.value(1).toLongLong() - 1});
        }
    }
    // The unsent tail (the device said it wrote more than arrived) is one alert that follows the
    // tail as the device catches up, instead of a new alert for every stretch it grows by.
    std::optional<Range> tail;
    if (high > highestStored)
        tail = Range{highestStored + 1, high};
    const qint64 newWatermark = !missing.isEmpty() ? missing.first().first - 1 : tail ? tail->first - 1 : highestStored;
    sql.run(QStringLiteral(
                "UPDATE devices SET contiguous_seq = ?, last_seq = CASE WHEN last_seq < ? THEN ? ELSE last_seq END"
                " WHERE id = ?"),
            {newWatermark, highestStored, highestStored, deviceId});

    auto gapDetail = [&](Range r) {
        return QJsonObject{{QStringLiteral("missing_from"), r.first},
                           {QStringLiteral("missing_to"), r.last},
                           {QStringLiteral("highest_received"), highestStored},
                           {QStringLiteral("reported_last_seq"), reported}};
    };
    QList<Range> stillOpen;
    QSqlQuery open = sql.run(QStringLiteral("SELECT id, first_seq, last_seq, dedup_key FROM alerts WHERE device_id = ?"
                                            " AND kind = ? AND resolved_at IS NULL ORDER BY first_seq"),
                             {deviceId, kindName(Kind::SequenceGap)});
    QList<qint64> resolved;
    std::optional<qint64> tailAlert;
    QList<Range> everything = missing;
    if (tail)
        everything.append(*tail);
    while (open.next()) {
        const Range a{open.value(1).toLongLong(), open.value(2).toLongLong()};
        if (tail && open.value(3).toString() == QLatin1String(kTailKey)) {
            tailAlert = open.value(0).toLongLong(); // moved to the current tail below
            continue;
        }
        const bool pending = std::any_of(everything.cbegin(), everything.cend(),
                                         [&](const Range &m) { return m.first <= a.last && m.last >= a.first; });
        if (pending)
            stillOpen.append(a);
        else
            resolved.append(open.value(0).toLongLong());
    }
    open.finish();
    for (qint64 id : resolved)
        sql.run(QStringLiteral("UPDATE alerts SET resolved_at = ? WHERE id = ?"), {nowText(), id});

    if (tail && tailAlert) {
        sql.run(QStringLiteral("UPDATE alerts SET first_seq = ?, last_seq = ?, detail = ? WHERE id = ?"),
                {tail->first, tail->last,
                 QString::fromUtf8(QJsonDocument(gapDetail(*tail)).toJson(QJsonDocument::Compact)), *tailAlert});
    } else if (tail) {
        // A part of the tail an older alert already names (raised before tails were tracked) stays there.
        const QList<Range> uncovered = subtract(*tail, stillOpen);
        if (!uncovered.isEmpty()) {
            const Range r{uncovered.first().first, tail->last};
            NewAlert a;
            a.kind = Kind::SequenceGap;
            a.dedupKey = QLatin1String(kTailKey);
            a.firstSeq = r.first;
            a.lastSeq = r.last;
            a.detail = gapDetail(r);
            raise(sql, deviceId, unitCode, a);
        }
    }

    for (const Range &m : missing) {
        for (const Range &r : subtract(m, stillOpen)) {
            NewAlert a;
            a.kind = Kind::SequenceGap;
            a.dedupKey = QStringLiteral("%1-%2").arg(r.first).arg(r.last);
            a.firstSeq = r.first;
            a.lastSeq = r.last;
            a.detail = gapDetail(r);
            raise(sql, deviceId, unitCode, a);
        }
    }
}

void noteClock(Sql &sql, const QString &deviceId, const QString &unitCode, std::optional<qint64> skewSeconds)
{
    if (!skewSeconds)
        return;
    sql.run(QStringLiteral("UPDATE devices SET clock_skew_s = ? WHERE id = ?"), {*skewSeconds, deviceId});
    if (qAbs(*skewSeconds) > protocol::kClockSkewLimitSeconds) {
        NewAlert a;
        a.kind = Kind::ClockSkew;
        a.detail = QJsonObject{{QStringLiteral("skew_seconds"), *skewSeconds}};
        raise(sql, deviceId, unitCode, a);
    } else {
        sql.run(QStringLiteral(
                    "UPDATE alerts SET resolved_at = ? WHERE device_id = ? AND kind = ? AND resolved_at IS NULL"),
                {nowText(), deviceId, kindName(Kind::ClockSkew)});
    }
}

QJsonObject Row::toJson() const
{
    // Every documented key is always there; what an alert does not have is null, never left out.
    const auto orNull = [](const auto &value) { return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null); };
    const auto textOrNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("device_id"), deviceId},
                       {QStringLiteral("unit"), unitCode},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("first_seq"), orNull(firstSeq)},
                       {QStringLiteral("last_seq"), orNull(lastSeq)},
                       {QStringLiteral("record_id"), textOrNull(recordId)},
                       {QStringLiteral("detail"), detail},
                       {QStringLiteral("raised_at"), raisedAt},
                       {QStringLiteral("resolved_at"), textOrNull(resolvedAt)}};
}

QList<Row> list(Sql &sql, const Filter &filter)
{
    QString text = QStringLiteral("SELECT id, device_id, unit_code, kind, first_seq, last_seq, record_id, detail,"
                                  " raised_at, resolved_at FROM alerts WHERE 1 = 1");
    QVariantList binds;
    if (!filter.unitCode.isEmpty()) {
        text += QStringLiteral(" AND unit_code = ?");
        binds << filter.unitCode;
    }
    if (!filter.deviceId.isEmpty()) {
        text += QStringLiteral(" AND device_id = ?");
        binds << filter.deviceId;
    }
    if (filter.openOnly)
        text += QStringLiteral(" AND resolved_at IS NULL");
    if (filter.beforeId) {
        text += QStringLiteral(" AND id < ?");
        binds << *filter.beforeId;
    }
    text += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(qBound(1, filter.limit, 10000));
    QSqlQuery q = sql.run(text, binds);
    QList<Row> out;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.deviceId = q.value(1).toString();
        r.unitCode = q.value(2).toString();
        r.kind = q.value(3).toString();
        if (!q.value(4).isNull())
            r.firstSeq = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            r.lastSeq = q.value(5).toLongLong();
        r.recordId = q.value(6).toString();
        r.detail = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        r.raisedAt = q.value(8).toString();
        r.resolvedAt = q.value(9).toString();
        out.append(r);
    }
    return out;
}

} // namespace suara::server::alerts
