#pragma once

#include <QtGlobal>

namespace suara::scoring {

// The Krejcie & Morgan (1970) minimum sample for a population of `population` service users:
// S = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P)) with χ² = 3,841, P = 0,5, d = 0,05 (domain.md §1.7),
// rounded UP to a whole respondent (docs/adr/0012-reports-krejcie-morgan-ceiling.md): a minimum
// reached by rounding down would be below the sample the formula asks for. 0 for N ≤ 0.
[[nodiscard]] qint64 krejcieMorganMinimum(qint64 population);

// S before rounding, for display.
[[nodiscard]] double krejcieMorganExact(qint64 population);

} // namespace suara::scoring
