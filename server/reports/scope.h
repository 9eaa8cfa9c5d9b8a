#pragma once

#include "db/sql.h"
#include "period.h"

#include <QStringList>

namespace suara::server::reports {

// What a report is about. `units` is already resolved (one unit, or a unit and everything below it)
// and already checked against the caller's rights by the API.
struct Scope
{
    QString unitCode; // the unit asked for
    bool subtree = false;
    QStringList units; // the units whose aggregates are summed
    Period period;
    QString service; // empty: every service
    QString device; // empty: every device
    bool includeMisuse = false;
    // A Kemendagri region code (a desa, or a kecamatan/kabupaten/province for all the desa under it):
    // only the SKM report reads it, from the region aggregates (docs/adr/0035-village-reports.md).
    QString region;
};

// A WHERE clause over an aggregate table's key columns (units, days, service, device), without the
// misuse condition, which each report decides on.
struct Where
{
    QString sql;
    QVariantList binds;
};
[[nodiscard]] Where whereOf(const Scope &scope);
// The same over the monthly tables (units and months; only for a scope without service or device
// filter whose period is whole months).
[[nodiscard]] Where monthWhereOf(const Scope &scope);
[[nodiscard]] bool monthlyAnswers(const Scope &scope);

// 0 for NULL (SUM over no rows).
[[nodiscard]] qint64 sumOrZero(const QVariant &v);

} // namespace suara::server::reports
