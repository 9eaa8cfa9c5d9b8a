#include "ikmjson.h"

#include <QJsonArray>

namespace suara::scoring {

namespace {
template<typename T>
QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue letterOrNull(const std::optional<Category> &category)
{
    return category ? QJsonValue(categoryLetter(*category)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject ikmReportToJson(const IkmReport &report)
{
    QJsonArray unsur;
    for (const UnsurResult &u : report.unsur) {
        QJsonArray counts;
        for (qint64 c : u.counts)
            counts.append(c);
        unsur.append(QJsonObject{
            {QStringLiteral("key"), u.key},
            {QStringLiteral("n"), u.answered},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("sum"), u.sum},
            {QStringLiteral("nrr"), orNull(u.nrr)},
            {QStringLiteral("weighted_nrr"), orNull(u.weightedNrr)},
            {QStringLiteral("category"), letterOrNull(u.category)},
        });
    }
    return QJsonObject{
        {QStringLiteral("respondents"), report.respondents},
        {QStringLiteral("weight"), weightModeName(report.weight)},
        {QStringLiteral("unsur"), unsur},
        {QStringLiteral("ikm"), orNull(report.ikm)},
        {QStringLiteral("ikm_rounded"), orNull(report.ikmRounded())},
        {QStringLiteral("category"), letterOrNull(report.category)},
        {QStringLiteral("category_label"),
         report.category ? categoryLabel(*report.category).toJson() : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("missing"), QJsonArray::fromStringList(report.missing)},
    };
}

} // namespace suara::scoring
