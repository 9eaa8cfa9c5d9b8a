#include "registerentries.h"

#include "failure.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace suara::server::registry {

using protocol::ErrorCode;

namespace {
const QString kColumns =
    QStringLiteral("id, unit_code, origin, kind, received_on, reported_at, service, officer, value_idr,"
                   " details, status, gol_reference, decision, incomplete_since, updated_at");

Entry fromRow(const QSqlQuery &q)
{
    Entry e;
    e.id = q.value(0).toLongLong();
    e.unitCode = q.value(1).toString();
    e.origin = q.value(2).toString() == QLatin1String("officer") ? Origin::Officer : Origin::Visitor;
    e.kind = q.value(3).toString();
    e.receivedOn = q.value(4).toString();
    e.reportedAt = q.value(5).toString();
    e.service = q.value(6).toString();
    e.officer = q.value(7).toString();
    if (!q.value(8).isNull())
        e.valueIdr = q.value(8).toLongLong();
    e.details = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    e.status = statusFromName(q.value(10).toString()).value_or(Status::Received);
    e.golReference = q.value(11).toString();
    e.decision = q.value(12).toString();
    e.incompleteSince = q.value(13).toString();
    e.updatedAt = q.value(14).toString();
    return e;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

[[noreturn]] void refuse(const Entry &e, Action a, const QString &why)
{
    fail(ErrorCode::InvalidField,
         QStringLiteral("entry %1 is %2: %3 is not possible (%4)")
             .arg(e.id)
             .arg(statusName(e.status), actionName(a), why),
         QStringLiteral("action"));
}

QString required(const QString &value, const QString &field, const QString &what, int limit)
{
    const QString t = value.trimmed();
    if (t.isEmpty())
        fail(ErrorCode::InvalidField, QStringLiteral("%1 needs %2").arg(field, what), field);
    if (t.size() > limit)
        fail(ErrorCode::InvalidField, QStringLiteral("%1 is longer than %2 characters").arg(field).arg(limit), field);
    return t;
}
} // namespace

QString statusName(Status s)
{
    switch (s) {
    case Status::Received:
        return QStringLiteral("received");
    case Status::Verifying:
        return QStringLiteral("verifying");
    case Status::Forwarded:
        return QStringLiteral("forwarded");
    case Status::Decided:
        return QStringLiteral("decided");
    case Status::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QList<Status> allStatuses()
{
    return {Status::Received, Status::Verifying, Status::Forwarded, Status::Decided, Status::Closed};
}

std::optional<Status> statusFromName(const QString &name)
{
    for (Status s : allStatuses()) {
        if (statusName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString actionName(Action a)
{
    switch (a) {
    case Action::Verify:
        return QStringLiteral("verify");
    case Action::Forward:
        return QStringLiteral("forward");
    case Action::Decide:
        return QStringLiteral("decide");
    case Action::Close:
        return QStringLiteral("close");
    case Action::MarkIncomplete:
        return QStringLiteral("incomplete");
    case Action::MarkComplete:
        return QStringLiteral("complete");
    }
    return {};
}

std::optional<Action> actionFromName(const QString &name)
{
    for (Action a : {Action::Verify, Action::Forward, Action::Decide, Action::Close, Action::MarkIncomplete,
                     Action::MarkComplete}) {
        if (actionName(a) == name)
            return a;
    }
    return std::nullopt;
}

QJsonObject AuditLine::toJson() const
{
    return QJsonObject{{QStringLiteral("at"), at},         {QStringLiteral("actor"), actor},
                       {QStringLiteral("action"), action}, {QStringLiteral("from"), fromStatus},
                       {QStringLiteral("to"), toStatus},   {QStringLiteral("note"), note}};
}

Deadlines deadlinesOf(const Entry &e, const QDate &today, const calendar::HolidayCalendar &cal)
{
    Deadlines d;
    d.kpk = calendar::kpkReportDeadline(QDate::fromString(e.receivedOn, Qt::ISODate), cal);
    d.running = e.status == Status::Received || e.status == Status::Verifying;
    if (!e.incompleteSince.isEmpty())
        d.completion = calendar::completionDeadline(QDate::fromString(e.incompleteSince, Qt::ISODate), cal);
    if (!d.running)
        return d;
    QDate nearest = d.kpk.day;
    if (d.completion && d.completion->day < nearest)
        nearest = d.completion->day;
    d.urgency = calendar::urgencyOf(nearest, today, cal);
    d.workingDaysLeft = calendar::workingDaysBetween(today, nearest, cal);
    return d;
}

QList<Entry> list(Sql &sql, const Filter &f)
{
    if (f.units.isEmpty())
        return {};
    QString where = QStringLiteral("unit_code IN (%1)").arg(placeholders(f.units.size()));
    QVariantList binds;
    for (const QString &u : f.units)
        binds << u;
    if (f.from.isValid()) {
        where += QStringLiteral(" AND received_on >= ?");
        binds << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        where += QStringLiteral(" AND received_on <= ?");
        binds << f.to.toString(Qt::ISODate);
    }
    if (f.status) {
        where += QStringLiteral(" AND status = ?");
        binds << statusName(*f.status);
    }
    if (f.openOnly)
        where += QStringLiteral(" AND status <> 'closed'");
    QSqlQuery q = sql.run(
        QStringLiteral("SELECT %1 FROM register_entries WHERE %2 ORDER BY received_on, id").arg(kColumns, where),
        binds);
    QList<Entry> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

std::optional<Entry> find(Sql &sql, qint64 id, const QStringList &units)
{
    QSqlQuery q = sql.run(QStringLiteral("SELECT %1 FROM register_entries WHERE id = ?").arg(kColumns), {id});
    if (!q.next())
        return std::nullopt;
    Entry e = fromRow(q);
    if (!units.contains(e.unitCode))
        return std::nullopt;
    return e;
}

QList<AuditLine> audit(Sql &sql, qint64 id)
{
    QSqlQuery q = sql.run(QStringLiteral("SELECT at, actor, action, from_status, to_status, note FROM register_audit"
                                         " WHERE entry_id = ? ORDER BY id"),
                          {id});
    QList<AuditLine> out;
    while (q.next())
        out << AuditLine{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    return out;
}

Entry apply(Sql &sql, const Entry &entry, const Change &c, const QString &actor, const QDate &today)
{
    Entry e = entry;
    const bool early = e.status == Status::Received || e.status == Status::Verifying;
    QString note = c.note.trimmed();
    if (note.size() > 2000)
        fail(ErrorCode::InvalidField, QStringLiteral("note is longer than 2000 characters"), QStringLiteral("note"));
    switch (c.action) {
    case Action::Verify:
        if (e.status != Status::Received)
            refuse(e, c.action, QStringLiteral("only a received entry is taken into verification"));
        e.status = Status::Verifying;
        break;
    case Action::Forward:
        if (e.status != Status::Verifying)
            refuse(e, c.action, QStringLiteral("an entry is forwarded to KPK after verification"));
        if (!e.incompleteSince.isEmpty())
            refuse(e, c.action, QStringLiteral("the report is marked incomplete; complete it first"));
        e.golReference = required(c.golReference, QStringLiteral("gol_reference"),
                                  QStringLiteral("the reference KPK's Gratifikasi Online (GOL) gave the report"), 100);
        note = note.isEmpty() ? QStringLiteral("GOL %1").arg(e.golReference)
                              : QStringLiteral("GOL %1 — %2").arg(e.golReference, note);
        e.status = Status::Forwarded;
        break;
    case Action::Decide:
        if (e.status != Status::Forwarded)
            refuse(e, c.action, QStringLiteral("KPK decides on a forwarded report"));
        e.decision = required(c.decision, QStringLiteral("decision"),
                              QStringLiteral("KPK's decision (e.g. the SK and its outcome)"), 2000);
        note = note.isEmpty() ? e.decision : QStringLiteral("%1 — %2").arg(e.decision, note);
        e.status = Status::Decided;
        break;
    case Action::Close:
        if (e.status == Status::Forwarded || e.status == Status::Closed)
            refuse(e, c.action, QStringLiteral("a forwarded report is closed after KPK's decision"));
        if (early)
            note = required(note, QStringLiteral("note"), QStringLiteral("the reason to close it without forwarding"),
                            2000);
        e.status = Status::Closed;
        break;
    case Action::MarkIncomplete:
        if (!early)
            refuse(e, c.action, QStringLiteral("only a report not yet forwarded can be incomplete"));
        if (!e.incompleteSince.isEmpty())
            refuse(e, c.action, QStringLiteral("it is marked incomplete already"));
        note = required(note, QStringLiteral("note"), QStringLiteral("what the reporter must add"), 2000);
        e.incompleteSince = today.toString(Qt::ISODate);
        break;
    case Action::MarkComplete:
        if (e.incompleteSince.isEmpty())
            refuse(e, c.action, QStringLiteral("it is not marked incomplete"));
        e.incompleteSince.clear();
        break;
    }
    const QString now = nowText();
    // The row is changed only from the state it was read in: a concurrent change makes this one fail
    // instead of overwriting it unseen.
    QSqlQuery u = sql.run(
        QStringLiteral("UPDATE register_entries SET status = ?, gol_reference = ?, decision = ?, incomplete_since = ?,"
                       " updated_at = ? WHERE id = ? AND status = ? AND updated_at = ?"),
        {statusName(e.status), e.golReference, e.decision,
         e.incompleteSince.isEmpty() ? nullText() : QVariant(e.incompleteSince), now, e.id, statusName(entry.status),
         entry.updatedAt});
    if (u.numRowsAffected() != 1)
        fail(ErrorCode::InvalidField,
             QStringLiteral("entry %1 was changed meanwhile; reload it and try again").arg(e.id),
             QStringLiteral("action"));
    sql.run(QStringLiteral("INSERT INTO register_audit (entry_id, at, actor, action, from_status, to_status, note)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {e.id, now, actor, actionName(c.action), statusName(entry.status), statusName(e.status), note});
    e.updatedAt = now;
    return e;
}

QJsonObject toJson(const Entry &e, const Deadlines &d)
{
    QJsonObject deadlines{
        {QStringLiteral("kpk_report"), d.kpk.day.toString(Qt::ISODate)},
        {QStringLiteral("kpk_report_provisional"), d.kpk.provisional},
        {QStringLiteral("running"), d.running},
        {QStringLiteral("urgency"), d.running ? calendar::urgencyName(d.urgency) : QJsonValue()},
        {QStringLiteral("working_days_left"), d.running ? QJsonValue(d.workingDaysLeft) : QJsonValue()}};
    deadlines.insert(QStringLiteral("completion"),
                     d.completion ? QJsonValue(d.completion->day.toString(Qt::ISODate)) : QJsonValue());
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("unit"), e.unitCode},
                       {QStringLiteral("origin"), originName(e.origin)},
                       {QStringLiteral("kind"), e.kind},
                       {QStringLiteral("received_on"), e.receivedOn},
                       {QStringLiteral("reported_at"), e.reportedAt},
                       {QStringLiteral("service"), e.service},
                       {QStringLiteral("officer"), e.officer},
                       {QStringLiteral("value_idr"), e.valueIdr ? QJsonValue(*e.valueIdr) : QJsonValue()},
                       {QStringLiteral("details"), e.details},
                       {QStringLiteral("missing"), QJsonArray::fromStringList(missingFields(e.origin, e.details))},
                       {QStringLiteral("status"), statusName(e.status)},
                       {QStringLiteral("gol_reference"), e.golReference},
                       {QStringLiteral("decision"), e.decision},
                       {QStringLiteral("incomplete_since"),
                        e.incompleteSince.isEmpty() ? QJsonValue() : QJsonValue(e.incompleteSince)},
                       {QStringLiteral("updated_at"), e.updatedAt},
                       {QStringLiteral("deadlines"), deadlines}};
}

} // namespace suara::server::registry
