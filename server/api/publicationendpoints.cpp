// Publication (docs/api.md "Publication"): unit admins publish and withdraw a period's SKM result; the
// public page and its JSON need no sign-in and show only what is published.
#include "auth.h"
#include "endpoint.h"
#include "reportquery.h"

#include "reports/publicpage.h"
#include "service/failure.h"
#include "service/publications.h"
#include "service/units.h"

#include <QJsonArray>

namespace suara::server::endpoints {

using protocol::ErrorCode;

Reply listPublications(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    const QString code = call.match.params.value(0);
    auth::requireUnit(user, code);
    (void)units::get(call.sql, code);
    QJsonArray out;
    for (const publications::Publication &p : publications::list(call.sql, code))
        out.append(p.toJson());
    return Reply{200, QJsonObject{{QStringLiteral("unit"), code}, {QStringLiteral("publications"), out}}, {}, false};
}

Reply publish(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    const QString code = call.match.params.value(0);
    auth::requireUnitAdmin(user, code);
    const reports::Period period = periodOf(queryOf(call));
    Transaction tx(call.sql);
    const publications::Publication p = publications::publish(call.sql, code, period.label, user.username);
    tx.commit();
    return Reply{201, p.toJson(), {}, false};
}

Reply unpublish(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    const QString code = call.match.params.value(0);
    auth::requireUnitAdmin(user, code);
    Transaction tx(call.sql);
    const publications::Publication p = publications::unpublish(call.sql, code, idParam(call, 1, QStringLiteral("publication")), user.username);
    tx.commit();
    return Reply{200, p.toJson(), {}, false};
}

Reply publicResult(Call &call)
{
    const QString code = call.match.params.value(0);
    const std::optional<units::Unit> unit = units::find(call.sql, code);
    const std::optional<publications::Publication> p = unit ? publications::latestPublic(call.sql, code) : std::nullopt;
    if (!p)
        fail(ErrorCode::NotFound, QStringLiteral("unit %1 has no published result").arg(code));
    return Reply{200, p->toPublicJson(), {}, false};
}

Reply publicPage(Call &call)
{
    const QString code = call.match.params.value(0);
    const QString language = queryOf(call).queryItemValue(QStringLiteral("lang")) == QLatin1String("en") ? QStringLiteral("en")
                                                                                                         : QStringLiteral("id");
    const std::optional<units::Unit> unit = units::find(call.sql, code);
    const std::optional<publications::Publication> p = unit ? publications::latestPublic(call.sql, code) : std::nullopt;
    Reply r;
    r.status = p ? 200 : 404;
    r.raw = reports::renderPublicPage(unit ? unit->name : code, p, language);
    r.contentType = "text/html; charset=utf-8";
    return r;
}

} // namespace suara::server::endpoints
