#pragma once

#include "cellrow.h"
#include "csvwriter.h"
#include "exportrecord.h"
#include "recordcolumns.h"

namespace suara::recordexport {

// The raw-record CSV (docs/api.md "Exports"), the same on the server and on the device: the header
// row at construction, then one row per record added. Write errors surface in finish().
class RecordCsv
{
public:
    RecordCsv(QIODevice *out, char separator);
    void add(const ExportRecord &record);
    // Flushes; false (with errorString()) if any write failed.
    [[nodiscard]] bool finish() { return m_csv.finish(); }
    [[nodiscard]] QString errorString() const { return m_csv.errorString(); }
    [[nodiscard]] qint64 written() const { return m_written; }

private:
    RecordColumns m_columns;
    CsvWriter m_csv;
    CellRow m_row;
    qint64 m_written = 0;
};

} // namespace suara::recordexport
