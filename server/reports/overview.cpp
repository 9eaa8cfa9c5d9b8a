#include "overview.h"

#include "reportjson.h"

#include <QJsonArray>

namespace suara::server::reports {

QList<Period> lastFourQuarters(const QDate &day)
{
    QList<Period> out{Period::quarterOf(day)};
    while (out.size() < 4)
        out.prepend(out.first().previousQuarter());
    return out;
}

QList<OverviewRow> overview(Sql &sql, const QList<units::TreeNode> &units, const Period &period, bool includeMisuse)
{
    Scope scope;
    for (const units::TreeNode &n : units)
        scope.units << n.code;
    scope.includeMisuse = includeMisuse;
    scope.period = period;
    const QMap<QString, scoring::IkmTally> now = skmTallies(sql, scope, GroupBy::Unit);
    QList<QPair<QString, QMap<QString, scoring::IkmTally>>> quarters;
    for (const Period &q : lastFourQuarters(period.to)) {
        scope.period = q;
        quarters.append({q.label, skmTallies(sql, scope, GroupBy::Unit)});
    }
    QList<OverviewRow> out;
    for (const units::TreeNode &n : units) {
        OverviewRow row{n, scoring::computeIkm(now.value(n.code)), {}};
        for (const auto &[label, tallies] : quarters)
            row.trend.append(TrendPoint{label, scoring::computeIkm(tallies.value(n.code))});
        out.append(row);
    }
    return out;
}

QJsonObject toJson(const QList<OverviewRow> &rows, const Period &period, bool includeMisuse)
{
    QJsonArray units;
    for (const OverviewRow &r : rows) {
        QJsonObject o = ikmSummaryJson(r.ikm);
        o.insert(QStringLiteral("code"), r.unit.code);
        o.insert(QStringLiteral("name"), r.unit.name);
        o.insert(QStringLiteral("parent"), r.unit.parentCode.isEmpty() ? QJsonValue() : QJsonValue(r.unit.parentCode));
        o.insert(QStringLiteral("depth"), r.unit.depth);
        QJsonArray trend;
        for (const TrendPoint &t : r.trend) {
            QJsonObject p = ikmSummaryJson(t.ikm);
            p.insert(QStringLiteral("quarter"), t.quarter);
            trend.append(p);
        }
        o.insert(QStringLiteral("trend"), trend);
        units.append(o);
    }
    return QJsonObject{{QStringLiteral("period"), QJsonObject{{QStringLiteral("label"), period.label},
                                                              {QStringLiteral("from"), period.fromText()},
                                                              {QStringLiteral("to"), period.toText()}}},
                       {QStringLiteral("include_misuse"), includeMisuse},
                       {QStringLiteral("units"), units}};
}

} // namespace suara::server::reports
