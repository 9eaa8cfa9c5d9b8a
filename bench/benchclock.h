#pragma once

#include <QElapsedTimer>
#include <QList>
#include <algorithm>
#include <functional>

namespace suara::bench {

// Median wall time of `runs` repetitions, in milliseconds. Benchmarks report ratios of two such
// medians measured in the same process, because the machines are shared and absolute times drift.
inline double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace suara::bench
