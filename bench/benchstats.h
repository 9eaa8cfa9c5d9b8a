#pragma once

#include <QFile>
#include <QList>
#include <algorithm>

namespace suara::bench {

// The q-quantile (0..1) of samples, nearest rank; samples are copied, the caller's order is kept.
inline double quantile(QList<double> samples, double q)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(q * double(samples.size() - 1) + 0.5);
    return samples.at(qBound<qsizetype>(0, rank, samples.size() - 1));
}

// This process's resident set in KiB (Linux /proc), or -1 when it cannot be read.
inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace suara::bench
