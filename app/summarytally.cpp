#include "summarytally.h"

#include "domain/visitdata.h"
#include "scoring/recordanswers.h"
#include "store/localstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace suara {

namespace {
const QString kSkm = QStringLiteral("skm");
// Records read per page by readSummary: the worker's memory stays flat whatever the quarter holds.
constexpr int kPage = 2000;
} // namespace

SummaryTally::SummaryTally(const QDateTime &localNow)
    : m_start(quarterStart(localNow))
    , m_offsetSeconds(localNow.offsetFromUtc())
{
}

QDateTime SummaryTally::quarterStart(const QDateTime &localNow)
{
    const QDate today = localNow.date();
    const int firstMonth = ((today.month() - 1) / 3) * 3 + 1;
    return QDateTime(QDate(today.year(), firstMonth, 1), QTime(0, 0), Qt::OffsetFromUTC, localNow.offsetFromUtc());
}

bool SummaryTally::covers(const QDateTime &localNow) const
{
    return m_start.isValid() && localNow.offsetFromUtc() == m_offsetSeconds && quarterStart(localNow) == m_start;
}

void SummaryTally::fold(const Record &record)
{
    m_lastSeq = qMax(m_lastSeq, record.seq);
    if (record.type == RecordType::GratificationReport)
        return;
    const QJsonObject body = record.json();
    const QDateTime captured = QDateTime::fromString(body.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    if (!captured.isValid() || captured < m_start)
        return;
    if (record.type == RecordType::Response) {
        const scoring::RecordAnswers selected = scoring::answersFromRecords({record}, kSkm);
        for (const QHash<QString, int> &answers : selected.answers)
            (void)m_skm.add(answers); // an answer off the scale is counted in m_skm.rejected()
        m_malformed += selected.malformed;
        m_excludedMisuse += selected.excludedMisuse;
        return;
    }
    const std::optional<StatementData> statement =
        StatementData::fromJson(body.value(QLatin1String("data")).toObject());
    ++m_visits;
    ++m_visitsByDay[captured.toOffsetFromUtc(m_offsetSeconds).date()];
    if (statement && statement->reported())
        ++m_reports;
    if (body.value(QLatin1String("flags")).toArray().contains(flags::kSuspectedMisuse))
        ++m_flagged;
}

int SummaryTally::visitsSince(const QDate &day) const
{
    int n = 0;
    for (auto it = m_visitsByDay.lowerBound(day); it != m_visitsByDay.end(); ++it)
        n += it.value();
    return n;
}

scoring::IkmReport SummaryTally::ikm() const
{
    scoring::IkmReport report = scoring::computeIkm(m_skm);
    report.rejected += m_malformed;
    report.excludedMisuse = m_excludedMisuse;
    return report;
}

SummaryRead readSummary(const QString &storePath, const QDateTime &localNow)
{
    SummaryRead out;
    out.tally = SummaryTally(localNow);
    LocalStore store(storePath);
    if (out.error = store.open(LocalStore::Access::ReadOnly); !out.error.ok())
        return out;
    // The last record first: every record up to it is committed and immutable, so the pages below see
    // all of them; later ones are the caller's to fold.
    const StoreResult<qint64> last = store.lastSeq();
    if (!last.ok()) {
        out.error = last.error();
        return out;
    }
    out.snapshotSeq = *last;
    qint64 after = 0;
    for (;;) {
        const StoreResult<QList<Record>> page = store.recordsCapturedSince(out.tally.start(), after, kPage);
        if (!page.ok()) {
            out.error = page.error();
            return out;
        }
        for (const Record &r : *page) {
            if (r.seq <= out.snapshotSeq)
                out.tally.fold(r);
        }
        if (page->size() < kPage || page->last().seq >= out.snapshotSeq)
            break;
        after = page->last().seq;
    }
    out.tally.setLastSeq(out.snapshotSeq);
    return out;
}

} // namespace suara
