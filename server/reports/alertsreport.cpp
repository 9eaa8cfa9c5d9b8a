#include "alertsreport.h"

#include "reportjson.h"

#include <QJsonArray>

namespace suara::server::reports {

QList<DeviceIntegrity> alertsReport(Sql &sql, const Scope &scope)
{
    QStringList marks;
    for (qsizetype i = 0; i < scope.units.size(); ++i)
        marks << QStringLiteral("?");
    const QVariantList units(scope.units.begin(), scope.units.end());
    QMap<QString, DeviceIntegrity> byId;
    if (marks.isEmpty())
        return {};
    QSqlQuery d =
        sql.run(QStringLiteral("SELECT id, label, unit_code, last_sync, revoked_at FROM devices WHERE unit_code IN (%1)"
                               " ORDER BY unit_code, id")
                    .arg(marks.join(QStringLiteral(", "))),
                units);
    while (d.next()) {
        DeviceIntegrity i;
        i.deviceId = d.value(0).toString();
        i.label = d.value(1).toString();
        i.unitCode = d.value(2).toString();
        i.lastSync = d.value(3).toString();
        i.revoked = !d.value(4).isNull();
        byId.insert(i.deviceId, i);
    }
    QSqlQuery a =
        sql.run(QStringLiteral("SELECT device_id, kind, SUM(CASE WHEN resolved_at IS NULL THEN 1 ELSE 0 END), COUNT(*)"
                               " FROM alerts WHERE unit_code IN (%1) GROUP BY device_id, kind")
                    .arg(marks.join(QStringLiteral(", "))),
                units);
    while (a.next()) {
        if (byId.contains(a.value(0).toString()))
            byId[a.value(0).toString()].alerts.insert(a.value(1).toString(),
                                                      {a.value(2).toLongLong(), a.value(3).toLongLong()});
    }
    const Where w = whereOf(scope);
    QSqlQuery r = sql.run(
        QStringLiteral("SELECT device_id, misuse, SUM(n) FROM agg_respondents WHERE %1 GROUP BY device_id, misuse")
            .arg(w.sql),
        w.binds);
    while (r.next()) {
        if (!byId.contains(r.value(0).toString()))
            continue;
        DeviceIntegrity &i = byId[r.value(0).toString()];
        i.responses += r.value(2).toLongLong();
        if (r.value(1).toInt() == 1)
            i.misuseFlagged += r.value(2).toLongLong();
    }
    return byId.values();
}

QJsonObject toJson(const Scope &scope, const QList<DeviceIntegrity> &devices)
{
    QJsonArray list;
    for (const DeviceIntegrity &d : devices) {
        QJsonObject alerts;
        qint64 open = 0;
        for (auto it = d.alerts.begin(); it != d.alerts.end(); ++it) {
            alerts.insert(
                it.key(),
                QJsonObject{{QStringLiteral("open"), it.value().first}, {QStringLiteral("all"), it.value().second}});
            open += it.value().first;
        }
        list.append(
            QJsonObject{{QStringLiteral("device"), d.deviceId},
                        {QStringLiteral("label"), d.label},
                        {QStringLiteral("unit"), d.unitCode},
                        {QStringLiteral("last_sync"), d.lastSync.isEmpty() ? QJsonValue() : QJsonValue(d.lastSync)},
                        {QStringLiteral("revoked"), d.revoked},
                        {QStringLiteral("open_alerts"), open},
                        {QStringLiteral("alerts"), alerts},
                        {QStringLiteral("responses"), d.responses},
                        {QStringLiteral("misuse_flagged"), d.misuseFlagged}});
    }
    return QJsonObject{{QStringLiteral("scope"), scopeJson(scope)}, {QStringLiteral("devices"), list}};
}

} // namespace suara::server::reports
