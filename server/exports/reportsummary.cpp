#include "reportsummary.h"

#include <QJsonObject>
#include <cmath>

namespace suara::server::exports {

namespace {
const QStringList kProfileFields = {QStringLiteral("gender"), QStringLiteral("age"), QStringLiteral("education"),
                                    QStringLiteral("occupation")};

// A whole-number answer; anything else is not an answer a sealed kiosk record holds.
bool wholeAnswer(const QJsonValue &v, int *out)
{
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::trunc(d) || std::abs(d) > 1e6)
        return false;
    *out = int(d);
    return true;
}
} // namespace

ReportAccumulator::ReportAccumulator()
{
    for (const QString &f : kProfileFields)
        m_profile.append(ProfileTable{f, {}});
}

void ReportAccumulator::add(const ExportRecord &record)
{
    ++m_records;
    if (record.type != QLatin1String("response"))
        return;
    const QJsonObject q = record.json.value(QLatin1String("q")).toObject();
    const QString qid = q.value(QLatin1String("id")).toString();
    const QJsonObject data = record.json.value(QLatin1String("data")).toObject();
    const QJsonObject answers = data.value(QLatin1String("answers")).toObject();
    if (qid == QLatin1String("skm")) {
        QHash<QString, int> row;
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            int v = 0;
            if (!wholeAnswer(it.value(), &v)) {
                ++m_malformed;
                return;
            }
            row.insert(it.key(), v);
        }
        if (!m_tally.add(row))
            return; // counted in the tally's rejected()
        // The profile describes SKM respondents (domain.md §1.5), one per SKM record.
        const QJsonObject profile = data.value(QLatin1String("profile")).toObject();
        for (ProfileTable &t : m_profile) {
            const QJsonValue v = profile.value(t.field);
            t.counts[v.isDouble() ? QString::number(v.toDouble()) : v.toString()] += 1;
        }
        return;
    }
    const int scaleMax = data.value(QLatin1String("scale")).toObject().value(QLatin1String("max")).toInt(4);
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        int v = 0;
        if (!wholeAnswer(it.value(), &v))
            continue;
        ZiItem &item = m_zi[qid + QLatin1Char('/') + it.key()];
        item.questionnaire = qid;
        item.key = it.key();
        item.scaleMax = scaleMax;
        item.answered += 1;
        item.sum += v;
    }
}

ExportReport ReportAccumulator::finish(const QString &unitCode, const QString &unitName, const DateRange &range,
                                       qint64 misuseLeftOut) const
{
    ExportReport r;
    r.unitCode = unitCode;
    r.unitName = unitName;
    r.range = range;
    r.skm = scoring::computeIkm(m_tally);
    r.skm.rejected += m_malformed;
    r.skm.excludedMisuse = misuseLeftOut;
    r.profile = m_profile;
    r.zi = m_zi.values();
    r.records = m_records;
    r.misuseLeftOut = misuseLeftOut;
    return r;
}

} // namespace suara::server::exports
