#include "csvwriter.h"

#include <cstring>

namespace suara::recordexport {

namespace {
constexpr size_t kFlushAt = 256 * 1024;

constexpr std::array<bool, 256> defusedFirstBytes()
{
    std::array<bool, 256> t{};
    for (const char c : {'=', '+', '-', '@', '\t', '\r'})
        t[static_cast<unsigned char>(c)] = true;
    return t;
}
// A text cell starting with one of these gets a ' in front (CSV injection, see the header).
constexpr std::array<bool, 256> kDefused = defusedFirstBytes();
} // namespace

CsvWriter::CsvWriter(QIODevice *out, char separator)
    : m_out(out)
    , m_separator(separator)
    , m_data(new char[kFlushAt + 4096])
    , m_capacity(kFlushAt + 4096)
{
    for (const char c : {separator, '"', '\n', '\r'})
        m_quoted[static_cast<unsigned char>(c)] = true;
    append("\xEF\xBB\xBF", 3);
}

char *CsvWriter::room(size_t bytes)
{
    if (m_size + bytes > m_capacity) {
        flush();
        if (bytes > m_capacity) { // a row larger than the whole buffer: grow it for that row
            m_data.reset(new char[bytes]);
            m_capacity = bytes;
        }
    }
    return m_data.get() + m_size;
}

void CsvWriter::append(const char *bytes, size_t size)
{
    std::memcpy(room(size), bytes, size);
    m_size += size;
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
    std::string row;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            row.push_back(m_separator);
        appendCell(row, cells.at(i).toUtf8(), m_separator);
    }
    append(row.data(), row.size());
    endRow();
}

// appendCell's rules for every cell of the row, written straight into the buffer.
void CsvWriter::writeRow(const CellRow &cells)
{
    // The worst case: every byte a doubled quote, each cell quoted and defused, its separator, CRLF.
    char *out = room(2 * size_t(cells.bytes()) + 4 * size_t(cells.size()) + 2);
    char *const start = out;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            *out++ = m_separator;
        const QByteArrayView cell = cells.cell(i);
        const auto n = size_t(cell.size());
        if (n == 0)
            continue;
        const char *p = cell.data();
        const bool defuse = kDefused[static_cast<unsigned char>(p[0])];
        size_t plain = 0;
        while (plain < n && !m_quoted[static_cast<unsigned char>(p[plain])])
            ++plain;
        if (plain == n) {
            if (defuse)
                *out++ = '\'';
            std::memcpy(out, p, n);
            out += n;
            continue;
        }
        *out++ = '"';
        if (defuse)
            *out++ = '\'';
        std::memcpy(out, p, plain);
        out += plain;
        for (size_t k = plain; k < n; ++k) {
            *out++ = p[k];
            if (p[k] == '"')
                *out++ = '"';
        }
        *out++ = '"';
    }
    m_size += size_t(out - start);
    endRow();
}

void CsvWriter::endRow()
{
    append("\r\n", 2);
    if (m_size >= kFlushAt)
        flush();
}

void CsvWriter::flush()
{
    if (m_size == 0 || !m_error.isEmpty()) {
        m_size = 0; // after a failed write the rest is dropped: finish() reports the failure
        return;
    }
    if (m_out->write(m_data.get(), qint64(m_size)) != qint64(m_size))
        m_error = m_out->errorString();
    m_size = 0;
}

bool CsvWriter::finish()
{
    flush();
    return m_error.isEmpty();
}

} // namespace suara::recordexport
