#include "skmreport.h"

#include "overview.h"

#include "scoring/samplesize.h"
#include "scoring/skmunsur.h"
#include "service/failure.h"

#include <algorithm>

namespace suara::server::reports {

using protocol::ErrorCode;

namespace {
const QString kSkm = QStringLiteral("skm");

QString groupColumn(GroupBy g)
{
    switch (g) {
    case GroupBy::None:
        return QStringLiteral("''");
    case GroupBy::Service:
        return QStringLiteral("service");
    case GroupBy::Device:
        return QStringLiteral("device_id");
    case GroupBy::Unit:
        return QStringLiteral("unit_code");
    }
    return QStringLiteral("''");
}

QString misuseCondition(const Scope &scope)
{
    return scope.includeMisuse ? QString() : QStringLiteral(" AND misuse = 0");
}

// The aggregate table of `name` ("respondents", "answers", "profile"): the region-keyed one when the
// scope asks for a region, which holds exactly the records that named a desa.
QString table(const Scope &scope, const char *name)
{
    return (scope.region.isEmpty() ? QStringLiteral("agg_") : QStringLiteral("agg_region_")) + QLatin1String(name);
}

// whereOf, plus the region: the desa itself, or every desa under a kecamatan, kabupaten or province.
Where regionWhereOf(const Scope &scope)
{
    Where w = whereOf(scope);
    if (!scope.region.isEmpty()) {
        w.sql += QStringLiteral(" AND (region = ? OR region LIKE ?)");
        w.binds << scope.region << scope.region + QStringLiteral(".%");
    }
    return w;
}

QList<SkmGroup> groupsOf(const QMap<QString, scoring::IkmTally> &tallies)
{
    QList<SkmGroup> out;
    for (auto it = tallies.begin(); it != tallies.end(); ++it)
        out.append(SkmGroup{it.key(), scoring::computeIkm(it.value())});
    return out;
}
} // namespace

std::optional<GroupBy> groupByFromName(const QString &name)
{
    if (name.isEmpty())
        return GroupBy::None;
    if (name == QLatin1String("service"))
        return GroupBy::Service;
    if (name == QLatin1String("device"))
        return GroupBy::Device;
    if (name == QLatin1String("unit"))
        return GroupBy::Unit;
    return std::nullopt;
}

QMap<QString, scoring::IkmTally> skmTallies(Sql &sql, const Scope &scope, GroupBy groupBy)
{
    // Whole months without a service or device split: the monthly tables, a few rows per unit-month.
    const bool monthly =
        monthlyAnswers(scope) && scope.region.isEmpty() && (groupBy == GroupBy::None || groupBy == GroupBy::Unit);
    const Where w = monthly ? monthWhereOf(scope) : regionWhereOf(scope);
    const QString suffix = monthly ? QStringLiteral("_month") : QString();
    const QString g = groupColumn(groupBy);
    // PostgreSQL refuses a constant in GROUP BY: without a grouping column there is none.
    const QString gb = groupBy == GroupBy::None ? QString() : g + QStringLiteral(", ");
    QHash<QString, QHash<QString, scoring::OptionCounts>> counts;
    QMap<QString, qint64> respondents;
    {
        QSqlQuery q = sql.run(QStringLiteral("SELECT %1, SUM(n) FROM %5 WHERE questionnaire = ? AND %2%3%4")
                                  .arg(g, w.sql, misuseCondition(scope),
                                       groupBy == GroupBy::None ? QString() : QStringLiteral(" GROUP BY ") + g,
                                       table(scope, "respondents") + suffix),
                              QVariantList{kSkm} + w.binds);
        while (q.next()) {
            if (!q.value(1).isNull())
                respondents[q.value(0).toString()] += q.value(1).toLongLong();
        }
    }
    {
        QSqlQuery q =
            sql.run(QStringLiteral("SELECT %1, item_key, value, SUM(n) FROM %5 WHERE questionnaire = ? AND %2%3"
                                   " AND value >= 1 AND value <= 4 GROUP BY %4item_key, value")
                        .arg(g, w.sql, misuseCondition(scope), gb, table(scope, "answers") + suffix),
                    QVariantList{kSkm} + w.binds);
        while (q.next()) {
            const qint64 value = q.value(2).toLongLong();
            counts[q.value(0).toString()][q.value(1).toString()][value - 1] += q.value(3).toLongLong();
        }
    }
    QMap<QString, scoring::IkmTally> out;
    for (auto it = respondents.begin(); it != respondents.end(); ++it) {
        QString error;
        const std::optional<scoring::IkmTally> t =
            scoring::IkmTally::fromCounts(counts.value(it.key()), it.value(), &error);
        if (!t)
            fail(ErrorCode::Internal, QStringLiteral("the SKM aggregates do not add up (%1)").arg(error));
        out.insert(it.key(), *t);
    }
    if (groupBy == GroupBy::None && out.isEmpty())
        out.insert(QString(), scoring::IkmTally());
    return out;
}

QStringList weakestUnsur(const scoring::IkmReport &report, int count)
{
    QList<const scoring::UnsurResult *> answered;
    for (const scoring::UnsurResult &u : report.unsur) {
        if (u.nrr)
            answered.append(&u);
    }
    // Stable: regulation order decides between equal NRRs.
    std::stable_sort(answered.begin(), answered.end(),
                     [](const scoring::UnsurResult *a, const scoring::UnsurResult *b) { return *a->nrr < *b->nrr; });
    QStringList out;
    for (qsizetype i = 0; i < answered.size() && i < count; ++i)
        out << answered.at(i)->key;
    return out;
}

SkmReport skmReport(Sql &sql, const Scope &scope, GroupBy groupBy, std::optional<qint64> population)
{
    SkmReport r;
    r.scope = scope;
    r.groupBy = groupBy;
    const scoring::IkmTally total = skmTallies(sql, scope, GroupBy::None).value(QString());
    r.ikm = scoring::computeIkm(total, scoring::WeightMode::Exact);
    r.ikm0111 = scoring::computeIkm(total, scoring::WeightMode::Rounded0111);
    r.weakest = weakestUnsur(r.ikm);

    const Where w = regionWhereOf(scope);
    r.misuseFlagged =
        sumOrZero(sql.value(QStringLiteral("SELECT SUM(n) FROM %2 WHERE questionnaire = ? AND %1 AND misuse = 1")
                                .arg(w.sql, table(scope, "respondents")),
                            QVariantList{kSkm} + w.binds));
    r.ikm.excludedMisuse = scope.includeMisuse ? 0 : r.misuseFlagged;

    QSqlQuery p = sql.run(QStringLiteral("SELECT field, value, SUM(n) FROM %3 WHERE questionnaire = ? AND %1%2"
                                         " GROUP BY field, value ORDER BY field, value")
                              .arg(w.sql, misuseCondition(scope), table(scope, "profile")),
                          QVariantList{kSkm} + w.binds);
    while (p.next())
        r.profile.append(ProfileCount{p.value(0).toString(), p.value(1).toString(), p.value(2).toLongLong()});

    if (population && *population > 0) {
        SampleTarget s;
        s.population = *population;
        s.exact = scoring::krejcieMorganExact(*population);
        s.minimum = scoring::krejcieMorganMinimum(*population);
        s.reached = r.ikm.respondents >= s.minimum;
        r.sample = s;
    }

    r.byService = groupsOf(skmTallies(sql, scope, GroupBy::Service));
    if (groupBy != GroupBy::None)
        r.groups = groupsOf(skmTallies(sql, scope, groupBy));

    // Trend: the quarter the period ends in and the three before it, same units and filters.
    for (const Period &q : lastFourQuarters(scope.period.to)) {
        Scope s = scope;
        s.period = q;
        r.trend.append(TrendPoint{q.label, scoring::computeIkm(skmTallies(sql, s, GroupBy::None).value(QString()))});
    }
    return r;
}

} // namespace suara::server::reports
