#include "xlsxexport.h"

#include "exportfailure.h"
#include "recordcolumns.h"
#include "scoring/category.h"
#include "scoring/ziindex.h"

#include <xlsxwriter.h>

#include <memory>

namespace suara::server::exports {

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

// Owns the workbook; every write is checked, the first error is kept and fails the export.
class Book
{
public:
    explicit Book(const XlsxOptions &options)
    {
        const QByteArray tmp = options.tmpDir.toLocal8Bit();
        m_path = options.path.toLocal8Bit();
        lxw_workbook_options o{};
        o.constant_memory = LXW_TRUE;
        o.tmpdir = tmp.isEmpty() ? nullptr : const_cast<char *>(tmp.constData());
        o.use_zip64 = LXW_TRUE; // a million records pass 4 GB uncompressed
        m_book = workbook_new_opt(m_path.constData(), &o);
        if (!m_book)
            failWriting(QStringLiteral("cannot create the workbook"));
        m_decimals = workbook_add_format(m_book);
        format_set_num_format(m_decimals, "0.00");
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
    }
    ~Book()
    {
        if (m_book)
            workbook_close(m_book); // only after a failure: the partial file is removed by the caller
    }

    lxw_worksheet *sheet(const QString &name)
    {
        lxw_worksheet *s = workbook_add_worksheet(m_book, name.toUtf8().constData());
        if (!s)
            failWriting(QStringLiteral("cannot add sheet %1").arg(name));
        return s;
    }
    void text(lxw_worksheet *s, qint64 row, int col, const QString &value, bool bold = false)
    {
        utf8(s, row, col, value.toUtf8(), bold);
    }
    void utf8(lxw_worksheet *s, qint64 row, int col, QByteArrayView bytes, bool bold = false)
    {
        // libxlsxwriter wants a terminated string; the scratch buffer keeps its capacity.
        m_scratch.resize(0);
        m_scratch.append(bytes);
        check(worksheet_write_string(s, lxw_row_t(row), lxw_col_t(col), m_scratch.constData(), bold ? m_bold : nullptr),
              row, col);
    }
    void number(lxw_worksheet *s, qint64 row, int col, double value, bool decimals = false)
    {
        check(worksheet_write_number(s, lxw_row_t(row), lxw_col_t(col), value, decimals ? m_decimals : nullptr), row,
              col);
    }
    void close()
    {
        const lxw_error e = workbook_close(m_book);
        m_book = nullptr;
        if (e != LXW_NO_ERROR)
            failWriting(QString::fromUtf8(lxw_strerror(e)));
    }

private:
    void check(lxw_error e, qint64 row, int col)
    {
        if (e != LXW_NO_ERROR)
            failWriting(QStringLiteral("row %1, column %2: %3")
                            .arg(row + 1)
                            .arg(col + 1)
                            .arg(QString::fromUtf8(lxw_strerror(e))));
    }

    QByteArray m_path;
    QByteArray m_scratch;
    lxw_workbook *m_book = nullptr;
    lxw_format *m_decimals = nullptr;
    lxw_format *m_bold = nullptr;
};

void writeIkmRows(Book &book, lxw_worksheet *s, qint64 row, const QString &label, const scoring::IkmReport &ikm)
{
    book.text(s, row, 0, label, true);
    if (ikm.ikmHundredths) {
        book.number(s, row, 1, double(*ikm.ikmHundredths) / 100.0, true);
        book.text(s, row, 2, scoring::categoryLetter(*ikm.category));
    } else {
        book.text(s, row, 1,
                  QStringLiteral("tidak terdefinisi: tidak ada jawaban untuk ")
                      + ikm.missing.join(QStringLiteral(", ")));
    }
}

void writeSkmSheet(Book &book, lxw_worksheet *s, const ReportContent &c)
{
    const reports::SkmReport &r = c.skm;
    const scoring::IkmReport &skm = r.ikm;
    book.text(s, 0, 0, QStringLiteral("Unit"), true);
    book.text(s, 0, 1, r.scope.unitCode + QStringLiteral(" — ") + c.unitName);
    book.text(s, 1, 0, QStringLiteral("Periode"), true);
    book.text(s, 1, 1, r.scope.period.label);
    book.text(s, 2, 0, QStringLiteral("Responden (n)"), true);
    book.number(s, 2, 1, double(skm.respondents));
    book.text(s, 3, 0, QStringLiteral("Bobot"), true);
    book.text(s, 3, 1, QStringLiteral("1/9 (PermenPAN-RB 14/2017)"));
    const QStringList head = {QStringLiteral("Unsur"),  QStringLiteral("n"),       QStringLiteral("1"),
                              QStringLiteral("2"),      QStringLiteral("3"),       QStringLiteral("4"),
                              QStringLiteral("Jumlah"), QStringLiteral("NRR"),     QStringLiteral("NRR tertimbang"),
                              QStringLiteral("Nilai"),  QStringLiteral("Kategori")};
    for (int col = 0; col < head.size(); ++col)
        book.text(s, 5, col, head.at(col), true);
    qint64 row = 6;
    for (const scoring::UnsurResult &u : skm.unsur) {
        book.text(s, row, 0, u.key);
        book.number(s, row, 1, double(u.answered));
        for (int p = 0; p < 4; ++p)
            book.number(s, row, 2 + p, double(u.counts[size_t(p)]));
        book.number(s, row, 6, double(u.sum));
        if (u.nrr)
            book.number(s, row, 7, *u.nrr, true);
        if (u.weightedNrr)
            book.number(s, row, 8, *u.weightedNrr, true);
        if (u.scoreHundredths)
            book.number(s, row, 9, double(*u.scoreHundredths) / 100.0, true);
        if (u.category)
            book.text(s, row, 10, scoring::categoryLetter(*u.category));
        ++row;
    }
    ++row;
    // IKM and its category on one row; the 0,111 figure below it, named as what it is (never official).
    writeIkmRows(book, s, row, QStringLiteral("IKM"), skm);
    writeIkmRows(book, s, row + 1, QStringLiteral("IKM bobot 0,111 (rekonsiliasi, tidak resmi)"), r.ikm0111);
    book.text(s, row + 2, 0, QStringLiteral("Kategori"), true);
    book.text(s, row + 2, 1, skm.category ? scoring::categoryLetter(*skm.category) : QStringLiteral("–"));
    book.text(s, row + 3, 0, QStringLiteral("Dikecualikan (dugaan penyalahgunaan)"), true);
    book.number(s, row + 3, 1, double(r.scope.includeMisuse ? 0 : r.misuseFlagged));
    if (r.sample) {
        book.text(s, row + 4, 0, QStringLiteral("Populasi"), true);
        book.number(s, row + 4, 1, double(r.sample->population));
        book.text(s, row + 5, 0, QStringLiteral("Sampel minimum (Krejcie–Morgan)"), true);
        book.number(s, row + 5, 1, double(r.sample->minimum));
        book.text(s, row + 5, 2, r.sample->reached ? QStringLiteral("tercapai") : QStringLiteral("belum tercapai"));
    }
}

void writeProfileSheet(Book &book, lxw_worksheet *s, const ReportContent &c)
{
    book.text(s, 0, 0, QStringLiteral("Profil"), true);
    book.text(s, 0, 1, QStringLiteral("Nilai"), true);
    book.text(s, 0, 2, QStringLiteral("Jumlah"), true);
    qint64 row = 1;
    for (const reports::ProfileCount &p : c.skm.profile) {
        book.text(s, row, 0, p.field);
        book.text(s, row, 1, p.value.isEmpty() ? QStringLiteral("(tidak diisi)") : p.value);
        book.number(s, row, 2, double(p.n));
        ++row;
    }
}

void writeZiSheet(Book &book, lxw_worksheet *s, const ReportContent &c)
{
    const QStringList head = {QStringLiteral("Survei"), QStringLiteral("Item"),
                              QStringLiteral("n"),      QStringLiteral("Rata-rata"),
                              QStringLiteral("Skala"),  QStringLiteral("Rata-rata (skala 4)")};
    for (int col = 0; col < head.size(); ++col)
        book.text(s, 0, col, head.at(col), true);
    qint64 row = 1;
    for (const reports::ZiResult &z : c.zi) {
        for (const reports::ZiScaleResult &scale : z.scales) {
            const scoring::ZiReport &r = scale.report;
            for (const scoring::ZiItemResult &item : r.items) {
                book.text(s, row, 0, scale.aggregateKey);
                book.text(s, row, 1, item.key);
                book.number(s, row, 2, double(item.answered));
                if (item.mean) {
                    book.number(s, row, 3, *item.mean, true);
                    book.number(s, row, 5, scoring::toFourPointScale(*item.mean, r.scale), true);
                }
                book.number(s, row, 4, r.scale.max);
                ++row;
            }
        }
        book.text(s, row, 0, z.questionnaireId, true);
        book.text(s, row, 1, QStringLiteral("indeks (skala 4)"), true);
        book.number(s, row, 2, double(z.respondents));
        if (z.index4)
            book.number(s, row, 5, *z.index4, true);
        ++row;
    }
}
} // namespace

qint64 writeReportXlsx(Sql &sql, const ReportContent &content, const XlsxOptions &options)
{
    Book book(options);
    // The report sheets come first and are complete before the data: constant-memory mode writes
    // each sheet's rows in order, and the report is already known.
    writeSkmSheet(book, book.sheet(QStringLiteral("SKM")), content);
    writeProfileSheet(book, book.sheet(QStringLiteral("Profil")), content);
    writeZiSheet(book, book.sheet(QStringLiteral("SPKP-SPAK")), content);
    const RecordColumns columns;
    const QStringList &header = columns.header();
    lxw_worksheet *data = nullptr;
    int sheets = 0;
    qint64 row = 0;
    auto nextDataSheet = [&] {
        ++sheets;
        data = book.sheet(sheets == 1 ? QStringLiteral("Data") : QStringLiteral("Data %1").arg(sheets));
        for (int c = 0; c < header.size(); ++c)
            book.text(data, 0, c, header.at(c), true);
        row = 1;
    };
    nextDataSheet();
    CellRow cells;
    qint64 written = 0;
    (void)forEachRecord(sql, content.skm.scope, [&](const ExportRecord &r) {
        if (row > options.dataRowsPerSheet)
            nextDataSheet();
        columns.fill(r, cells);
        for (int c = 0; c < cells.size(); ++c) {
            const QByteArrayView cell = cells.cell(c);
            if (cell.isEmpty())
                continue;
            bool isNumber = false;
            const double value = columns.kind(c) == RecordColumns::Kind::Number ? number(cell, &isNumber) : 0.0;
            if (isNumber)
                book.number(data, row, c, value);
            else
                book.utf8(data, row, c, cell);
        }
        ++row;
        ++written;
    });
    book.close();
    return written;
}

} // namespace suara::server::exports
