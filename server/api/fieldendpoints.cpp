// Field mode (issue 9): a unit's officers and the national region list. Officers go out to the unit's
// devices with its settings (protocol §4), so every change bumps the unit's settings version.
#include "auth.h"
#include "endpoint.h"

#include "protocol/strictjson.h"
#include "service/failure.h"
#include "service/officers.h"
#include "service/regions.h"
#include "service/units.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace suara::server::endpoints {

using protocol::ErrorCode;

namespace {
QJsonObject officersReply(Sql &sql, const QString &unit)
{
    QJsonArray out;
    for (const OfficerEntry &o : officers::list(sql, unit))
        out.append(officers::toJson(o));
    return QJsonObject{{QStringLiteral("unit"), unit}, {QStringLiteral("officers"), out}};
}

// The unit in the path, for someone who may change it.
QString administeredUnit(Call &call, users::User *who)
{
    const users::User user = auth::authenticateUser(call);
    auth::requireAdmin(user);
    const QString code = call.match.params.value(0);
    auth::requireUnitAdmin(user, code);
    (void)units::get(call.sql, code);
    *who = user;
    return code;
}
} // namespace

Reply listOfficers(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    const QString code = call.match.params.value(0);
    auth::requireUnit(user, code);
    (void)units::get(call.sql, code);
    return Reply{200, officersReply(call.sql, code), {}, false};
}

Reply addOfficer(Call &call)
{
    users::User user;
    const QString code = administeredUnit(call, &user);
    const officers::NewOfficer officer = officers::fromJson(call.body);
    Transaction tx(call.sql);
    officers::add(call.sql, code, officer, user.username);
    tx.commit();
    return Reply{201, officersReply(call.sql, code), {}, false};
}

Reply removeOfficer(Call &call)
{
    users::User user;
    const QString code = administeredUnit(call, &user);
    Transaction tx(call.sql);
    officers::remove(call.sql, code, call.match.params.value(1), user.username);
    tx.commit();
    return Reply{200, officersReply(call.sql, code), {}, false};
}

Reply listRegions(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    const QUrlQuery query(QString::fromUtf8(call.request.query));
    const auto regionParam = [&](const QString &name) {
        const QString code = query.queryItemValue(name, QUrl::FullyDecoded);
        if (!code.isEmpty() && fieldformat::regionLevel(code) == 0)
            fail(ErrorCode::InvalidField, QStringLiteral("%1 must be a region code such as 34.04").arg(name), name);
        return code;
    };
    QJsonArray out;
    if (query.hasQueryItem(QStringLiteral("unit"))) {
        // One level of a unit's area, for the dashboard's province -> kabupaten -> kecamatan -> desa
        // filter: only for someone who may read the unit's reports.
        const QString code = query.queryItemValue(QStringLiteral("unit"), QUrl::FullyDecoded);
        const QString parent = regionParam(QStringLiteral("parent"));
        if (fieldformat::regionLevel(parent) == fieldformat::kDesa)
            fail(ErrorCode::InvalidField, QStringLiteral("parent must be above a desa"), QStringLiteral("parent"));
        auth::requireUnit(user, code);
        const units::Unit unit = units::get(call.sql, code);
        for (const regions::Region &r : regions::childrenInArea(call.sql, parent, unit.regionPrefixes))
            out.append(regions::toJson(r));
        return Reply{200, QJsonObject{{QStringLiteral("unit"), code}, {QStringLiteral("regions"), out}}, {}, false};
    }
    for (const regions::Region &r : regions::list(call.sql, regionParam(QStringLiteral("under"))))
        out.append(regions::toJson(r));
    return Reply{200, QJsonObject{{QStringLiteral("regions"), out}}, {}, false};
}

// {"csv": "code;name\n34;DAERAH ISTIMEWA YOGYAKARTA\n…"}: the same file as regions-import.
Reply putRegions(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    auth::requireNationalAdmin(user);
    protocol::ApiError error;
    const std::optional<QJsonObject> body = protocol::parseObject(call.body, &error);
    if (!body)
        throw ApiFailure(error);
    protocol::FieldReader r(*body, QString(), &error);
    const auto csv = r.string(QStringLiteral("csv"), protocol::FieldReader::Required, 64 * 1024 * 1024);
    if (!r.finish())
        throw ApiFailure(error);
    const int imported = regions::importCsv(call.sql, *csv, QStringLiteral("csv"));
    return Reply{200, QJsonObject{{QStringLiteral("imported"), imported}}, {}, false};
}

} // namespace suara::server::endpoints
