#pragma once

#include <QRandomGenerator>
#include <chrono>

namespace suara::sync {

// Exponential backoff with jitter (protocol §8.3). After the n-th consecutive failure the engine waits
// a uniformly random time in [base·(1−jitter), base·(1+jitter)], base = min(initial·2^(n−1), max).
// Jitter keeps a fleet of kiosks that lost the network together from coming back in lockstep.
struct BackoffPolicy
{
    std::chrono::milliseconds initial{5000};
    std::chrono::milliseconds max{15 * 60 * 1000};
    double jitter = 0.5; // ±50 %
};

class Backoff
{
public:
    explicit Backoff(BackoffPolicy policy = {}, quint32 seed = 0);

    // Counts a failure and returns how long to wait before the next attempt.
    [[nodiscard]] std::chrono::milliseconds next();
    // The un-jittered base delay for the given failure count (1 = first failure).
    [[nodiscard]] std::chrono::milliseconds base(int failures) const;
    void reset() { m_failures = 0; }
    [[nodiscard]] int failures() const { return m_failures; }
    [[nodiscard]] const BackoffPolicy &policy() const { return m_policy; }

private:
    BackoffPolicy m_policy;
    QRandomGenerator m_random;
    int m_failures = 0;
};

} // namespace suara::sync
