#pragma once

#include "cellrow.h"
#include "exportrecord.h"

#include <QHash>
#include <QStringList>

namespace suara::recordexport {

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
    // The record's cells into `row`, one per header column (empty when it has none): read in place
    // from a canonical body, else through referenceCells.
    void fill(const ExportRecord &record, CellRow &row) const;
    // The same cells from the parsed body `json` with QJsonDocument's types: the definition of what each
    // column holds, which the byte path must match (tst_exportscanner compares them).
    [[nodiscard]] QStringList referenceCells(const ExportRecord &record, const QJsonObject &json) const;

private:
    // The columns of one questionnaire's items, by item key in byte order.
    struct AnswerColumns
    {
        QByteArray questionnaire;
        QList<QPair<QByteArray, int>> keys;
    };
    void fillCanonical(const ExportRecord &record, CellRow &row) const;
    [[nodiscard]] const AnswerColumns *answerColumns(QByteArrayView questionnaire) const;

    QStringList m_header;
    QList<Kind> m_kinds;
    QHash<QString, int> m_answerColumn; // "skm/waktu" or "spkp/waktu" -> column
    QList<AnswerColumns> m_byQuestionnaire; // the same, for the byte path
};

} // namespace suara::recordexport
