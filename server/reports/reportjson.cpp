#include "reportjson.h"

#include "scoring/ikmjson.h"

#include <QJsonArray>

namespace suara::server::reports {

namespace {
QJsonValue orNull(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString groupName(GroupBy g)
{
    switch (g) {
    case GroupBy::None:
        return {};
    case GroupBy::Service:
        return QStringLiteral("service");
    case GroupBy::Device:
        return QStringLiteral("device");
    case GroupBy::Unit:
        return QStringLiteral("unit");
    }
    return {};
}

QJsonArray groupsJson(const QList<SkmGroup> &groups)
{
    QJsonArray out;
    for (const SkmGroup &g : groups) {
        QJsonObject o = ikmSummaryJson(g.ikm);
        o.insert(QStringLiteral("key"), g.key);
        out.append(o);
    }
    return out;
}
} // namespace

QJsonObject scopeJson(const Scope &scope)
{
    return QJsonObject{
        {QStringLiteral("unit"), scope.unitCode},
        {QStringLiteral("subtree"), scope.subtree},
        {QStringLiteral("units"), QJsonArray::fromStringList(scope.units)},
        {QStringLiteral("period"),
         QJsonObject{{QStringLiteral("label"), scope.period.label},
                     {QStringLiteral("from"), scope.period.fromText()},
                     {QStringLiteral("to"), scope.period.toText()}}},
        {QStringLiteral("service"), scope.service.isEmpty() ? QJsonValue() : QJsonValue(scope.service)},
        {QStringLiteral("device"), scope.device.isEmpty() ? QJsonValue() : QJsonValue(scope.device)},
        {QStringLiteral("include_misuse"), scope.includeMisuse},
        {QStringLiteral("region"), scope.region.isEmpty() ? QJsonValue() : QJsonValue(scope.region)},
    };
}

QJsonObject ikmSummaryJson(const scoring::IkmReport &r)
{
    const QJsonValue none(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("respondents"), r.respondents},
        {QStringLiteral("ikm"), r.ikm ? QJsonValue(*r.ikm) : none},
        {QStringLiteral("ikm_rounded"), r.ikmRounded() ? QJsonValue(*r.ikmRounded()) : none},
        {QStringLiteral("ikm_hundredths"), orNull(r.ikmHundredths)},
        {QStringLiteral("category"), r.category ? QJsonValue(scoring::categoryLetter(*r.category)) : none},
        {QStringLiteral("category_label"), r.category ? scoring::categoryLabel(*r.category).toJson() : none},
    };
}

QJsonObject ikmDetailJson(const scoring::IkmReport &r)
{
    QJsonObject o = scoring::ikmReportToJson(r);
    o.insert(QStringLiteral("ikm_hundredths"), orNull(r.ikmHundredths));
    return o;
}

QJsonObject toJson(const SkmReport &r)
{
    QJsonObject profile;
    for (const ProfileCount &p : r.profile) {
        QJsonObject field = profile.value(p.field).toObject();
        field.insert(p.value, p.n);
        profile.insert(p.field, field);
    }
    QJsonValue sample(QJsonValue::Null);
    if (r.sample)
        sample = QJsonObject{{QStringLiteral("population"), r.sample->population},
                             {QStringLiteral("krejcie_morgan_exact"), r.sample->exact},
                             {QStringLiteral("minimum"), r.sample->minimum},
                             {QStringLiteral("rounding"), QStringLiteral("ceil")},
                             {QStringLiteral("reached"), r.sample->reached}};
    QJsonArray trend;
    for (const TrendPoint &t : r.trend) {
        QJsonObject o = ikmSummaryJson(t.ikm);
        o.insert(QStringLiteral("quarter"), t.quarter);
        trend.append(o);
    }
    QJsonObject out{
        {QStringLiteral("scope"), scopeJson(r.scope)},
        {QStringLiteral("respondents"), r.ikm.respondents},
        {QStringLiteral("misuse_flagged"), r.misuseFlagged},
        {QStringLiteral("excluded_misuse"), r.ikm.excludedMisuse},
        {QStringLiteral("skm"), ikmDetailJson(r.ikm)},
        {QStringLiteral("reconciliation_0111"), ikmSummaryJson(r.ikm0111)},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("sample"), sample},
        {QStringLiteral("by_service"), groupsJson(r.byService)},
        {QStringLiteral("trend"), trend},
        {QStringLiteral("weakest_unsur"), QJsonArray::fromStringList(r.weakest)},
    };
    if (r.groupBy != GroupBy::None)
        out.insert(
            QStringLiteral("groups"),
            QJsonObject{{QStringLiteral("by"), groupName(r.groupBy)}, {QStringLiteral("items"), groupsJson(r.groups)}});
    return out;
}

} // namespace suara::server::reports
