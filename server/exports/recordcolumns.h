#pragma once

#include "recordsource.h"

#include <QHash>
#include <QStringList>

namespace suara::server::exports {

// The raw-record table shared by the CSV and the XLSX "Data" sheets: one row per record, one column per
// item key. The nine SKM unsur come first under their bare keys (so suara-ikm reads the file as is);
// items of the other built-in questionnaires follow as "<questionnaire>/<item>" (SPKP and SKM share
// keys such as "waktu"). Answers to anything else and the rest of a record's data land in the
// other_answers and other_data columns as JSON: nothing in a record is left out.
class RecordColumns
{
public:
    enum class Kind { Text, Number };

    RecordColumns();

    [[nodiscard]] const QStringList &header() const { return m_header; }
    [[nodiscard]] Kind kind(int column) const { return m_kinds.at(column); }
    // The record's cells, one per header column ("" when it has none).
    [[nodiscard]] QStringList cells(const ExportRecord &record) const;

private:
    QStringList m_header;
    QList<Kind> m_kinds;
    QHash<QString, int> m_answerColumn; // "skm/waktu" or "spkp/waktu" -> column
    int m_firstAnswer = 0;
};

} // namespace suara::server::exports
