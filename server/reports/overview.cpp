#include "overview.h"

#include "reportjson.h"

#include <QJsonArray>
#include <QSet>

#include <stdexcept>

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
    // Parents come before their children, so one pass from the end adds every subtree into its parent.
    // A parent outside the listing (above a unit-bound user's own unit) is not summed into.
    QSet<QString> listed;
    for (const units::TreeNode &n : units)
        listed.insert(n.code);
    QMap<QString, scoring::IkmTally> subtree = now;
    QSet<QString> parents;
    for (auto it = units.crbegin(); it != units.crend(); ++it) {
        if (!listed.contains(it->parentCode))
            continue;
        parents.insert(it->parentCode);
        QString error;
        if (!subtree[it->parentCode].merge(subtree.value(it->code), &error))
            throw std::runtime_error(error.toStdString()); // beyond IkmTally::kMaxRespondents: no real survey
    }
    QList<OverviewRow> out;
    for (const units::TreeNode &n : units) {
        OverviewRow row{n, scoring::computeIkm(now.value(n.code)), std::nullopt, {}};
        if (parents.contains(n.code))
            row.subtree = scoring::computeIkm(subtree.value(n.code));
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
        o.insert(QStringLiteral("subtree"), r.subtree ? QJsonValue(ikmSummaryJson(*r.subtree)) : QJsonValue());
        QJsonArray trend;
        for (const TrendPoint &t : r.trend) {
            QJsonObject p = ikmSummaryJson(t.ikm);
            p.insert(QStringLiteral("quarter"), t.quarter);
            trend.append(p);
        }
        o.insert(QStringLiteral("trend"), trend);
        units.append(o);
    }
    return QJsonObject{{QStringLiteral("period"),
                        QJsonObject{{QStringLiteral("label"), period.label},
                                    {QStringLiteral("from"), period.fromText()},
                                    {QStringLiteral("to"), period.toText()}}},
                       {QStringLiteral("include_misuse"), includeMisuse},
                       {QStringLiteral("units"), units}};
}

} // namespace suara::server::reports
