// Admin endpoints (protocol §7): HTTP Basic credentials of a server user; unit-bound users see and
// change only their own unit.
#include "endpoint.h"

#include "protocol/pushbatch.h"
#include "protocol/unitsettings.h"
#include "protocol/wiretime.h"
#include "service/alerts.h"
#include "service/bundleimport.h"
#include "service/devices.h"
#include "service/failure.h"
#include "service/units.h"
#include "service/users.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace suara::server::endpoints {

using protocol::ErrorCode;

namespace {
users::User authenticateUser(Call &call)
{
    const QByteArray auth = call.request.header("authorization");
    if (auth.size() <= 6 || auth.left(6).compare("Basic ", Qt::CaseInsensitive) != 0)
        fail(ErrorCode::Unauthorized, QStringLiteral("admin endpoints need HTTP Basic credentials of a server user"));
    const auto decoded = QByteArray::fromBase64Encoding(auth.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
    if (colon <= 0)
        fail(ErrorCode::Unauthorized, QStringLiteral("malformed Basic credentials"));
    const QString username = QString::fromUtf8(decoded.decoded.left(colon));
    const std::optional<users::User> user =
        users::authenticate(call.sql, username, QString::fromUtf8(decoded.decoded.mid(colon + 1)));
    if (!user)
        fail(ErrorCode::Unauthorized, QStringLiteral("wrong user name or password"));
    call.who = QStringLiteral("user:") + user->username;
    return *user;
}

void requireUnit(const users::User &user, const QString &unitCode)
{
    if (!user.canSeeUnit(unitCode))
        fail(ErrorCode::Forbidden, QStringLiteral("user %1 may only see unit %2").arg(user.username, user.unitCode));
}

void requireAdmin(const users::User &user)
{
    if (!user.canAdminister())
        fail(ErrorCode::Forbidden, QStringLiteral("role %1 may read but not change anything").arg(users::roleName(user.role)));
}

// The unit a listing is about: a unit-bound user's own, or the ?unit= a national user asked for.
QString scopeUnit(const users::User &user, const QUrlQuery &query)
{
    const QString asked = query.queryItemValue(QStringLiteral("unit"), QUrl::FullyDecoded);
    if (!asked.isEmpty())
        requireUnit(user, asked);
    return user.unitCode.isEmpty() ? asked : user.unitCode;
}

QJsonObject resultsReply(const QString &deviceId, const QList<protocol::RecordResult> &results)
{
    return QJsonObject{{QStringLiteral("device_id"), deviceId},
                       {QStringLiteral("results"), protocol::resultsToJson(results)},
                       {QStringLiteral("server_time"), protocol::formatTime(QDateTime::currentDateTimeUtc())}};
}

QJsonObject settingsJson(const units::Unit &unit)
{
    return units::settingsDocument(unit).toJson();
}
} // namespace

Reply listDevices(Call &call)
{
    const users::User user = authenticateUser(call);
    const QString unit = scopeUnit(user, QUrlQuery(QString::fromUtf8(call.request.query)));
    QJsonArray out;
    for (const devices::Summary &d : devices::list(call.sql, unit))
        out.append(devices::toJson(d));
    return Reply{200, QJsonObject{{QStringLiteral("devices"), out}}, {}, false};
}

Reply revokeDevice(Call &call)
{
    const users::User user = authenticateUser(call);
    requireAdmin(user);
    const QString id = call.match.params.value(0);
    const std::optional<devices::Device> device = devices::find(call.sql, id);
    if (!device || !user.canSeeUnit(device->unitCode))
        fail(ErrorCode::NotFound, QStringLiteral("no device %1 in your unit").arg(id));
    Transaction tx(call.sql);
    devices::revoke(call.sql, id);
    tx.commit();
    return Reply{200, QJsonObject{{QStringLiteral("device_id"), id}, {QStringLiteral("revoked"), true}}, {}, false};
}

Reply unitSettings(Call &call)
{
    const users::User user = authenticateUser(call);
    const QString code = call.match.params.value(0);
    requireUnit(user, code);
    return Reply{200, settingsJson(units::get(call.sql, code)), {}, false};
}

Reply putUnitSettings(Call &call)
{
    const users::User user = authenticateUser(call);
    requireAdmin(user);
    const QString code = call.match.params.value(0);
    requireUnit(user, code);
    protocol::ApiError error;
    const std::optional<protocol::SettingsUpdate> update = protocol::SettingsUpdate::parse(call.body, &error);
    if (!update)
        throw ApiFailure(error);
    Transaction tx(call.sql);
    units::updateSettings(call.sql, code, *update);
    tx.commit();
    return Reply{200, settingsJson(units::get(call.sql, code)), {}, false};
}

Reply importBundle(Call &call)
{
    const users::User user = authenticateUser(call);
    requireAdmin(user);
    const bundleimport::Outcome outcome = bundleimport::run(
        call.sql, call.body, call.config.maxBundleDecompressedBytes,
        [&](const QString &unitCode) { return user.canSeeUnit(unitCode); });
    return Reply{200, resultsReply(outcome.deviceId, outcome.results), {}, false};
}

Reply listAlerts(Call &call)
{
    const users::User user = authenticateUser(call);
    const QUrlQuery query(QString::fromUtf8(call.request.query));
    alerts::Filter filter;
    filter.unitCode = scopeUnit(user, query);
    filter.deviceId = query.queryItemValue(QStringLiteral("device"), QUrl::FullyDecoded);
    const QString open = query.queryItemValue(QStringLiteral("open"));
    filter.openOnly = open == QLatin1String("1") || open == QLatin1String("true");
    QJsonArray out;
    for (const alerts::Row &a : alerts::list(call.sql, filter))
        out.append(a.toJson());
    return Reply{200, QJsonObject{{QStringLiteral("alerts"), out}}, {}, false};
}

} // namespace suara::server::endpoints
