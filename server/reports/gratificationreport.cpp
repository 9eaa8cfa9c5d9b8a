#include "gratificationreport.h"

#include "reportjson.h"
#include "servicewords.h"

#include <QDateTime>
#include <QJsonArray>

namespace suara::server::reports {

namespace {
// The capture time on the device's own clock ("2026-07-13T09:00:00.000+07:00"): what the visitor's
// kiosk showed, whatever the time zone of the server or of the reader's browser. Empty when the stored
// time cannot be read.
QString localTime(const QString &capturedAt, qint64 tzMinutes)
{
    const QDateTime utc = QDateTime::fromString(capturedAt, Qt::ISODateWithMs);
    if (!utc.isValid())
        return {};
    return utc.toUTC().toOffsetFromUtc(int(tzMinutes * 60)).toString(Qt::ISODateWithMs);
}
} // namespace

GratificationReport gratificationReport(Sql &sql, const Scope &scope)
{
    GratificationReport r;
    r.scope = scope;
    const Where w = whereOf(scope);
    QSqlQuery a = sql.run(QStringLiteral("SELECT service, statement, misuse, SUM(n) FROM agg_acks WHERE %1"
                                         " GROUP BY service, statement, misuse ORDER BY service, statement")
                              .arg(w.sql),
                          w.binds);
    QMap<QPair<QString, QString>, qint64> acks;
    while (a.next()) {
        const bool flagged = a.value(2).toInt() == 1;
        const qint64 n = a.value(3).toLongLong();
        if (flagged)
            r.misuseFlagged += n;
        if (!flagged || scope.includeMisuse)
            acks[{a.value(0).toString(), a.value(1).toString()}] += n;
    }
    for (auto it = acks.begin(); it != acks.end(); ++it)
        r.acks.append(AckCount{it.key().first, it.key().second, it.value()});
    QSqlQuery s =
        sql.run(QStringLiteral("SELECT device_id, record_id, unit_code, day, captured_at, service, misuse, kind, what,"
                               " when_text, counter, note, tz_minutes FROM solicitations WHERE %1"
                               " ORDER BY day DESC, captured_at DESC, device_id, record_id")
                    .arg(w.sql),
                w.binds);
    ServiceWords words(sql);
    while (s.next()) {
        Solicitation one;
        one.deviceId = s.value(0).toString();
        one.recordId = s.value(1).toString();
        one.unitCode = s.value(2).toString();
        one.day = s.value(3).toString();
        one.capturedAt = s.value(4).toString();
        one.service = s.value(5).toString();
        one.misuse = s.value(6).toInt() == 1;
        one.kind = s.value(7).toString();
        one.what = s.value(8).toString();
        one.when = s.value(9).toString();
        one.counter = s.value(10).toString();
        one.note = s.value(11).toString();
        one.tzMinutes = s.value(12).toLongLong();
        r.solicitations.append(one);
    }
    // Named after the query is read: ServiceWords runs its own queries on the same connection.
    for (Solicitation &one : r.solicitations)
        one.serviceName = words.of(one.unitCode, one.service);
    return r;
}

QJsonObject toJson(const GratificationReport &r)
{
    QJsonArray acks;
    QMap<QString, qint64> totals;
    for (const AckCount &a : r.acks) {
        acks.append(QJsonObject{{QStringLiteral("service"), a.service},
                                {QStringLiteral("statement"), a.statement},
                                {QStringLiteral("n"), a.n}});
        totals[a.statement] += a.n;
    }
    QJsonObject byStatement;
    for (auto it = totals.begin(); it != totals.end(); ++it)
        byStatement.insert(it.key(), it.value());
    QJsonArray list;
    for (const Solicitation &s : r.solicitations)
        list.append(QJsonObject{{QStringLiteral("device"), s.deviceId},
                                {QStringLiteral("record_id"), s.recordId},
                                {QStringLiteral("unit"), s.unitCode},
                                {QStringLiteral("day"), s.day},
                                {QStringLiteral("captured_at"), s.capturedAt},
                                {QStringLiteral("local_time"), localTime(s.capturedAt, s.tzMinutes)},
                                {QStringLiteral("service"), s.service},
                                {QStringLiteral("service_name"), s.serviceName},
                                {QStringLiteral("misuse"), s.misuse},
                                {QStringLiteral("kind"), s.kind},
                                {QStringLiteral("what"), s.what},
                                {QStringLiteral("when"), s.when},
                                {QStringLiteral("counter"), s.counter},
                                {QStringLiteral("note"), s.note}});
    return QJsonObject{{QStringLiteral("scope"), scopeJson(r.scope)},
                       {QStringLiteral("acknowledgements"), byStatement},
                       {QStringLiteral("acknowledgements_by_service"), acks},
                       {QStringLiteral("misuse_flagged"), r.misuseFlagged},
                       {QStringLiteral("solicitations"), list}};
}

CommentPage comments(Sql &sql, const Scope &scope, const QString &search, int offset, int limit)
{
    CommentPage page;
    page.scope = scope;
    page.search = search;
    page.offset = offset;
    page.limit = limit;
    Where w = whereOf(scope);
    if (!search.trimmed().isEmpty()) {
        // The stored search column is lower-cased in C++ (SQLite's lower() knows ASCII only).
        QString pattern = search.trimmed().toLower();
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        w.sql += QStringLiteral(" AND search LIKE ? ESCAPE '\\'");
        w.binds << QLatin1Char('%') + pattern + QLatin1Char('%');
    }
    page.total = sumOrZero(sql.value(QStringLiteral("SELECT COUNT(*) FROM comments WHERE %1").arg(w.sql), w.binds));
    QSqlQuery q = sql.run(
        QStringLiteral(
            "SELECT device_id, record_id, unit_code, day, captured_at, service, questionnaire, misuse, body,"
            " tz_minutes FROM comments WHERE %1 ORDER BY captured_at DESC, device_id, record_id LIMIT %2 OFFSET %3")
            .arg(w.sql)
            .arg(limit)
            .arg(offset),
        w.binds);
    ServiceWords words(sql);
    while (q.next()) {
        Comment c;
        c.deviceId = q.value(0).toString();
        c.recordId = q.value(1).toString();
        c.unitCode = q.value(2).toString();
        c.day = q.value(3).toString();
        c.capturedAt = q.value(4).toString();
        c.service = q.value(5).toString();
        c.questionnaire = q.value(6).toString();
        c.misuse = q.value(7).toInt() == 1;
        c.text = q.value(8).toString();
        c.tzMinutes = q.value(9).toLongLong();
        page.comments.append(c);
    }
    for (Comment &c : page.comments)
        c.serviceName = words.of(c.unitCode, c.service);
    return page;
}

QJsonObject toJson(const CommentPage &p)
{
    QJsonArray list;
    for (const Comment &c : p.comments)
        list.append(QJsonObject{{QStringLiteral("device"), c.deviceId},
                                {QStringLiteral("record_id"), c.recordId},
                                {QStringLiteral("unit"), c.unitCode},
                                {QStringLiteral("day"), c.day},
                                {QStringLiteral("captured_at"), c.capturedAt},
                                {QStringLiteral("local_time"), localTime(c.capturedAt, c.tzMinutes)},
                                {QStringLiteral("service"), c.service},
                                {QStringLiteral("service_name"), c.serviceName},
                                {QStringLiteral("questionnaire"), c.questionnaire},
                                {QStringLiteral("misuse"), c.misuse},
                                {QStringLiteral("text"), c.text}});
    return QJsonObject{{QStringLiteral("scope"), scopeJson(p.scope)},
                       {QStringLiteral("q"), p.search},
                       {QStringLiteral("total"), p.total},
                       {QStringLiteral("offset"), p.offset},
                       {QStringLiteral("limit"), p.limit},
                       {QStringLiteral("comments"), list}};
}

} // namespace suara::server::reports
