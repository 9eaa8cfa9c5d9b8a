#include "ikm.h"

#include "exactround.h"
#include "recordanswers.h"

namespace suara::scoring {

namespace {
// IKM × 100 = 25 × 100 × weight × Σ NRR. Exact: 2500 / 9. Rounded: 2500 × 0,111 = 277,5 = 555 / 2.
Ratio hundredthsPerNrr(WeightMode mode)
{
    return mode == WeightMode::Exact ? Ratio{2500, 9} : Ratio{555, 2};
}

qint64 sumOf(const OptionCounts &c)
{
    return c[0] + 2 * c[1] + 3 * c[2] + 4 * c[3];
}

qint64 answeredOf(const OptionCounts &c)
{
    return c[0] + c[1] + c[2] + c[3];
}
} // namespace

QString weightModeName(WeightMode mode)
{
    return mode == WeightMode::Exact ? QStringLiteral("exact") : QStringLiteral("0.111");
}

std::optional<WeightMode> weightModeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("exact") || n == QLatin1String("1/9"))
        return WeightMode::Exact;
    if (n == QLatin1String("0.111") || n == QLatin1String("0,111"))
        return WeightMode::Rounded0111;
    return std::nullopt;
}

double weightValue(WeightMode mode)
{
    return mode == WeightMode::Exact ? 1.0 / 9.0 : 0.111;
}

std::optional<double> IkmReport::ikmRounded() const
{
    if (!ikmHundredths)
        return std::nullopt;
    return static_cast<double>(*ikmHundredths) / 100.0;
}

const UnsurResult *IkmReport::find(const QString &key) const
{
    for (const UnsurResult &u : unsur) {
        if (u.key == key)
            return &u;
    }
    return nullptr;
}

IkmReport computeIkm(const IkmTally &tally, WeightMode mode)
{
    IkmReport report;
    report.respondents = tally.respondents();
    report.rejected = tally.rejected();
    report.weight = mode;
    const double weight = weightValue(mode);
    for (int i = 0; i < kSkmUnsurCount; ++i) {
        UnsurResult u;
        u.key = skmUnsurKeys().at(i);
        u.counts = tally.counts(i);
        u.answered = answeredOf(u.counts);
        u.sum = sumOf(u.counts);
        if (u.answered > 0) {
            u.nrr = static_cast<double>(u.sum) / static_cast<double>(u.answered);
            u.weightedNrr = *u.nrr * weight;
            // NI = IKM / 25, so an unsur is classified on 25 × NRR like the IKM itself.
            u.scoreHundredths = roundHalfUpExact({{u.sum, u.answered}}, {2500, 1});
            u.category = categoryForIkmHundredths(*u.scoreHundredths);
        } else {
            report.missing.append(u.key);
        }
        report.unsur.append(u);
    }
    if (!report.missing.isEmpty())
        return report;

    QList<Ratio> nrrs;
    for (const UnsurResult &u : report.unsur)
        nrrs.append({u.sum, u.answered});
    report.ikm = static_cast<double>(approximateSum(nrrs, hundredthsPerNrr(mode)) / 100.0L);
    report.ikmHundredths = roundHalfUpExact(nrrs, hundredthsPerNrr(mode));
    report.category = categoryForIkmHundredths(*report.ikmHundredths);
    return report;
}

IkmReport computeIkm(const QList<Record> &records, const QString &questionnaireId, bool includeMisuse, WeightMode mode)
{
    const RecordAnswers selected = answersFromRecords(records, questionnaireId, includeMisuse);
    IkmTally tally;
    for (const QHash<QString, int> &answers : selected.answers)
        (void)tally.add(answers); // counted in tally.rejected()
    IkmReport report = computeIkm(tally, mode);
    report.rejected += selected.malformed;
    report.excludedMisuse = selected.excludedMisuse;
    return report;
}

} // namespace suara::scoring
