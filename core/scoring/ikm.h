#pragma once

#include "category.h"
#include "domain/record.h"
#include "ikmtally.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace suara::scoring {

// Exact is PermenPAN-RB 14/2017 as written (1/9 per unsur, all-4 answers give 100,00).
// Rounded0111 reproduces spreadsheets that type the weight as 0,111 (all-4 gives 99,90), so an
// office can reconcile its own figures; it is never the official value.
enum class WeightMode { Exact, Rounded0111 };

[[nodiscard]] QString weightModeName(WeightMode mode); // "exact" or "0.111"
[[nodiscard]] std::optional<WeightMode> weightModeFromName(const QString &name);
[[nodiscard]] double weightValue(WeightMode mode); // 1/9 or 0.111

struct UnsurResult
{
    QString key;
    qint64 answered = 0; // n: respondents who answered this unsur
    OptionCounts counts{}; // respondents per answer 1..4
    qint64 sum = 0; // Σ answers
    std::optional<double> nrr; // sum / n; none when nobody answered
    std::optional<double> weightedNrr; // nrr × weight
    // 25 × NRR rounded half-up to two decimals, in hundredths, classified like the IKM (NI = IKM / 25).
    std::optional<qint64> scoreHundredths;
    std::optional<Category> category;
};

struct IkmReport
{
    qint64 respondents = 0;
    WeightMode weight = WeightMode::Exact;
    QList<UnsurResult> unsur; // always all nine, in skmUnsurKeys() order
    // Unsur nobody answered. The IKM is then undefined: averaging fewer than nine unsur would
    // publish a number the regulation does not define.
    QStringList missing;
    std::optional<double> ikm; // 25 × Σ (NRR × weight), unrounded
    std::optional<qint64> ikmHundredths; // the IKM rounded half-up to two decimals, × 100
    std::optional<Category> category; // decided on ikmHundredths
    qint64 rejected = 0; // respondents refused for answers that are not whole numbers 1..4
    qint64 excludedMisuse = 0; // misuse-flagged records left out (the Record overload only)

    [[nodiscard]] bool hasIkm() const { return ikmHundredths.has_value(); }
    [[nodiscard]] std::optional<double> ikmRounded() const;
    [[nodiscard]] const UnsurResult *find(const QString &key) const;
};

[[nodiscard]] IkmReport computeIkm(const IkmTally &tally, WeightMode mode = WeightMode::Exact);

// The SKM responses among `records` that answer questionnaire `questionnaireId` (usually "skm").
// Records flagged as suspected misuse are left out unless `includeMisuse`.
[[nodiscard]] IkmReport computeIkm(const QList<Record> &records, const QString &questionnaireId,
                                   bool includeMisuse = false, WeightMode mode = WeightMode::Exact);

} // namespace suara::scoring
