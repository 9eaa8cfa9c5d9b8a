#include "ikmtally.h"

namespace suara::scoring {

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

qint64 answered(const OptionCounts &c)
{
    return c[0] + c[1] + c[2] + c[3];
}
} // namespace

std::optional<IkmTally> IkmTally::fromCounts(const QHash<QString, OptionCounts> &counts, qint64 respondents,
                                             QString *error)
{
    if (respondents < 0 || respondents > kMaxRespondents)
        return fail(error, QStringLiteral("respondents must be from 0 to %1").arg(kMaxRespondents)), std::nullopt;
    IkmTally t;
    t.m_respondents = respondents;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const int u = skmUnsurIndex(it.key());
        if (u < 0)
            continue;
        for (qint64 c : it.value()) {
            if (c < 0 || c > kMaxRespondents)
                return fail(error, QStringLiteral("%1: a count is out of range").arg(it.key())), std::nullopt;
        }
        if (answered(it.value()) > respondents)
            return fail(error, QStringLiteral("%1: more answers than respondents").arg(it.key())), std::nullopt;
        t.m_counts[u] = it.value();
    }
    return t;
}

bool IkmTally::add(const QHash<QString, int> &answers, QString *error)
{
    if (m_respondents >= kMaxRespondents)
        return fail(error, QStringLiteral("too many respondents"));
    std::array<int, kSkmUnsurCount> chosen{};
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const int u = skmUnsurIndex(it.key());
        if (u < 0)
            continue;
        if (it.value() < 1 || it.value() > kSkmScalePoints) {
            ++m_rejected;
            return fail(error, QStringLiteral("%1: %2 is not an answer from 1 to 4").arg(it.key()).arg(it.value()));
        }
        chosen[u] = it.value();
    }
    ++m_respondents;
    for (int u = 0; u < kSkmUnsurCount; ++u) {
        if (chosen[u] > 0)
            ++m_counts[u][chosen[u] - 1];
    }
    return true;
}

bool IkmTally::merge(const IkmTally &other, QString *error)
{
    if (m_respondents + other.m_respondents > kMaxRespondents)
        return fail(error, QStringLiteral("too many respondents"));
    m_respondents += other.m_respondents;
    m_rejected += other.m_rejected;
    for (int u = 0; u < kSkmUnsurCount; ++u) {
        for (int o = 0; o < kSkmScalePoints; ++o)
            m_counts[u][o] += other.m_counts[u][o];
    }
    return true;
}

OptionCounts IkmTally::counts(const QString &unsur) const
{
    const int u = skmUnsurIndex(unsur);
    return u < 0 ? OptionCounts{} : m_counts[u];
}

} // namespace suara::scoring
