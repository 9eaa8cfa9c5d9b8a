#include "recordcsv.h"

namespace suara::recordexport {

RecordCsv::RecordCsv(QIODevice *out, char separator)
    : m_csv(out, separator)
{
    m_csv.writeRow(m_columns.header());
}

void RecordCsv::add(const ExportRecord &record)
{
    m_columns.fill(record, m_row);
    m_csv.writeRow(m_row);
    ++m_written;
}

} // namespace suara::recordexport
