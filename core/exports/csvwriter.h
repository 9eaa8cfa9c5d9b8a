#pragma once

#include "cellrow.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

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
    void endRow();
    void flush();

    QIODevice *m_out;
    char m_separator;
    std::string m_buffer;
    QString m_error;
};

} // namespace suara::recordexport
