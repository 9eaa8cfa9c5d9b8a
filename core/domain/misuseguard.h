#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace suara {

// Anti-spam that needs no identity: a cooldown after each submission, and a burst detector that flags
// (never drops) records when submissions come faster than people can really be served.
class MisuseGuard
{
public:
    struct Policy
    {
        int cooldownSeconds = 8; // the start button stays disabled this long after a submission
        int burstCount = 4; // this many submissions ...
        int burstWindowSeconds = 120; // ... within this window flags the latest as a burst
        int minSecondsPerQuestion = 1; // a whole survey answered faster than this per question is flagged
    };

    MisuseGuard() = default;
    explicit MisuseGuard(Policy policy)
        : m_policy(policy)
    {
    }

    void setPolicy(const Policy &policy) { m_policy = policy; }
    [[nodiscard]] Policy policy() const { return m_policy; }

    // Reasons to flag a submission finishing at `now` that took `duration` for `questions` questions.
    [[nodiscard]] QStringList assess(const QDateTime &now, qint64 durationMs, int questions) const;
    void recordSubmission(const QDateTime &now);
    [[nodiscard]] int cooldownRemainingMs(const QDateTime &now) const;

private:
    Policy m_policy;
    QList<QDateTime> m_recent;
};

} // namespace suara
