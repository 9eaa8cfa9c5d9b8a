// Admin endpoints (protocol §7): HTTP Basic credentials of a server user; unit-bound users see and
// change only their own unit.
#include "auth.h"
#include "endpoint.h"

#include "protocol/pushbatch.h"
#include "protocol/unitsettings.h"
#include "protocol/wiretime.h"
#include "service/alerts.h"
#include "service/bundleimport.h"
#include "service/devices.h"
#include "service/failure.h"
#include "service/recoverycodes.h"
#include "service/units.h"
#include "service/users.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace suara::server::endpoints {

using auth::authenticateUser;
using auth::requireAdmin;
using auth::requireUnit;
using auth::scopeUnit;
using protocol::ErrorCode;

namespace {
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

namespace {
// The device named in the path, for an admin of its unit; another unit's device is not found.
QString adminsDevice(Call &call)
{
    const users::User user = authenticateUser(call);
    requireAdmin(user);
    const QString id = call.match.params.value(0);
    const std::optional<devices::Device> device = devices::find(call.sql, id);
    if (!device || !user.canSeeUnit(device->unitCode))
        fail(ErrorCode::NotFound, QStringLiteral("no device %1 in your unit").arg(id));
    return device->id;
}
} // namespace

Reply revokeDevice(Call &call)
{
    const QString id = adminsDevice(call);
    Transaction tx(call.sql);
    devices::revoke(call.sql, id);
    tx.commit();
    return Reply{200, QJsonObject{{QStringLiteral("device_id"), id}, {QStringLiteral("revoked"), true}}, {}, false};
}

// For a unit admin on the phone with an officer who forgot the kiosk's PIN (docs/adr/0026-pin-recovery-code.md).
// A POST, so no cache keeps the code; each one is logged with the user who asked.
Reply deviceRecoveryCode(Call &call)
{
    const QString id = adminsDevice(call);
    return Reply{
        200,
        QJsonObject{{QStringLiteral("device_id"), id}, {QStringLiteral("recovery_code"), recoverycodes::codeFor(id)}},
        {},
        false};
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
    const bundleimport::Outcome outcome =
        bundleimport::run(call.sql, call.body, call.config.maxBundleDecompressedBytes,
                          [&](const QString &unitCode) { return user.canSeeUnit(unitCode); });
    QJsonObject reply = resultsReply(outcome.deviceId, outcome.results);
    QJsonArray evidence;
    for (const QString &sha : outcome.evidenceStored)
        evidence.append(
            QJsonObject{{QStringLiteral("sha256"), sha}, {QStringLiteral("status"), QStringLiteral("stored")}});
    for (const QString &sha : outcome.evidenceDuplicate)
        evidence.append(
            QJsonObject{{QStringLiteral("sha256"), sha}, {QStringLiteral("status"), QStringLiteral("duplicate")}});
    reply.insert(QStringLiteral("evidence"), evidence);
    return Reply{200, reply, {}, false};
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
    // Paged, newest first: ?limit=N (1–1000, default 500) and ?before=ID from the previous page's
    // next_before, so a long history is read to the end instead of stopping silently at a cap.
    bool ok = true;
    if (const QString limit = query.queryItemValue(QStringLiteral("limit")); !limit.isEmpty()) {
        filter.limit = limit.toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > 1000)
            fail(ErrorCode::InvalidField, QStringLiteral("limit must be an integer from 1 to 1000"),
                 QStringLiteral("limit"));
    } else {
        filter.limit = 500;
    }
    if (const QString before = query.queryItemValue(QStringLiteral("before")); !before.isEmpty()) {
        filter.beforeId = before.toLongLong(&ok);
        if (!ok || *filter.beforeId < 1)
            fail(ErrorCode::InvalidField, QStringLiteral("before must be an alert id"), QStringLiteral("before"));
    }
    const int pageSize = filter.limit;
    filter.limit = pageSize + 1; // one more tells whether another page follows
    QList<alerts::Row> rows = alerts::list(call.sql, filter);
    const bool more = rows.size() > pageSize;
    if (more)
        rows.removeLast();
    QJsonArray out;
    for (const alerts::Row &a : rows)
        out.append(a.toJson());
    return Reply{
        200,
        QJsonObject{{QStringLiteral("alerts"), out},
                    {QStringLiteral("next_before"), more ? QJsonValue(rows.last().id) : QJsonValue(QJsonValue::Null)}},
        {},
        false};
}

} // namespace suara::server::endpoints
