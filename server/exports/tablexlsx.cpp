#include "tablexlsx.h"

#include "exportfailure.h"

#include <xlsxwriter.h>

namespace suara::server::exports {

namespace {
void check(lxw_error e, const QString &where)
{
    if (e != LXW_NO_ERROR)
        failWriting(QStringLiteral("%1: %2").arg(where, QString::fromUtf8(lxw_strerror(e))));
}

void cell(lxw_worksheet *s, int row, int col, const QVariant &v, lxw_format *format, const QString &sheet)
{
    const QString where = QStringLiteral("sheet %1, row %2, column %3").arg(sheet).arg(row + 1).arg(col + 1);
    const bool number =
        v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double;
    if (number)
        check(worksheet_write_number(s, lxw_row_t(row), lxw_col_t(col), v.toDouble(), format), where);
    else if (!v.isNull())
        check(worksheet_write_string(s, lxw_row_t(row), lxw_col_t(col), v.toString().toUtf8().constData(), format),
              where);
}
} // namespace

void writeTablesXlsx(const QString &path, const QList<XlsxSheet> &sheets)
{
    const QByteArray file = path.toLocal8Bit();
    lxw_workbook *book = workbook_new(file.constData());
    if (!book)
        failWriting(QStringLiteral("cannot create the workbook"));
    // Closed on every path: after a failure the partial file is the caller's to remove.
    struct Closer
    {
        lxw_workbook *&book;
        ~Closer()
        {
            if (book)
                workbook_close(book);
        }
    } closer{book};
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    for (const XlsxSheet &sheet : sheets) {
        lxw_worksheet *s = workbook_add_worksheet(book, sheet.name.toUtf8().constData());
        if (!s)
            failWriting(QStringLiteral("cannot add sheet %1").arg(sheet.name));
        for (qsizetype c = 0; c < sheet.widths.size(); ++c)
            check(worksheet_set_column(s, lxw_col_t(c), lxw_col_t(c), sheet.widths.at(c), wrap), sheet.name);
        for (qsizetype c = 0; c < sheet.header.size(); ++c)
            cell(s, 0, int(c), sheet.header.at(c), bold, sheet.name);
        for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
            const QVariantList &row = sheet.rows.at(r);
            for (qsizetype c = 0; c < row.size(); ++c)
                cell(s, int(r + 1), int(c), row.at(c), nullptr, sheet.name);
        }
    }
    const lxw_error e = workbook_close(book);
    book = nullptr;
    check(e, QStringLiteral("closing the workbook"));
}

} // namespace suara::server::exports
