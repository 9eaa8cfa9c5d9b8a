#include "samplesize.h"

#include <cmath>

namespace suara::scoring {

namespace {
constexpr long double kChiSquare = 3.841L;
constexpr long double kP = 0.5L;
constexpr long double kD = 0.05L;
} // namespace

double krejcieMorganExact(qint64 population)
{
    if (population <= 0)
        return 0;
    const long double n = static_cast<long double>(population);
    const long double pq = kP * (1 - kP);
    return static_cast<double>(kChiSquare * n * pq / (kD * kD * (n - 1) + kChiSquare * pq));
}

qint64 krejcieMorganMinimum(qint64 population)
{
    if (population <= 0)
        return 0;
    // The small tolerance keeps a result that is a whole number up to float noise from rising by one.
    const qint64 s = static_cast<qint64>(std::ceil(krejcieMorganExact(population) - 1e-9));
    return std::min(s, population);
}

} // namespace suara::scoring
