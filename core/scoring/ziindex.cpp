#include "ziindex.h"

#include "recordanswers.h"

namespace suara::scoring {

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

double toFourPointScale(double value, const Scale &scale)
{
    if (scale.max <= scale.min)
        return value;
    return 1.0 + (value - scale.min) * 3.0 / (scale.max - scale.min);
}

QString ziIndexName(QuestionnaireKind kind)
{
    switch (kind) {
    case QuestionnaireKind::Spkp:
        return QStringLiteral("IPKP");
    case QuestionnaireKind::Spak:
        return QStringLiteral("IPAK");
    case QuestionnaireKind::Skm:
    case QuestionnaireKind::Custom:
        break;
    }
    return QStringLiteral("index");
}

const ZiItemResult *ZiReport::find(const QString &key) const
{
    for (const ZiItemResult &item : items) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

const ZiYesNoResult *ZiReport::findYesNo(const QString &key) const
{
    for (const ZiYesNoResult &item : yesNo) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

ZiTally::ZiTally(const Questionnaire &questionnaire)
    : m_questionnaire(questionnaire)
{
    for (const Item &item : questionnaire.items())
        m_counts.insert(item.key, QList<qint64>(item.isScored() ? questionnaire.scale().points() : 2, 0));
}

std::optional<ZiTally> ZiTally::fromCounts(const Questionnaire &questionnaire,
                                           const QHash<QString, QHash<qint64, qint64>> &counts, qint64 respondents,
                                           QString *error)
{
    auto refuse = [&](const QString &message) -> std::optional<ZiTally> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (respondents < 0)
        return refuse(QStringLiteral("respondents must not be negative"));
    ZiTally t(questionnaire);
    t.m_respondents = respondents;
    const Scale scale = questionnaire.scale();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const Item *item = questionnaire.item(it.key());
        if (!item)
            continue;
        qint64 answered = 0;
        for (auto v = it.value().begin(); v != it.value().end(); ++v) {
            const bool valid =
                item->isScored() ? v.key() >= scale.min && v.key() <= scale.max : (v.key() == 0 || v.key() == 1);
            if (!valid)
                return refuse(
                    QStringLiteral("%1: %2 is not an answer on this questionnaire's scale").arg(it.key()).arg(v.key()));
            if (v.value() < 0)
                return refuse(QStringLiteral("%1: a count is negative").arg(it.key()));
            answered += v.value();
            t.m_counts[it.key()][item->isScored() ? v.key() - scale.min : v.key()] += v.value();
        }
        if (answered > respondents)
            return refuse(QStringLiteral("%1: more answers than respondents").arg(it.key()));
    }
    return t;
}

bool ZiTally::add(const QHash<QString, int> &answers, QString *error)
{
    const Scale scale = m_questionnaire.scale();
    QList<QPair<QString, int>> chosen; // validated first, so a rejected respondent leaves no trace
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const Item *item = m_questionnaire.item(it.key());
        if (!item)
            continue;
        const int v = it.value();
        const bool valid = item->isScored() ? scale.contains(v) : (v == 0 || v == 1);
        if (!valid) {
            ++m_rejected;
            if (!item->isScored())
                return fail(error, QStringLiteral("%1: %2 is neither yes (1) nor no (0)").arg(it.key()).arg(v));
            return fail(
                error,
                QStringLiteral("%1: %2 is off the %3-%4 scale").arg(it.key()).arg(v).arg(scale.min).arg(scale.max));
        }
        chosen.append({it.key(), item->isScored() ? v - scale.min : v});
    }
    ++m_respondents;
    for (const auto &[key, index] : chosen)
        ++m_counts[key][index];
    return true;
}

ZiReport ZiTally::report() const
{
    ZiReport r;
    r.questionnaireId = m_questionnaire.id();
    r.kind = m_questionnaire.kind();
    r.scale = m_questionnaire.scale();
    r.respondents = m_respondents;
    r.rejected = m_rejected;
    double sumOfMeans = 0;
    int withAnswers = 0;
    for (const Item &item : m_questionnaire.items()) {
        const QList<qint64> counts = m_counts.value(item.key);
        if (!item.isScored()) {
            const qint64 yes = counts.value(1), no = counts.value(0);
            r.yesNo.append({item.key, yes, no, m_respondents - yes - no});
            continue;
        }
        ZiItemResult result{item.key, 0, counts, 0, std::nullopt};
        for (int i = 0; i < counts.size(); ++i) {
            result.answered += counts[i];
            result.sum += counts[i] * (r.scale.min + i);
        }
        if (result.answered > 0) {
            result.mean = static_cast<double>(result.sum) / static_cast<double>(result.answered);
            sumOfMeans += *result.mean;
            ++withAnswers;
        } else {
            r.unanswered.append(item.key);
        }
        r.items.append(result);
    }
    if (withAnswers > 0) {
        r.index = sumOfMeans / withAnswers;
        r.index4 = toFourPointScale(*r.index, r.scale);
        r.percent = *r.index4 / 4.0 * 100.0;
    }
    return r;
}

ZiReport computeZiIndex(const Questionnaire &questionnaire, const QList<QHash<QString, int>> &answers)
{
    ZiTally tally(questionnaire);
    for (const QHash<QString, int> &a : answers)
        (void)tally.add(a); // counted in the report's `rejected`
    return tally.report();
}

ZiReport computeZiIndex(const Questionnaire &questionnaire, const QList<Record> &records, bool includeMisuse)
{
    const RecordAnswers selected = answersFromRecords(records, questionnaire.id(), includeMisuse);
    ZiReport report = computeZiIndex(questionnaire, selected.answers);
    report.rejected += selected.malformed;
    report.excludedMisuse = selected.excludedMisuse;
    return report;
}

} // namespace suara::scoring
