#pragma once

#include "cellrow.h"
#include "exportrecord.h"
#include "recordcolumns.h"

#include <QString>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace suara::recordexport {

// Excel's last row is 1,048,576; one is the header.
inline constexpr qint64 kXlsxDataRowsPerSheet = 1'048'575;

// A libxlsxwriter workbook in constant-memory mode (each row goes to disk as it is written, so memory
// does not grow with the records). Every write is checked; the first error throws WriteFailure.
class XlsxBook
{
public:
    // `tmpDir`: libxlsxwriter's own temporary files (empty: the system's).
    XlsxBook(const QString &path, const QString &tmpDir);
    ~XlsxBook();
    XlsxBook(const XlsxBook &) = delete;
    XlsxBook &operator=(const XlsxBook &) = delete;

    lxw_worksheet *sheet(const QString &name);
    void text(lxw_worksheet *s, qint64 row, int col, const QString &value, bool bold = false);
    void utf8(lxw_worksheet *s, qint64 row, int col, QByteArrayView bytes, bool bold = false);
    void number(lxw_worksheet *s, qint64 row, int col, double value, bool decimals = false);
    // Writes the file; only then is it complete.
    void close();

private:
    void check(int error, qint64 row, int col);

    QByteArray m_path;
    QByteArray m_scratch;
    lxw_workbook *m_book = nullptr;
    lxw_format *m_decimals = nullptr;
    lxw_format *m_bold = nullptr;
};

// The raw records as data sheets of `book` ("Data", "Data 2", … past `rowsPerSheet` rows), with the
// columns of the CSV (RecordColumns); numbers are numbers. The first sheet is added at construction,
// so every sheet before it must be complete (constant-memory mode writes rows in order).
class XlsxDataSheets
{
public:
    explicit XlsxDataSheets(XlsxBook &book, qint64 rowsPerSheet = kXlsxDataRowsPerSheet);
    void add(const ExportRecord &record);
    [[nodiscard]] qint64 written() const { return m_written; }

private:
    void nextSheet();

    XlsxBook &m_book;
    qint64 m_rowsPerSheet;
    RecordColumns m_columns;
    CellRow m_cells;
    lxw_worksheet *m_sheet = nullptr;
    int m_sheets = 0;
    qint64 m_row = 0;
    qint64 m_written = 0;
};

} // namespace suara::recordexport
