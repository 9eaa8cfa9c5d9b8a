// Report endpoints (docs/api.md "Reports"): every figure from the aggregates kept at ingest, through
// core/scoring; every request checked by auth against the unit tree.
#include "auth.h"
#include "endpoint.h"

#include "domain/deviceconfigfield.h"
#include "reportquery.h"

#include "reports/alertsreport.h"
#include "reports/gratificationreport.h"
#include "reports/overview.h"
#include "reports/reportjson.h"
#include "reports/skmreport.h"
#include "reports/zireport.h"
#include "service/failure.h"
#include "service/followups.h"
#include "service/populations.h"
#include "service/units.h"

#include <QJsonArray>

namespace suara::server::endpoints {

using protocol::ErrorCode;

Reply skmReport(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    const QUrlQuery query = queryOf(call);
    reports::Scope scope = scopeOf(call, user, query);
    // A village's report (field interviews name their desa): SKM only, from the region aggregates.
    scope.region = query.queryItemValue(QStringLiteral("region"), QUrl::FullyDecoded);
    if (!scope.region.isEmpty() && fieldformat::regionLevel(scope.region) == 0)
        fail(ErrorCode::InvalidField,
             QStringLiteral("region must be a Kemendagri code such as 34.04.07.2001 (a desa) or 34.04.07"),
             QStringLiteral("region"));
    const std::optional<reports::GroupBy> by = reports::groupByFromName(query.queryItemValue(QStringLiteral("by")));
    if (!by)
        fail(ErrorCode::InvalidField, QStringLiteral("by must be service, device or unit"), QStringLiteral("by"));
    std::optional<qint64> population = populations::get(call.sql, scope.unitCode, scope.period.label);
    if (query.hasQueryItem(QStringLiteral("population"))) {
        bool ok = false;
        const qint64 n = query.queryItemValue(QStringLiteral("population")).toLongLong(&ok);
        if (!ok || n < 1)
            fail(ErrorCode::InvalidField, QStringLiteral("population must be a whole number above 0"),
                 QStringLiteral("population"));
        population = n;
    }
    const reports::SkmReport report = reports::skmReport(call.sql, scope, *by, population);
    QJsonObject json = reports::toJson(report);
    QJsonArray actions;
    for (const followups::Action &a : followups::list(call.sql, scope.unitCode, scope.period.label))
        actions.append(a.toJson());
    json.insert(QStringLiteral("followups"), actions);
    return Reply{200, json, {}, false};
}

Reply ziReport(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    const QUrlQuery query = queryOf(call);
    const reports::Scope scope = scopeOf(call, user, query);
    QJsonArray surveys;
    for (const reports::ZiResult &r : reports::ziReport(
             call.sql, scope, query.queryItemValue(QStringLiteral("questionnaire")), call.config.ziMinimums))
        surveys.append(reports::toJson(r));
    return Reply{
        200,
        QJsonObject{{QStringLiteral("scope"), reports::scopeJson(scope)}, {QStringLiteral("surveys"), surveys}},
        {},
        false};
}

Reply gratificationReport(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    auth::requireGratification(user);
    const QUrlQuery query = queryOf(call);
    const reports::Scope scope = scopeOf(call, user, query);
    return Reply{200, reports::toJson(reports::gratificationReport(call.sql, scope)), {}, false};
}

Reply commentsReport(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    const QUrlQuery query = queryOf(call);
    const reports::Scope scope = scopeOf(call, user, query);
    bool ok = true;
    const int limit =
        query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt(&ok) : 50;
    if (!ok || limit < 1 || limit > 500)
        fail(ErrorCode::InvalidField, QStringLiteral("limit must be from 1 to 500"), QStringLiteral("limit"));
    const int offset =
        query.hasQueryItem(QStringLiteral("offset")) ? query.queryItemValue(QStringLiteral("offset")).toInt(&ok) : 0;
    if (!ok || offset < 0)
        fail(ErrorCode::InvalidField, QStringLiteral("offset must be 0 or more"), QStringLiteral("offset"));
    const QString q = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    return Reply{200, reports::toJson(reports::comments(call.sql, scope, q, offset, limit)), {}, false};
}

Reply overviewReport(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    const QUrlQuery query = queryOf(call);
    const reports::Period period = periodOf(query);
    const bool includeMisuse = flag(query, QStringLiteral("include_misuse"));
    const QList<units::TreeNode> visible =
        user.seesAllUnits() ? units::tree(call.sql) : units::tree(call.sql, {user.unitCode});
    return Reply{200,
                 reports::toJson(reports::overview(call.sql, visible, period, includeMisuse), period, includeMisuse),
                 {},
                 false};
}

Reply alertsReport(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    const QUrlQuery query = queryOf(call);
    const reports::Scope scope = scopeOf(call, user, query);
    return Reply{200, reports::toJson(scope, reports::alertsReport(call.sql, scope)), {}, false};
}

} // namespace suara::server::endpoints
