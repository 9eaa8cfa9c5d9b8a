#include "misuseguard.h"

namespace suara {

QStringList MisuseGuard::assess(const QDateTime &now, qint64 durationMs, int questions) const
{
    QStringList reasons;
    int inWindow = 1; // this submission
    for (const QDateTime &t : m_recent) {
        if (t.msecsTo(now) <= qint64(m_policy.burstWindowSeconds) * 1000)
            ++inWindow;
    }
    if (m_policy.burstCount > 0 && inWindow >= m_policy.burstCount)
        reasons << QStringLiteral("burst");
    if (questions > 0 && durationMs < qint64(questions) * m_policy.minSecondsPerQuestion * 1000)
        reasons << QStringLiteral("too_fast");
    return reasons;
}

void MisuseGuard::recordSubmission(const QDateTime &now)
{
    m_recent.append(now);
    const qint64 keepMs = qint64(m_policy.burstWindowSeconds) * 1000;
    while (!m_recent.isEmpty() && m_recent.first().msecsTo(now) > keepMs)
        m_recent.removeFirst();
}

int MisuseGuard::cooldownRemainingMs(const QDateTime &now) const
{
    if (m_recent.isEmpty())
        return 0;
    const qint64 left = qint64(m_policy.cooldownSeconds) * 1000 - m_recent.last().msecsTo(now);
    return left > 0 ? int(left) : 0;
}

} // namespace suara
