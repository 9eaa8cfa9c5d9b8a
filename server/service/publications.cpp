#include "publications.h"

#include "failure.h"
#include "reports/reportjson.h"
#include "reports/skmreport.h"
#include "units.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

#include "domain/questionnaire.h"

namespace suara::server::publications {

using protocol::ErrorCode;

namespace {
const QString kColumns =
    QStringLiteral("id, unit_code, period, snapshot, published_at, published_by, unpublished_at, unpublished_by");

Publication fromRow(const QSqlQuery &q)
{
    Publication p;
    p.id = q.value(0).toLongLong();
    p.unitCode = q.value(1).toString();
    p.period = q.value(2).toString();
    p.snapshot = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    p.publishedAt = q.value(4).toString();
    p.publishedBy = q.value(5).toString();
    p.unpublishedAt = q.value(6).toString();
    p.unpublishedBy = q.value(7).toString();
    return p;
}

std::optional<Publication> find(Sql &sql, const QString &unitCode, qint64 id)
{
    QSqlQuery q = sql.run(QStringLiteral("SELECT %1 FROM publications WHERE id = ? AND unit_code = ?").arg(kColumns),
                          {id, unitCode});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

QJsonObject snapshotOf(const units::Unit &unit, const reports::Period &period, const scoring::IkmReport &ikm)
{
    const std::optional<Questionnaire> skm =
        Questionnaire::fromJson(units::builtInQuestionnaires().value(QStringLiteral("skm")));
    QJsonArray unsur;
    for (const scoring::UnsurResult &u : ikm.unsur) {
        const Item *item = skm ? skm->item(u.key) : nullptr;
        unsur.append(QJsonObject{
            {QStringLiteral("key"), u.key},
            {QStringLiteral("label"), item ? item->label.toJson() : QJsonValue(u.key)},
            {QStringLiteral("n"), u.answered},
            {QStringLiteral("nrr"), u.nrr ? QJsonValue(*u.nrr) : QJsonValue()},
            {QStringLiteral("nrr_rounded"), u.nrr ? QJsonValue(std::round(*u.nrr * 100.0) / 100.0) : QJsonValue()}});
    }
    QJsonObject o = reports::ikmSummaryJson(ikm);
    o.insert(QStringLiteral("unit"), unit.code);
    o.insert(QStringLiteral("unit_name"), unit.name);
    o.insert(QStringLiteral("period"),
             QJsonObject{{QStringLiteral("label"), period.label},
                         {QStringLiteral("from"), period.fromText()},
                         {QStringLiteral("to"), period.toText()}});
    o.insert(QStringLiteral("unsur"), unsur);
    return o;
}
} // namespace

QJsonObject Publication::toJson() const
{
    QJsonObject o = toPublicJson();
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("published_by"), publishedBy);
    o.insert(QStringLiteral("public"), isPublic());
    o.insert(QStringLiteral("unpublished_at"), unpublishedAt.isEmpty() ? QJsonValue() : QJsonValue(unpublishedAt));
    o.insert(QStringLiteral("unpublished_by"), unpublishedBy.isEmpty() ? QJsonValue() : QJsonValue(unpublishedBy));
    return o;
}

QJsonObject Publication::toPublicJson() const
{
    QJsonObject o = snapshot;
    o.insert(QStringLiteral("published_at"), publishedAt);
    return o;
}

Publication publish(Sql &sql, const QString &unitCode, const QString &periodLabel, const QString &by)
{
    const units::Unit unit = units::get(sql, unitCode);
    QString error;
    const std::optional<reports::Period> period = reports::Period::parse(periodLabel, {}, {}, &error);
    if (!period)
        fail(ErrorCode::InvalidField, error, QStringLiteral("period"));
    reports::Scope scope;
    scope.unitCode = unitCode;
    scope.units = {unitCode};
    scope.period = *period;
    const scoring::IkmReport ikm =
        scoring::computeIkm(reports::skmTallies(sql, scope, reports::GroupBy::None).value(QString()));
    if (!ikm.hasIkm())
        fail(ErrorCode::InvalidField,
             ikm.respondents == 0 ? QStringLiteral("unit %1 has no SKM responses in %2; there is nothing to publish")
                                        .arg(unitCode, period->label)
                                  : QStringLiteral("the IKM of %1 in %2 is undefined: nobody answered %3")
                                        .arg(unitCode, period->label, ikm.missing.join(QStringLiteral(", "))),
             QStringLiteral("period"));
    const QString now = nowText();
    sql.run(QStringLiteral(
                "UPDATE publications SET unpublished_at = ?, unpublished_by = ? WHERE unit_code = ? AND period = ?"
                " AND unpublished_at IS NULL"),
            {now, by, unitCode, period->label});
    QSqlQuery q = sql.run(
        QStringLiteral("INSERT INTO publications (unit_code, period, from_day, to_day, snapshot, published_at,"
                       " published_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {unitCode, period->label, period->fromText(), period->toText(),
         QString::fromUtf8(QJsonDocument(snapshotOf(unit, *period, ikm)).toJson(QJsonDocument::Compact)), now, by});
    if (!q.next())
        throw DbFailure(q.lastError(), QStringLiteral("publishing a result"));
    return *find(sql, unitCode, q.value(0).toLongLong());
}

Publication unpublish(Sql &sql, const QString &unitCode, qint64 id, const QString &by)
{
    if (!find(sql, unitCode, id))
        fail(ErrorCode::NotFound, QStringLiteral("no publication %1 of unit %2").arg(id).arg(unitCode));
    sql.run(
        QStringLiteral(
            "UPDATE publications SET unpublished_at = ?, unpublished_by = ? WHERE id = ? AND unpublished_at IS NULL"),
        {nowText(), by, id});
    return *find(sql, unitCode, id);
}

QList<Publication> list(Sql &sql, const QString &unitCode)
{
    QSqlQuery q =
        sql.run(QStringLiteral("SELECT %1 FROM publications WHERE unit_code = ? ORDER BY published_at DESC, id DESC")
                    .arg(kColumns),
                {unitCode});
    QList<Publication> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

std::optional<Publication> latestPublic(Sql &sql, const QString &unitCode)
{
    QSqlQuery q = sql.run(QStringLiteral("SELECT %1 FROM publications WHERE unit_code = ? AND unpublished_at IS NULL"
                                         " ORDER BY published_at DESC, id DESC LIMIT 1")
                              .arg(kColumns),
                          {unitCode});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

} // namespace suara::server::publications
