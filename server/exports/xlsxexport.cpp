#include "xlsxexport.h"

#include "exportfailure.h"
#include "recordcolumns.h"
#include "scoring/category.h"

#include <xlsxwriter.h>

#include <memory>

namespace suara::server::exports {

namespace {
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
        check(worksheet_write_string(s, lxw_row_t(row), lxw_col_t(col), value.toUtf8().constData(),
                                     bold ? m_bold : nullptr),
              row, col);
    }
    void number(lxw_worksheet *s, qint64 row, int col, double value, bool decimals = false)
    {
        check(worksheet_write_number(s, lxw_row_t(row), lxw_col_t(col), value, decimals ? m_decimals : nullptr), row, col);
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
            failWriting(QStringLiteral("row %1, column %2: %3").arg(row + 1).arg(col + 1).arg(QString::fromUtf8(lxw_strerror(e))));
    }

    QByteArray m_path;
    lxw_workbook *m_book = nullptr;
    lxw_format *m_decimals = nullptr;
    lxw_format *m_bold = nullptr;
};

void writeSkmSheet(Book &book, lxw_worksheet *s, const ExportReport &r)
{
    const scoring::IkmReport &skm = r.skm;
    book.text(s, 0, 0, QStringLiteral("Unit"), true);
    book.text(s, 0, 1, r.unitCode + QStringLiteral(" — ") + r.unitName);
    book.text(s, 1, 0, QStringLiteral("Periode"), true);
    book.text(s, 1, 1, r.range.label);
    book.text(s, 2, 0, QStringLiteral("Responden (n)"), true);
    book.number(s, 2, 1, double(skm.respondents));
    book.text(s, 3, 0, QStringLiteral("Bobot"), true);
    book.text(s, 3, 1, skm.weight == scoring::WeightMode::Exact ? QStringLiteral("1/9 (PermenPAN-RB 14/2017)")
                                                                 : QStringLiteral("0,111"));
    const QStringList head = {QStringLiteral("Unsur"), QStringLiteral("n"), QStringLiteral("1"), QStringLiteral("2"),
                              QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("Jumlah"), QStringLiteral("NRR"),
                              QStringLiteral("NRR tertimbang"), QStringLiteral("Nilai"), QStringLiteral("Kategori")};
    for (int c = 0; c < head.size(); ++c)
        book.text(s, 5, c, head.at(c), true);
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
    book.text(s, row, 0, QStringLiteral("IKM"), true);
    if (skm.ikmHundredths) {
        book.number(s, row, 1, double(*skm.ikmHundredths) / 100.0, true);
        book.text(s, row + 1, 0, QStringLiteral("Kategori"), true);
        book.text(s, row + 1, 1, scoring::categoryLetter(*skm.category));
    } else {
        book.text(s, row, 1, QStringLiteral("tidak terdefinisi: tidak ada jawaban untuk ") + skm.missing.join(QStringLiteral(", ")));
    }
    book.text(s, row + 2, 0, QStringLiteral("Dikecualikan (dugaan penyalahgunaan)"), true);
    book.number(s, row + 2, 1, double(r.misuseLeftOut));
}

void writeProfileSheet(Book &book, lxw_worksheet *s, const ExportReport &r)
{
    book.text(s, 0, 0, QStringLiteral("Profil"), true);
    book.text(s, 0, 1, QStringLiteral("Nilai"), true);
    book.text(s, 0, 2, QStringLiteral("Jumlah"), true);
    qint64 row = 1;
    for (const ProfileTable &t : r.profile) {
        for (auto it = t.counts.begin(); it != t.counts.end(); ++it, ++row) {
            book.text(s, row, 0, t.field);
            book.text(s, row, 1, it.key().isEmpty() ? QStringLiteral("(tidak diisi)") : it.key());
            book.number(s, row, 2, double(it.value()));
        }
    }
}

void writeZiSheet(Book &book, lxw_worksheet *s, const ExportReport &r)
{
    const QStringList head = {QStringLiteral("Survei"), QStringLiteral("Item"), QStringLiteral("n"),
                              QStringLiteral("Rata-rata"), QStringLiteral("Skala"), QStringLiteral("Rata-rata (skala 4)")};
    for (int c = 0; c < head.size(); ++c)
        book.text(s, 0, c, head.at(c), true);
    qint64 row = 1;
    for (const ZiItem &z : r.zi) {
        book.text(s, row, 0, z.questionnaire);
        book.text(s, row, 1, z.key);
        book.number(s, row, 2, double(z.answered));
        book.number(s, row, 3, z.mean(), true);
        book.number(s, row, 4, z.scaleMax);
        // 1..max mapped linearly onto 1..4, the scale the WBK/WBBM minimums are given on.
        book.number(s, row, 5, z.scaleMax > 1 ? 1.0 + (z.mean() - 1.0) * 3.0 / (z.scaleMax - 1) : z.mean(), true);
        ++row;
    }
}
} // namespace

ExportReport writeReportXlsx(Sql &sql, const ExportScope &scope, const QString &unitName, const XlsxOptions &options)
{
    Book book(options);
    // Sheets appear in the order they are added; the report sheets are filled after the data, each in
    // its own row order, which constant-memory mode allows per sheet.
    lxw_worksheet *skmSheet = book.sheet(QStringLiteral("SKM"));
    lxw_worksheet *profileSheet = book.sheet(QStringLiteral("Profil"));
    lxw_worksheet *ziSheet = book.sheet(QStringLiteral("SPKP-SPAK"));
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
    ReportAccumulator report;
    const qint64 misuse = forEachRecord(sql, scope, [&](const ExportRecord &r) {
        report.add(r);
        if (row > options.dataRowsPerSheet)
            nextDataSheet();
        const QStringList cells = columns.cells(r);
        for (int c = 0; c < cells.size(); ++c) {
            const QString &cell = cells.at(c);
            if (cell.isEmpty())
                continue;
            bool isNumber = false;
            const double value = columns.kind(c) == RecordColumns::Kind::Number ? cell.toDouble(&isNumber) : 0.0;
            if (isNumber)
                book.number(data, row, c, value);
            else
                book.text(data, row, c, cell);
        }
        ++row;
    });
    ExportReport out = report.finish(scope.units.value(0), unitName, scope.range, misuse);
    writeSkmSheet(book, skmSheet, out);
    writeProfileSheet(book, profileSheet, out);
    writeZiSheet(book, ziSheet, out);
    book.close();
    return out;
}

} // namespace suara::server::exports
