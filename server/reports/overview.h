#pragma once

#include "skmreport.h"
#include "service/units.h"

namespace suara::server::reports {

// The national roll-up: every unit the caller may see with its own SKM result for the period and its
// trend over the last four quarters. A fixed number of grouped queries, however many units.
struct OverviewRow
{
    units::TreeNode unit;
    scoring::IkmReport ikm;
    // The unit and every listed unit below it, summed: what a Kanwil's row means to its readers (its own
    // figure is usually empty, it has no counter of its own). None for a unit with nothing below.
    std::optional<scoring::IkmReport> subtree;
    QList<TrendPoint> trend;
};

[[nodiscard]] QList<OverviewRow> overview(Sql &sql, const QList<units::TreeNode> &units, const Period &period,
                                          bool includeMisuse);
[[nodiscard]] QJsonObject toJson(const QList<OverviewRow> &rows, const Period &period, bool includeMisuse);

// The four quarters ending with the one `day` lies in, oldest first.
[[nodiscard]] QList<Period> lastFourQuarters(const QDate &day);

} // namespace suara::server::reports
