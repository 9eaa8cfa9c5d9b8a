#include "xlsxexport.h"

#include "exportfailure.h"
#include "exports/xlsxbook.h"
#include "scoring/category.h"
#include "scoring/ziindex.h"

namespace suara::server::exports {

namespace {
void writeIkmRows(XlsxBook &book, lxw_worksheet *s, qint64 row, const QString &label, const scoring::IkmReport &ikm)
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

void writeSkmSheet(XlsxBook &book, lxw_worksheet *s, const ReportContent &c)
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

void writeProfileSheet(XlsxBook &book, lxw_worksheet *s, const ReportContent &c)
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

void writeZiSheet(XlsxBook &book, lxw_worksheet *s, const ReportContent &c)
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
    try {
        XlsxBook book(options.path, options.tmpDir);
        // The report sheets come first and are complete before the data: constant-memory mode writes
        // each sheet's rows in order, and the report is already known.
        writeSkmSheet(book, book.sheet(QStringLiteral("SKM")), content);
        writeProfileSheet(book, book.sheet(QStringLiteral("Profil")), content);
        writeZiSheet(book, book.sheet(QStringLiteral("SPKP-SPAK")), content);
        XlsxDataSheets data(book, options.dataRowsPerSheet);
        (void)forEachRecord(sql, content.skm.scope, content.records, [&](const ExportRecord &r) { data.add(r); });
        book.close();
        return data.written();
    } catch (const WriteFailure &f) {
        failWriting(f.message);
    }
}

} // namespace suara::server::exports
