#pragma once

#include "db/sql.h"
#include "scope.h"

#include <QJsonObject>

namespace suara::server::reports {

// Integrity per device of the scope's units: its alerts by kind (open and all, from the alerts table)
// and the responses flagged as suspected misuse in the period (from the aggregates).
struct DeviceIntegrity
{
    QString deviceId;
    QString label;
    QString unitCode;
    QString lastSync;
    bool revoked = false;
    QMap<QString, QPair<qint64, qint64>> alerts; // kind -> (open, all)
    qint64 responses = 0; // in the period, flagged or not
    qint64 misuseFlagged = 0; // of those
};

[[nodiscard]] QList<DeviceIntegrity> alertsReport(Sql &sql, const Scope &scope);
[[nodiscard]] QJsonObject toJson(const Scope &scope, const QList<DeviceIntegrity> &devices);

} // namespace suara::server::reports
