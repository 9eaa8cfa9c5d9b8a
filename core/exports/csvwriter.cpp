#include "csvwriter.h"

namespace suara::recordexport {

namespace {
constexpr size_t kFlushAt = 256 * 1024;
} // namespace

CsvWriter::CsvWriter(QIODevice *out, char separator)
    : m_out(out)
    , m_separator(separator)
{
    m_buffer.reserve(kFlushAt + 4096);
    m_buffer += "\xEF\xBB\xBF";
}

void CsvWriter::appendCell(std::string &out, QByteArrayView cell, char separator)
{
    bool defuse = false;
    if (!cell.isEmpty()) {
        const char first = cell.front();
        defuse = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
    bool quote = false;
    for (const char c : cell) {
        if (c == separator || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (quote)
        out.push_back('"');
    if (defuse)
        out.push_back('\'');
    if (!quote) {
        out.append(cell.data(), size_t(cell.size()));
        return;
    }
    for (const char c : cell) {
        out.push_back(c);
        if (c == '"')
            out.push_back('"');
    }
    out.push_back('"');
}

QByteArray CsvWriter::encodeCell(const QString &cell, char separator)
{
    std::string out;
    appendCell(out, cell.toUtf8(), separator);
    return QByteArray(out.data(), qsizetype(out.size()));
}

void CsvWriter::writeRow(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer.push_back(m_separator);
        appendCell(m_buffer, cells.at(i).toUtf8(), m_separator);
    }
    endRow();
}

void CsvWriter::writeRow(const CellRow &cells)
{
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer.push_back(m_separator);
        appendCell(m_buffer, cells.cell(i), m_separator);
    }
    endRow();
}

void CsvWriter::endRow()
{
    m_buffer += "\r\n";
    if (m_buffer.size() >= kFlushAt)
        flush();
}

void CsvWriter::flush()
{
    if (m_buffer.empty() || !m_error.isEmpty())
        return;
    if (m_out->write(m_buffer.data(), qint64(m_buffer.size())) != qint64(m_buffer.size()))
        m_error = m_out->errorString();
    m_buffer.clear();
}

bool CsvWriter::finish()
{
    flush();
    return m_error.isEmpty();
}

} // namespace suara::recordexport
