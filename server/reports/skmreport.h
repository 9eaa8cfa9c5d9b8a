#pragma once

#include "db/sql.h"
#include "scope.h"
#include "scoring/ikm.h"

#include <QMap>
#include <optional>

namespace suara::server::reports {

// How the SKM report is split besides the whole scope.
enum class GroupBy { None, Service, Device, Unit };
[[nodiscard]] std::optional<GroupBy> groupByFromName(const QString &name); // "", "service", "device", "unit"

struct SkmGroup
{
    QString key; // the service, device id or unit code
    scoring::IkmReport ikm;
};

struct TrendPoint
{
    QString quarter; // "2026-Q3"
    scoring::IkmReport ikm;
};

struct ProfileCount
{
    QString field; // gender, age, education, occupation (as the kiosk asks them)
    QString value;
    qint64 n = 0;
};

struct SampleTarget
{
    qint64 population = 0;
    double exact = 0; // Krejcie & Morgan before rounding
    qint64 minimum = 0; // rounded up
    bool reached = false;
};

// The SKM result of a scope: every figure comes from core/scoring (IkmTally::fromCounts + computeIkm)
// over counts summed from the aggregates.
struct SkmReport
{
    Scope scope;
    scoring::IkmReport ikm; // exact 1/9 weights: the official figure
    scoring::IkmReport ikm0111; // 0,111 weights, for reconciling with spreadsheets; never official
    qint64 misuseFlagged = 0; // flagged SKM respondents in the scope (excluded unless includeMisuse)
    QList<ProfileCount> profile; // of the counted respondents
    std::optional<SampleTarget> sample;
    QList<SkmGroup> byService; // always
    GroupBy groupBy = GroupBy::None;
    QList<SkmGroup> groups; // by groupBy (empty for None)
    QList<TrendPoint> trend; // the four quarters up to the one the period ends in
    QStringList weakest; // the three unsur with the lowest NRR, proposed for follow-up
};

// Summed SKM tallies of `scope`, one per value of the grouping column ("" key for GroupBy::None).
[[nodiscard]] QMap<QString, scoring::IkmTally> skmTallies(Sql &sql, const Scope &scope, GroupBy groupBy);

// `population`: the service users of the period the admin entered, when known.
[[nodiscard]] SkmReport skmReport(Sql &sql, const Scope &scope, GroupBy groupBy, std::optional<qint64> population);

// The three weakest unsur (lowest NRR, regulation order on ties), among those answered.
[[nodiscard]] QStringList weakestUnsur(const scoring::IkmReport &report, int count = 3);

} // namespace suara::server::reports
