#pragma once

#include "cellrow.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

#include <array>
#include <memory>
#include <string>

namespace suara::recordexport {

// RFC 4180 CSV for spreadsheets: UTF-8 with a BOM (so Excel does not guess a code page), CRLF rows,
// a cell quoted when it holds the separator, a quote or a line break. A text cell that starts with
// = + - @ (or a tab or CR) is prefixed with ' so a spreadsheet shows it instead of running it as a
// formula (CSV injection). Buffered; write errors are remembered and reported by finish().
class CsvWriter
{
public:
    CsvWriter(QIODevice *out, char separator);

    void writeRow(const QStringList &cells);
    void writeRow(const CellRow &cells);
    // Flushes; false (with errorString()) if any write failed.
    [[nodiscard]] bool finish();
    [[nodiscard]] QString errorString() const { return m_error; }

    // One cell as it goes into the file (exposed for the tests of the quoting rules).
    [[nodiscard]] static QByteArray encodeCell(const QString &cell, char separator);
    // The same, appended to `out` from UTF-8 bytes.
    static void appendCell(std::string &out, QByteArrayView cell, char separator);

private:
    // Room for `bytes` more at the end of the buffer (flushing first when it is nearly full).
    char *room(size_t bytes);
    void append(const char *bytes, size_t size);
    void endRow();
    void flush();

    QIODevice *m_out;
    char m_separator;
    // The bytes that make a cell quoted: the separator, '"', LF and CR (one load per byte, not four tests).
    std::array<bool, 256> m_quoted{};
    // A plain buffer written through a pointer: a row's worst case is reserved once and its cells are
    // copied in without a capacity check per byte (std::string's push_back has one).
    std::unique_ptr<char[]> m_data;
    size_t m_size = 0;
    size_t m_capacity = 0;
    QString m_error;
};

} // namespace suara::recordexport
