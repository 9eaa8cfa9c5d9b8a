#include "backoff.h"

#include <algorithm>

namespace suara::sync {

Backoff::Backoff(BackoffPolicy policy, quint32 seed)
    : m_policy(policy)
    , m_random(seed ? seed : QRandomGenerator::system()->generate())
{
    m_policy.jitter = std::clamp(m_policy.jitter, 0.0, 1.0);
    m_policy.initial = std::max(m_policy.initial, std::chrono::milliseconds(1));
    m_policy.max = std::max(m_policy.max, m_policy.initial);
}

std::chrono::milliseconds Backoff::base(int failures) const
{
    // Doubling stops at max; the shift is capped so it never overflows however long the outage.
    const int doublings = std::clamp(failures - 1, 0, 40);
    const double raw = double(m_policy.initial.count()) * double(1LL << doublings);
    return std::chrono::milliseconds(qint64(std::min(raw, double(m_policy.max.count()))));
}

std::chrono::milliseconds Backoff::next()
{
    ++m_failures;
    const double b = double(base(m_failures).count());
    const double factor = 1.0 + m_policy.jitter * (2.0 * m_random.generateDouble() - 1.0);
    return std::chrono::milliseconds(std::max<qint64>(1, qint64(b * factor)));
}

} // namespace suara::sync
