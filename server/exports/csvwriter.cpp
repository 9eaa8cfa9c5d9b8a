#include "csvwriter.h"

namespace suara::server::exports {

namespace {
constexpr qsizetype kFlushAt = 256 * 1024;
} // namespace

CsvWriter::CsvWriter(QIODevice *out, char separator)
    : m_out(out)
    , m_separator(separator)
{
    m_buffer.reserve(kFlushAt + 4096);
    m_buffer += "\xEF\xBB\xBF";
}

QByteArray CsvWriter::encodeCell(const QString &cell, char separator)
{
    QByteArray bytes = cell.toUtf8();
    if (!bytes.isEmpty()) {
        const char first = bytes.at(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
            bytes.prepend('\'');
    }
    bool quote = false;
    for (const char c : std::as_const(bytes)) {
        if (c == separator || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

void CsvWriter::writeRow(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer += m_separator;
        m_buffer += encodeCell(cells.at(i), m_separator);
    }
    m_buffer += "\r\n";
    if (m_buffer.size() >= kFlushAt)
        flush();
}

void CsvWriter::flush()
{
    if (m_buffer.isEmpty() || !m_error.isEmpty())
        return;
    if (m_out->write(m_buffer) != m_buffer.size())
        m_error = m_out->errorString();
    m_buffer.clear();
}

bool CsvWriter::finish()
{
    flush();
    return m_error.isEmpty();
}

} // namespace suara::server::exports
