// The unit tree, follow-up actions and populations (docs/api.md "Units"): unit admins manage what lies
// below their own unit, national admins everything; auth is the one place that decides.
#include "auth.h"
#include "endpoint.h"
#include "reportquery.h"

#include "protocol/strictjson.h"
#include "reports/skmreport.h"
#include "service/failure.h"
#include "service/followups.h"
#include "service/populations.h"
#include "service/units.h"

#include <QJsonArray>

namespace suara::server::endpoints {

using protocol::ErrorCode;

namespace {
QJsonObject bodyObject(const Call &call)
{
    protocol::ApiError error;
    const std::optional<QJsonObject> o = protocol::parseObject(call.body, &error);
    if (!o)
        throw ApiFailure(error);
    return *o;
}

QJsonObject unitJson(const units::TreeNode &n)
{
    return QJsonObject{{QStringLiteral("code"), n.code},
                       {QStringLiteral("name"), n.name},
                       {QStringLiteral("parent"), n.parentCode.isEmpty() ? QJsonValue() : QJsonValue(n.parentCode)},
                       {QStringLiteral("depth"), n.depth}};
}

QJsonObject unitJson(Sql &sql, const QString &code)
{
    const units::Unit u = units::get(sql, code);
    return unitJson(units::TreeNode{u.code, u.name, u.parentCode, 0});
}

// A unit admin may place units only below their own unit (never at the top, never above it).
void requireParentRight(const users::User &user, const QString &parent)
{
    if (user.seesAllUnits())
        return;
    if (parent.isEmpty())
        fail(ErrorCode::Forbidden, QStringLiteral("only a national admin may put a unit at the top of the tree"));
    auth::requireUnit(user, parent);
}

qint64 followupId(const Call &call)
{
    return idParam(call, 1, QStringLiteral("follow-up"));
}
} // namespace

Reply listUnits(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    QJsonArray out;
    const QList<units::TreeNode> nodes =
        user.seesAllUnits() ? units::tree(call.sql) : units::tree(call.sql, {user.unitCode});
    for (const units::TreeNode &n : nodes)
        out.append(unitJson(n));
    return Reply{200, QJsonObject{{QStringLiteral("units"), out}}, {}, false};
}

Reply createUnit(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    auth::requireAdmin(user);
    const QJsonObject body = bodyObject(call);
    protocol::ApiError error;
    protocol::FieldReader r(body, QString(), &error);
    const std::optional<QString> code = r.string(QStringLiteral("code"), protocol::FieldReader::Required, 64);
    const std::optional<QString> name = r.string(QStringLiteral("name"), protocol::FieldReader::Required, 200);
    const std::optional<QString> parent = r.string(QStringLiteral("parent"), protocol::FieldReader::Optional, 64);
    const std::optional<QString> contact =
        r.string(QStringLiteral("complaint_contact"), protocol::FieldReader::Optional, 500);
    if (!r.finish())
        throw ApiFailure(error);
    requireParentRight(user, parent.value_or(QString()));
    Transaction tx(call.sql);
    units::create(call.sql, *code, *name, contact.value_or(QString()), parent.value_or(QString()));
    tx.commit();
    return Reply{201, unitJson(call.sql, *code), {}, false};
}

Reply patchUnit(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    const QString code = call.match.params.value(0);
    auth::requireUnitAdmin(user, code);
    QJsonObject body = bodyObject(call);
    // "parent": a unit code, or null for the top of the tree; absent: the unit stays where it is.
    const bool moving = body.contains(QLatin1String("parent"));
    const QJsonValue parentValue = body.take(QStringLiteral("parent"));
    if (moving && !parentValue.isNull() && !parentValue.isString())
        fail(ErrorCode::InvalidField, QStringLiteral("parent must be a unit code or null"), QStringLiteral("parent"));
    const QString parent = parentValue.toString().trimmed();
    protocol::ApiError error;
    protocol::FieldReader r(body, QString(), &error);
    const std::optional<QString> name = r.string(QStringLiteral("name"), protocol::FieldReader::Optional, 200);
    if (!r.finish())
        throw ApiFailure(error);
    Transaction tx(call.sql);
    if (name)
        units::rename(call.sql, code, *name);
    if (moving) {
        // A unit admin may rearrange the units below their own, not their own unit itself.
        if (!user.seesAllUnits() && code == user.unitCode)
            fail(ErrorCode::Forbidden, QStringLiteral("only a national admin may move unit %1").arg(code));
        requireParentRight(user, parent);
        units::move(call.sql, code, parent);
    }
    tx.commit();
    return Reply{200, unitJson(call.sql, code), {}, false};
}

Reply putPopulation(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    const QString code = call.match.params.value(0);
    auth::requireUnitAdmin(user, code);
    (void)units::get(call.sql, code);
    const reports::Period period = periodOf(queryOf(call));
    const QJsonObject body = bodyObject(call);
    protocol::ApiError error;
    protocol::FieldReader r(body, QString(), &error);
    const std::optional<qint64> n = r.integer(QStringLiteral("population"), 1, 100'000'000);
    if (!r.finish())
        throw ApiFailure(error);
    Transaction tx(call.sql);
    populations::set(call.sql, code, period.label, *n, user.username);
    tx.commit();
    return Reply{200,
                 QJsonObject{{QStringLiteral("unit"), code},
                             {QStringLiteral("period"), period.label},
                             {QStringLiteral("population"), *n}},
                 {},
                 false};
}

Reply listFollowups(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    const QString code = call.match.params.value(0);
    auth::requireUnit(user, code);
    (void)units::get(call.sql, code);
    const reports::Period period = periodOf(queryOf(call));
    reports::Scope scope;
    scope.unitCode = code;
    scope.units = {code};
    scope.period = period;
    const scoring::IkmReport ikm =
        scoring::computeIkm(reports::skmTallies(call.sql, scope, reports::GroupBy::None).value(QString()));
    QJsonArray actions;
    for (const followups::Action &a : followups::list(call.sql, code, period.label))
        actions.append(a.toJson());
    return Reply{200,
                 QJsonObject{{QStringLiteral("unit"), code},
                             {QStringLiteral("period"), period.label},
                             {QStringLiteral("proposed_unsur"), QJsonArray::fromStringList(reports::weakestUnsur(ikm))},
                             {QStringLiteral("followups"), actions}},
                 {},
                 false};
}

Reply createFollowup(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    const QString code = call.match.params.value(0);
    auth::requireUnitAdmin(user, code);
    (void)units::get(call.sql, code);
    const reports::Period period = periodOf(queryOf(call));
    Transaction tx(call.sql);
    const followups::Action a = followups::create(call.sql, code, period.label, bodyObject(call), user.username);
    tx.commit();
    return Reply{201, a.toJson(), {}, false};
}

Reply patchFollowup(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    const QString code = call.match.params.value(0);
    auth::requireUnitAdmin(user, code);
    Transaction tx(call.sql);
    const followups::Action a = followups::update(call.sql, code, followupId(call), bodyObject(call));
    tx.commit();
    return Reply{200, a.toJson(), {}, false};
}

Reply deleteFollowup(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    const QString code = call.match.params.value(0);
    auth::requireUnitAdmin(user, code);
    const qint64 id = followupId(call);
    Transaction tx(call.sql);
    followups::remove(call.sql, code, id);
    tx.commit();
    return Reply{200, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("deleted"), true}}, {}, false};
}

} // namespace suara::server::endpoints
