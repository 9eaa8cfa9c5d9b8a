#pragma once

#include "recordsource.h"
#include "scoring/ikm.h"
#include "scoring/ikmtally.h"

#include <QMap>

namespace suara::server::exports {

// Counts per answer of one respondent-profile field ("gender": {"L": 12, "P": 30}).
struct ProfileTable
{
    QString field;
    QMap<QString, qint64> counts; // "" = not given
};

// One SPKP/SPAK item: how many answered and the mean on the scale asked.
struct ZiItem
{
    QString questionnaire;
    QString key;
    qint64 answered = 0;
    qint64 sum = 0;
    int scaleMax = 4;
    [[nodiscard]] double mean() const { return answered > 0 ? double(sum) / double(answered) : 0.0; }
};

// The report tables an XLSX or PDF export carries. The SKM figures come from core's one IKM
// implementation (scoring::computeIkm over the tally of the same records the CSV lists).
struct ExportReport
{
    QString unitCode;
    QString unitName;
    DateRange range;
    scoring::IkmReport skm;
    QList<ProfileTable> profile;
    QList<ZiItem> zi;
    qint64 records = 0;       // records in the export (every type)
    qint64 misuseLeftOut = 0; // flagged records not in it
};

// Builds an ExportReport while the records stream past, in constant memory.
class ReportAccumulator
{
public:
    ReportAccumulator();
    void add(const ExportRecord &record);
    [[nodiscard]] ExportReport finish(const QString &unitCode, const QString &unitName, const DateRange &range,
                                      qint64 misuseLeftOut) const;

private:
    scoring::IkmTally m_tally;
    QList<ProfileTable> m_profile;
    QMap<QString, ZiItem> m_zi; // "spkp/waktu" -> item
    qint64 m_records = 0;
    qint64 m_malformed = 0;
};

} // namespace suara::server::exports
