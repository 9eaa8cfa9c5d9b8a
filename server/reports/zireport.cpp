#include "zireport.h"

#include "service/failure.h"
#include "service/units.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace suara::server::reports {

using protocol::ErrorCode;

namespace {
QJsonValue orNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// The definition of `id` as the unit asks it, else the built-in one.
std::optional<Questionnaire> definition(const units::Unit &unit, const QString &id)
{
    for (const QJsonValue &q : unit.questionnaires) {
        if (q.toObject().value(QLatin1String("id")).toString() == id)
            return Questionnaire::fromJson(q.toObject());
    }
    if (units::builtInQuestionnaires().contains(id))
        return Questionnaire::fromJson(units::builtInQuestionnaires().value(id));
    return std::nullopt;
}

QJsonObject reportJson(const scoring::ZiReport &r)
{
    QJsonArray items;
    for (const scoring::ZiItemResult &i : r.items) {
        QJsonArray counts;
        for (qint64 c : i.counts)
            counts.append(c);
        items.append(QJsonObject{
            {QStringLiteral("key"), i.key},
            {QStringLiteral("n"), i.answered},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("sum"), i.sum},
            {QStringLiteral("mean"), orNull(i.mean)},
            {QStringLiteral("mean4"),
             i.mean ? QJsonValue(scoring::toFourPointScale(*i.mean, r.scale)) : QJsonValue(QJsonValue::Null)}});
    }
    QJsonArray yesNo;
    for (const scoring::ZiYesNoResult &y : r.yesNo)
        yesNo.append(QJsonObject{{QStringLiteral("key"), y.key},
                                 {QStringLiteral("yes"), y.yes},
                                 {QStringLiteral("no"), y.no},
                                 {QStringLiteral("unanswered"), y.unanswered}});
    return QJsonObject{{QStringLiteral("scale"),
                        QJsonObject{{QStringLiteral("min"), r.scale.min}, {QStringLiteral("max"), r.scale.max}}},
                       {QStringLiteral("respondents"), r.respondents},
                       {QStringLiteral("items"), items},
                       {QStringLiteral("yes_no"), yesNo},
                       {QStringLiteral("unanswered"), QJsonArray::fromStringList(r.unanswered)},
                       {QStringLiteral("index"), orNull(r.index)},
                       {QStringLiteral("index4"), orNull(r.index4)},
                       {QStringLiteral("percent"), orNull(r.percent)}};
}
} // namespace

std::optional<ZiMinimums> ZiMinimums::parse(const QString &text, QString *error)
{
    ZiMinimums m;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(QLatin1Char('='));
        bool ok = false;
        const double v = kv.value(1).trimmed().toDouble(&ok);
        if (kv.size() != 2 || !ok || v < 1 || v > 4) {
            *error = QStringLiteral("--zi-minimums: \"%1\" is not NAME=VALUE with a value from 1 to 4").arg(part);
            return std::nullopt;
        }
        const QString name = kv.at(0).trimmed();
        if (name == QLatin1String("ipkp_wbk"))
            m.ipkpWbk = v;
        else if (name == QLatin1String("ipkp_wbbm"))
            m.ipkpWbbm = v;
        else if (name == QLatin1String("ipak_wbk"))
            m.ipakWbk = v;
        else if (name == QLatin1String("ipak_wbbm"))
            m.ipakWbbm = v;
        else {
            *error = QStringLiteral("--zi-minimums: unknown %1 (ipkp_wbk, ipkp_wbbm, ipak_wbk, ipak_wbbm)").arg(name);
            return std::nullopt;
        }
    }
    return m;
}

QList<ZiResult> ziReport(Sql &sql, const Scope &scope, const QString &questionnaireId, const ZiMinimums &minimums)
{
    const units::Unit unit = units::get(sql, scope.unitCode);
    const Where w = whereOf(scope);
    const QString misuse = scope.includeMisuse ? QString() : QStringLiteral(" AND misuse = 0");
    QMap<QString, qint64> respondents, flagged;
    QSqlQuery q =
        sql.run(QStringLiteral("SELECT questionnaire, misuse, SUM(n) FROM agg_respondents WHERE questionnaire <> 'skm'"
                               " AND %1 GROUP BY questionnaire, misuse")
                    .arg(w.sql),
                w.binds);
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (!questionnaireId.isEmpty() && key.section(QLatin1Char('@'), 0, 0) != questionnaireId)
            continue;
        const qint64 n = q.value(2).toLongLong();
        if (q.value(1).toInt() == 1)
            flagged[key] += n;
        if (scope.includeMisuse || q.value(1).toInt() == 0)
            respondents[key] += n;
        else
            respondents[key] += 0;
    }
    QHash<QString, QHash<QString, QHash<qint64, qint64>>> counts;
    QSqlQuery a = sql.run(
        QStringLiteral("SELECT questionnaire, item_key, value, SUM(n) FROM agg_answers WHERE questionnaire <> 'skm'"
                       " AND %1%2 GROUP BY questionnaire, item_key, value")
            .arg(w.sql, misuse),
        w.binds);
    while (a.next())
        counts[a.value(0).toString()][a.value(1).toString()][a.value(2).toLongLong()] += a.value(3).toLongLong();

    QMap<QString, ZiResult> byId;
    static const QRegularExpression scaleKey(QStringLiteral("^(.*)@(-?\\d+)-(-?\\d+)$"));
    for (auto it = respondents.begin(); it != respondents.end(); ++it) {
        const QRegularExpressionMatch m = scaleKey.match(it.key());
        const QString id = m.hasMatch() ? m.captured(1) : it.key();
        std::optional<Questionnaire> def = definition(unit, id);
        if (!def)
            continue; // answers to a questionnaire nobody defines any more cannot be scored
        if (m.hasMatch() && (m.captured(2).toInt() != def->scale().min || m.captured(3).toInt() != def->scale().max)) {
            def = def->withScalePoints(m.captured(3).toInt() - m.captured(2).toInt() + 1);
            if (!def)
                continue;
        }
        QString error;
        const std::optional<scoring::ZiTally> t =
            scoring::ZiTally::fromCounts(*def, counts.value(it.key()), it.value(), &error);
        if (!t)
            fail(ErrorCode::Internal, QStringLiteral("the %1 aggregates do not add up (%2)").arg(it.key(), error));
        ZiResult &r = byId[id];
        r.questionnaireId = id;
        r.kind = def->kind();
        r.scales.append(ZiScaleResult{it.key(), t->report()});
        r.respondents += it.value();
        r.misuseFlagged += flagged.value(it.key());
    }
    QList<ZiResult> out;
    for (ZiResult &r : byId) {
        double weighted = 0;
        qint64 weight = 0;
        for (const ZiScaleResult &s : r.scales) {
            if (s.report.index4) {
                weighted += *s.report.index4 * double(s.report.respondents);
                weight += s.report.respondents;
            }
        }
        if (weight > 0)
            r.index4 = weighted / double(weight);
        if (r.kind == QuestionnaireKind::Spkp) {
            r.minimumWbk = minimums.ipkpWbk;
            r.minimumWbbm = minimums.ipkpWbbm;
        } else if (r.kind == QuestionnaireKind::Spak) {
            r.minimumWbk = minimums.ipakWbk;
            r.minimumWbbm = minimums.ipakWbbm;
        }
        out.append(r);
    }
    return out;
}

QJsonObject toJson(const ZiResult &r)
{
    QJsonArray scales;
    for (const ZiScaleResult &s : r.scales) {
        QJsonObject o = reportJson(s.report);
        o.insert(QStringLiteral("aggregate"), s.aggregateKey);
        scales.append(o);
    }
    const QJsonValue none(QJsonValue::Null);
    auto meets = [&](const std::optional<double> &min) {
        return min && r.index4 ? QJsonValue(*r.index4 >= *min) : none;
    };
    return QJsonObject{{QStringLiteral("questionnaire"), r.questionnaireId},
                       {QStringLiteral("kind"), kindName(r.kind)},
                       {QStringLiteral("index_name"), scoring::ziIndexName(r.kind)},
                       {QStringLiteral("respondents"), r.respondents},
                       {QStringLiteral("misuse_flagged"), r.misuseFlagged},
                       {QStringLiteral("scales"), scales},
                       {QStringLiteral("index4"), orNull(r.index4)},
                       {QStringLiteral("percent"), r.index4 ? QJsonValue(*r.index4 / 4.0 * 100.0) : none},
                       {QStringLiteral("minimum_wbk"), orNull(r.minimumWbk)},
                       {QStringLiteral("minimum_wbbm"), orNull(r.minimumWbbm)},
                       {QStringLiteral("meets_wbk"), meets(r.minimumWbk)},
                       {QStringLiteral("meets_wbbm"), meets(r.minimumWbbm)}};
}

} // namespace suara::server::reports
