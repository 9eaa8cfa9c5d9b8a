#pragma once

#include <QList>
#include <QtGlobal>

namespace suara::scoring {

// A non-negative fraction of two integers (den > 0).
struct Ratio
{
    qint64 num = 0;
    qint64 den = 1;
};

// factor × Σ terms, rounded half up to a whole number, decided exactly.
//
// Categories hinge on the second decimal: an IKM of exactly 76,605 rounds to 76,61 (B) and one
// of 76,6049… to 76,60 (C). In binary floating point 25/9 × Σ NRR can land a hair under the tie
// (even in long double: 40 respondents with NRR 2,925 everywhere give 73,125, summed as 73,1249…),
// so the result is estimated in long double and then verified with exact integer arithmetic on
// numbers as large as the product of all denominators (arbitrary precision, so it never overflows
// and never needs a fallback, whatever the answer counts per unsur).
[[nodiscard]] qint64 roundHalfUpExact(const QList<Ratio> &terms, Ratio factor);

// factor × Σ terms in long double, for display; not for deciding a category.
[[nodiscard]] long double approximateSum(const QList<Ratio> &terms, Ratio factor);

} // namespace suara::scoring
