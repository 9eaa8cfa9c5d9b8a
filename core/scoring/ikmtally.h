#pragma once

#include "skmunsur.h"

#include <QHash>
#include <QString>
#include <array>
#include <optional>

namespace suara::scoring {

// How many respondents chose 1, 2, 3 and 4 for one unsur. Raw counts are the primitive: every
// figure of the report derives from them, and they add up across devices and periods.
using OptionCounts = std::array<qint64, kSkmScalePoints>;

// Accumulates SKM answers, one respondent at a time or from counts aggregated elsewhere (SQL).
class IkmTally
{
public:
    // Far beyond any survey; keeps every sum of answers (at most 4 per respondent) within qint64.
    static constexpr qint64 kMaxRespondents = 1'000'000'000'000;

    IkmTally() = default;

    // `counts` by unsur key (keys that are not unsur are ignored, a missing key counts zero);
    // `respondents` may exceed the answers to any one unsur, since items can be left blank.
    static std::optional<IkmTally> fromCounts(const QHash<QString, OptionCounts> &counts, qint64 respondents,
                                              QString *error = nullptr);

    // One respondent's answers by unsur key. Keys that are not unsur are ignored; a missing key means
    // that unsur was left unanswered. Any value off 1..4 rejects the whole respondent (counted in
    // rejected(), never in respondents()).
    [[nodiscard]] bool add(const QHash<QString, int> &answers, QString *error = nullptr);
    [[nodiscard]] bool merge(const IkmTally &other, QString *error = nullptr);

    [[nodiscard]] qint64 respondents() const { return m_respondents; }
    [[nodiscard]] qint64 rejected() const { return m_rejected; }
    [[nodiscard]] OptionCounts counts(const QString &unsur) const;
    [[nodiscard]] OptionCounts counts(int unsurIndex) const
    {
        return unsurIndex >= 0 && unsurIndex < kSkmUnsurCount ? m_counts[unsurIndex] : OptionCounts{};
    }

private:
    qint64 m_respondents = 0;
    qint64 m_rejected = 0;
    std::array<OptionCounts, kSkmUnsurCount> m_counts{};
};

} // namespace suara::scoring
