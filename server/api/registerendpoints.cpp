// The UPG's gratification register and the working-day calendar (docs/api.md "Gratification
// register", docs/adr/0030-upg-register.md). Who sees what is decided by auth: the UPG and national
// admins see entries and officers' names, a unit admin the counts only, a viewer nothing.
#include "auth.h"
#include "endpoint.h"
#include "reportquery.h"

#include "reports/servicewords.h"

#include "protocol/strictjson.h"
#include "service/evidencefiles.h"
#include "service/failure.h"
#include "service/holidays.h"
#include "service/registerentries.h"
#include "service/units.h"

#include <QJsonArray>

namespace suara::server::endpoints {

using protocol::ErrorCode;

namespace {
// The server's "today" for deadlines: its local date (deployments run with TZ=Asia/Jakarta or the
// unit's own zone, docs/deployment.md).
QDate today()
{
    return QDate::currentDate();
}

struct RegisterScope
{
    QString unit;
    bool subtree = false;
    QStringList units;
};

RegisterScope registerScope(Call &call, const users::User &user, const QUrlQuery &query)
{
    RegisterScope s;
    s.unit = query.queryItemValue(QStringLiteral("unit"), QUrl::FullyDecoded);
    if (s.unit.isEmpty())
        s.unit = user.unitCode;
    if (s.unit.isEmpty())
        fail(ErrorCode::InvalidField, QStringLiteral("unit= is required (the code of the unit whose register to show)"),
             QStringLiteral("unit"));
    auth::requireUnit(user, s.unit);
    (void)units::get(call.sql, s.unit);
    s.subtree = flag(query, QStringLiteral("subtree"));
    s.units = s.subtree ? units::subtree(call.sql, s.unit) : QStringList{s.unit};
    return s;
}

registry::Filter filterOf(const RegisterScope &scope, const QUrlQuery &query)
{
    registry::Filter f;
    f.units = scope.units;
    if (query.hasQueryItem(QStringLiteral("period")) || query.hasQueryItem(QStringLiteral("from"))) {
        const reports::Period p = periodOf(query);
        f.from = p.from;
        f.to = p.to;
    }
    const QString status = query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
    if (status == QLatin1String("open")) {
        f.openOnly = true;
    } else if (!status.isEmpty()) {
        f.status = registry::statusFromName(status);
        if (!f.status)
            fail(ErrorCode::InvalidField,
                 QStringLiteral("status must be open, received, verifying, forwarded, decided or closed"),
                 QStringLiteral("status"));
    }
    return f;
}

// Entries of a unit the caller may see, or not_found (an entry of another office looks the same as
// one that does not exist).
registry::Entry entryFor(Call &call, const users::User &user)
{
    const qint64 id = idParam(call, 0, QStringLiteral("register entry"));
    const std::optional<registry::Entry> e = registry::find(call.sql, id, auth::visibleUnits(call.sql, user));
    if (!e)
        fail(ErrorCode::NotFound, QStringLiteral("no register entry %1 in your units").arg(id));
    return *e;
}

// An entry as the API gives it: the register's own fields, plus its service in words from the unit's
// service lists (reports/servicewords.h), as the reports name it, so the UPG reads the same name for a
// service the unit added itself.
QJsonObject entryJson(reports::ServiceWords &words, const registry::Entry &e, const registry::Deadlines &d)
{
    QJsonObject o = registry::toJson(e, d);
    o.insert(QStringLiteral("service_name"), words.of(e.unitCode, e.service));
    return o;
}

QJsonObject entryWithAudit(Sql &sql, const registry::Entry &e, const calendar::HolidayCalendar &cal)
{
    reports::ServiceWords words(sql);
    QJsonObject o = entryJson(words, e, registry::deadlinesOf(e, today(), cal));
    QJsonArray trail;
    for (const registry::AuditLine &a : registry::audit(sql, e.id))
        trail.append(a.toJson());
    o.insert(QStringLiteral("audit"), trail);
    // Whether the photo and signature the report names have arrived; the files themselves come from
    // GET …/evidence/{kind} (evidenceendpoints.cpp).
    o.insert(QStringLiteral("evidence"),
             evidencefiles::summaryOf(sql, evidencefiles::deviceOfEntry(sql, e.id), e.details));
    return o;
}

int yearParam(const Call &call)
{
    bool ok = false;
    const int y = call.match.params.value(0).toInt(&ok);
    if (!ok || y < 2000 || y > 2200)
        fail(ErrorCode::NotFound,
             QStringLiteral("no calendar year %1 (a year like 2026)").arg(call.match.params.value(0)));
    return y;
}
} // namespace

Reply listRegister(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    auth::requireGratification(user);
    const QUrlQuery query = queryOf(call);
    const RegisterScope scope = registerScope(call, user, query);
    const registry::Filter filter = filterOf(scope, query);
    const calendar::HolidayCalendar cal = holidays::load(call.sql);
    const bool details = auth::seesGratificationDetails(user);
    QJsonObject byStatus;
    for (registry::Status s : registry::allStatuses())
        byStatus.insert(registry::statusName(s), 0);
    QJsonObject byOrigin{{QStringLiteral("visitor"), 0}, {QStringLiteral("officer"), 0}};
    qint64 overdue = 0, nearDue = 0, open = 0;
    QJsonArray entries;
    const QDate now = today();
    const QList<registry::Entry> all = registry::list(call.sql, filter);
    reports::ServiceWords words(call.sql);
    for (const registry::Entry &e : all) {
        const registry::Deadlines d = registry::deadlinesOf(e, now, cal);
        const QString status = registry::statusName(e.status);
        byStatus.insert(status, byStatus.value(status).toInteger() + 1);
        const QString origin = registry::originName(e.origin);
        byOrigin.insert(origin, byOrigin.value(origin).toInteger() + 1);
        if (e.status != registry::Status::Closed)
            ++open;
        if (d.running && d.urgency == calendar::Urgency::Overdue)
            ++overdue;
        if (d.running && d.urgency == calendar::Urgency::NearDue)
            ++nearDue;
        if (details)
            entries.append(entryJson(words, e, d));
    }
    QJsonObject out{{QStringLiteral("unit"), scope.unit},
                    {QStringLiteral("subtree"), scope.subtree},
                    {QStringLiteral("today"), now.toString(Qt::ISODate)},
                    {QStringLiteral("details"), details},
                    {QStringLiteral("counts"),
                     QJsonObject{{QStringLiteral("total"), qint64(all.size())},
                                 {QStringLiteral("open"), open},
                                 {QStringLiteral("overdue"), overdue},
                                 {QStringLiteral("near_due"), nearDue},
                                 {QStringLiteral("by_status"), byStatus},
                                 {QStringLiteral("by_origin"), byOrigin}}}};
    if (details)
        out.insert(QStringLiteral("entries"), entries);
    return Reply{200, out, {}, false};
}

Reply getRegisterEntry(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    auth::requireGratificationDetails(user);
    const registry::Entry e = entryFor(call, user);
    return Reply{200, entryWithAudit(call.sql, e, holidays::load(call.sql)), {}, false};
}

Reply actOnRegisterEntry(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    auth::requireGratificationDetails(user);
    protocol::ApiError error;
    const std::optional<QJsonObject> body = protocol::parseObject(call.body, &error);
    if (!body)
        throw ApiFailure(error);
    protocol::FieldReader r(*body, QString(), &error);
    const std::optional<QString> action = r.string(QStringLiteral("action"), protocol::FieldReader::Required, 20);
    const std::optional<QString> note = r.string(QStringLiteral("note"), protocol::FieldReader::Optional, 2000);
    const std::optional<QString> gol = r.string(QStringLiteral("gol_reference"), protocol::FieldReader::Optional, 100);
    const std::optional<QString> decision = r.string(QStringLiteral("decision"), protocol::FieldReader::Optional, 2000);
    if (!r.finish())
        throw ApiFailure(error);
    const std::optional<registry::Action> a = registry::actionFromName(*action);
    if (!a)
        fail(ErrorCode::InvalidField,
             QStringLiteral("action must be verify, forward, decide, close, incomplete or complete"),
             QStringLiteral("action"));
    Transaction tx(call.sql);
    const registry::Entry before = entryFor(call, user);
    const registry::Entry after = registry::apply(
        call.sql, before,
        registry::Change{*a, note.value_or(QString()), gol.value_or(QString()), decision.value_or(QString())},
        user.username, today());
    tx.commit();
    return Reply{200, entryWithAudit(call.sql, after, holidays::load(call.sql)), {}, false};
}

Reply getCalendarYear(Call &call)
{
    (void)auth::authenticateUser(call);
    const int y = yearParam(call);
    const std::optional<calendar::HolidayYear> year = holidays::year(call.sql, y);
    if (!year)
        fail(ErrorCode::NotFound,
             QStringLiteral("no calendar for %1 yet: deadlines through it count weekends only and are "
                            "shown as provisional")
                 .arg(y));
    return Reply{200, holidays::toJson(*year), {}, false};
}

Reply putCalendarYear(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    auth::requireNationalAdmin(user);
    const int y = yearParam(call);
    protocol::ApiError error;
    const std::optional<QJsonObject> body = protocol::parseObject(call.body, &error);
    if (!body)
        throw ApiFailure(error);
    const calendar::HolidayYear year = holidays::fromJson(y, *body);
    Transaction tx(call.sql);
    holidays::replaceYear(call.sql, year, user.username);
    tx.commit();
    return Reply{200, holidays::toJson(*holidays::year(call.sql, y)), {}, false};
}

} // namespace suara::server::endpoints
