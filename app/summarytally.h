#pragma once

#include "domain/record.h"
#include "scoring/ikm.h"
#include "scoring/ikmtally.h"
#include "store/storeerror.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>

namespace suara {

// The admin summary's numbers for one quarter, as a value that grows one record at a time. Folding a
// visit's records costs the same at the first visit of the quarter and at the hundred-thousandth, so
// the kiosk never re-reads the quarter after a visit. The IKM is `scoring::computeIkm` over an
// `IkmTally` fed by `scoring::answersFromRecords`, the same rules the server and `suara-ikm` use.
class SummaryTally
{
public:
    SummaryTally() = default;
    // The quarter that holds `localNow`, in `localNow`'s UTC offset (which also decides "today").
    explicit SummaryTally(const QDateTime &localNow);

    // The first moment of the quarter that holds `localNow`, at `localNow`'s offset.
    [[nodiscard]] static QDateTime quarterStart(const QDateTime &localNow);
    // Whether `localNow` still falls in this tally's quarter and offset; if not, it must be rebuilt.
    [[nodiscard]] bool covers(const QDateTime &localNow) const;

    // One sealed record. Records captured before the quarter only move `lastSeq`.
    void fold(const Record &record);

    [[nodiscard]] QDateTime start() const { return m_start; }
    [[nodiscard]] qint64 lastSeq() const { return m_lastSeq; }
    void setLastSeq(qint64 seq) { m_lastSeq = qMax(m_lastSeq, seq); }

    // Visits are counted by their one gratification statement, whatever forms they filled.
    [[nodiscard]] int visits() const { return m_visits; }
    [[nodiscard]] int visitsSince(const QDate &day) const;
    [[nodiscard]] int flaggedVisits() const { return m_flagged; }
    [[nodiscard]] int gratificationReports() const { return m_reports; }
    // The quarter's SKM IKM; misuse-flagged responses are left out and counted in excludedMisuse.
    [[nodiscard]] scoring::IkmReport ikm() const;

private:
    QDateTime m_start;
    int m_offsetSeconds = 0;
    qint64 m_lastSeq = 0;
    int m_visits = 0;
    int m_flagged = 0;
    int m_reports = 0;
    // Visits per day of the quarter (at most ~92 keys), so "today" needs no re-read at midnight.
    QMap<QDate, int> m_visitsByDay;
    scoring::IkmTally m_skm;
    qint64 m_malformed = 0;
    qint64 m_excludedMisuse = 0;
};

// A whole quarter read from the store at `path` on its own read-only connection, for a worker thread:
// `snapshotSeq` is the last record that existed when the read began, so records committed meanwhile
// can be folded in afterwards exactly once.
struct SummaryRead
{
    StoreError error;
    SummaryTally tally;
    qint64 snapshotSeq = 0;
};
[[nodiscard]] SummaryRead readSummary(const QString &storePath, const QDateTime &localNow);

} // namespace suara
