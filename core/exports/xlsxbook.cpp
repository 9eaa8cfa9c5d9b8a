#include "xlsxbook.h"

#include <xlsxwriter.h>

namespace suara::recordexport {

namespace {
// A number cell as QString::toDouble reads it, with the whole numbers of a canonical body (answers,
// versions, seq) read straight from their digits.
double number(QByteArrayView cell, bool *ok)
{
    qint64 v = 0;
    const bool negative = cell.front() == '-';
    qsizetype i = negative ? 1 : 0;
    if (cell.size() - i > 0 && cell.size() - i <= 15) {
        for (; i < cell.size() && cell.at(i) >= '0' && cell.at(i) <= '9'; ++i)
            v = v * 10 + (cell.at(i) - '0');
        if (i == cell.size()) {
            *ok = true;
            return double(negative ? -v : v);
        }
    }
    return QString::fromUtf8(cell).toDouble(ok);
}
} // namespace

XlsxBook::XlsxBook(const QString &path, const QString &tmpDir)
{
    const QByteArray tmp = tmpDir.toLocal8Bit();
    m_path = path.toLocal8Bit();
    lxw_workbook_options o{};
    o.constant_memory = LXW_TRUE;
    o.tmpdir = tmp.isEmpty() ? nullptr : const_cast<char *>(tmp.constData());
    o.use_zip64 = LXW_TRUE; // a million records pass 4 GB uncompressed
    m_book = workbook_new_opt(m_path.constData(), &o);
    if (!m_book)
        throw WriteFailure{QStringLiteral("cannot create the workbook")};
    m_decimals = workbook_add_format(m_book);
    format_set_num_format(m_decimals, "0.00");
    m_bold = workbook_add_format(m_book);
    format_set_bold(m_bold);
}

XlsxBook::~XlsxBook()
{
    if (m_book)
        workbook_close(m_book); // only after a failure: the partial file is removed by the caller
}

lxw_worksheet *XlsxBook::sheet(const QString &name)
{
    lxw_worksheet *s = workbook_add_worksheet(m_book, name.toUtf8().constData());
    if (!s)
        throw WriteFailure{QStringLiteral("cannot add sheet %1").arg(name)};
    return s;
}

void XlsxBook::text(lxw_worksheet *s, qint64 row, int col, const QString &value, bool bold)
{
    utf8(s, row, col, value.toUtf8(), bold);
}

void XlsxBook::utf8(lxw_worksheet *s, qint64 row, int col, QByteArrayView bytes, bool bold)
{
    // libxlsxwriter wants a terminated string; the scratch buffer keeps its capacity.
    m_scratch.resize(0);
    m_scratch.append(bytes);
    check(worksheet_write_string(s, lxw_row_t(row), lxw_col_t(col), m_scratch.constData(), bold ? m_bold : nullptr),
          row, col);
}

void XlsxBook::number(lxw_worksheet *s, qint64 row, int col, double value, bool decimals)
{
    check(worksheet_write_number(s, lxw_row_t(row), lxw_col_t(col), value, decimals ? m_decimals : nullptr), row, col);
}

void XlsxBook::close()
{
    const lxw_error e = workbook_close(m_book);
    m_book = nullptr;
    if (e != LXW_NO_ERROR)
        throw WriteFailure{QString::fromUtf8(lxw_strerror(e))};
}

void XlsxBook::check(int error, qint64 row, int col)
{
    if (error != LXW_NO_ERROR)
        throw WriteFailure{QStringLiteral("row %1, column %2: %3")
                               .arg(row + 1)
                               .arg(col + 1)
                               .arg(QString::fromUtf8(lxw_strerror(lxw_error(error))))};
}

XlsxDataSheets::XlsxDataSheets(XlsxBook &book, qint64 rowsPerSheet)
    : m_book(book)
    , m_rowsPerSheet(rowsPerSheet)
{
    nextSheet();
}

void XlsxDataSheets::nextSheet()
{
    ++m_sheets;
    m_sheet = m_book.sheet(m_sheets == 1 ? QStringLiteral("Data") : QStringLiteral("Data %1").arg(m_sheets));
    const QStringList &header = m_columns.header();
    for (int c = 0; c < header.size(); ++c)
        m_book.text(m_sheet, 0, c, header.at(c), true);
    m_row = 1;
}

void XlsxDataSheets::add(const ExportRecord &record)
{
    if (m_row > m_rowsPerSheet)
        nextSheet();
    m_columns.fill(record, m_cells);
    for (int c = 0; c < m_cells.size(); ++c) {
        const QByteArrayView cell = m_cells.cell(c);
        if (cell.isEmpty())
            continue;
        bool isNumber = false;
        const double value = m_columns.kind(c) == RecordColumns::Kind::Number ? number(cell, &isNumber) : 0.0;
        if (isNumber)
            m_book.number(m_sheet, m_row, c, value);
        else
            m_book.utf8(m_sheet, m_row, c, cell);
    }
    ++m_row;
    ++m_written;
}

} // namespace suara::recordexport
