#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace suara::scoring {

// A CSV file as a spreadsheet shows it: rows[i] is row i + 1 (the header is row 1), a blank line
// is a row with one empty cell, and a quoted cell may span lines without starting a new row.
struct CsvTable
{
    QChar separator;
    QList<QStringList> rows;
};

struct CsvParseError
{
    int row = 0; // 1-based, as a spreadsheet numbers it
    int column = 0; // 1-based
    QString message;
    QStringList firstRow; // the header, so the caller can name the column (empty if the error is in it)
};

// RFC 4180: "" inside a quoted cell is one quote; CRLF, LF or CR end a row; a leading U+FEFF
// (the BOM Excel writes) is dropped. The separator is ';' or ',', whichever the header line has
// more of outside quotes (Excel in an Indonesian locale writes ';'). Lenient where a spreadsheet
// is: a stray quote inside an unquoted cell is kept as text. Only an unclosed quote fails.
[[nodiscard]] std::optional<CsvTable> parseCsv(const QString &text, CsvParseError *error = nullptr);

// ';' or ',' for the first line of `text`; ',' when it has neither.
[[nodiscard]] QChar detectCsvSeparator(const QString &text);

} // namespace suara::scoring
