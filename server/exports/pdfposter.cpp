#include "pdfposter.h"

#include "reports/periodwords.h"
#include "scoring/category.h"

#include <QPageLayout>

#include <algorithm>

namespace suara::server::exports {

using namespace pdf;

namespace {
const Text kHeadline{"HASIL SURVEI KEPUASAN MASYARAKAT", "PUBLIC SATISFACTION SURVEY RESULT"};
const Text kPeriodLine{"Periode %1", "Period %1"};
const Text kIkmLine{"Indeks Kepuasan Masyarakat (IKM)", "Public Satisfaction Index (IKM)"};
const Text kCategoryLine{"Mutu pelayanan %1 · %2", "Service quality %1 · %2"};
const Text kRespondentsLine{"dari %1 responden", "from %1 respondents"};
const Text kUndefined{"IKM belum dapat dihitung", "The IKM cannot be computed yet"};
const Text kBarsTitle{"Nilai rata-rata per unsur (skala 1–4)", "Average score per element (1–4 scale)"};
const Text kThanks{
    "Terima kasih atas penilaian Anda. Saran dan pengaduan dapat disampaikan di loket atau di kios survei.",
    "Thank you for your rating. Suggestions and complaints are welcome at the counter or at the survey kiosk."};
const Text kMethodLine{"Dihitung menurut PermenPAN-RB Nomor 14 Tahun 2017 (bobot 1/9 per unsur).",
                       "Computed according to PermenPAN-RB Regulation 14/2017 (weight 1/9 per element)."};
} // namespace

void writePosterPdf(const PosterInput &in, Language language, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setCreator(QStringLiteral("suara-server"));
    writer.setTitle(QString::fromUtf8(language == Language::English ? kHeadline.en : kHeadline.id)
                    + QStringLiteral(" — ") + in.unitName);
    Page pg(writer, language);
    const double w = kPageW - 2 * kMargin;
    pg.y = kMargin + 4;
    pg.font(17, true);
    pg.cell(kMargin, pg.y, w, 10, pg.t(kHeadline), Qt::AlignHCenter);
    pg.y += 12;
    pg.font(14);
    pg.paragraph(in.unitName, kMargin, w, Qt::AlignHCenter);
    pg.font(12);
    pg.cell(kMargin, pg.y, w, 7,
            pg.t(kPeriodLine).arg(reports::periodInWords(in.periodLabel, language == Language::English)),
            Qt::AlignHCenter);
    pg.y += 14;

    QPainter &p = pg.painter();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xF1, 0xF5, 0xF9));
    p.drawRoundedRect(pg.rect(kMargin, pg.y, w, 72), Page::px(4), Page::px(4));
    p.setBrush(Qt::NoBrush);
    p.setPen(Qt::black);
    pg.font(13);
    pg.cell(kMargin, pg.y + 5, w, 8, pg.t(kIkmLine), Qt::AlignHCenter);
    if (in.skm.hasIkm()) {
        pg.font(72, true);
        pg.cell(kMargin, pg.y + 14, w, 36, pg.number(double(*in.skm.ikmHundredths) / 100.0, 2), Qt::AlignHCenter);
        pg.font(18, true);
        const scoring::Category c = *in.skm.category;
        pg.cell(kMargin, pg.y + 50, w, 10,
                pg.t(kCategoryLine).arg(scoring::categoryLetter(c), scoring::categoryLabel(c).text(pg.lang())),
                Qt::AlignHCenter);
    } else {
        pg.font(20, true);
        pg.cell(kMargin, pg.y + 24, w, 20, pg.t(kUndefined), Qt::AlignHCenter);
    }
    pg.font(12);
    pg.cell(kMargin, pg.y + 62, w, 8, pg.t(kRespondentsLine).arg(pg.integer(in.skm.respondents)), Qt::AlignHCenter);
    pg.y += 80;

    BarStyle style;
    style.barH = 6.5;
    style.gap = 2;
    style.labelW = 58;
    style.labelPt = 11;
    pg.heading(pg.t(kBarsTitle), nrrBarsHeight(style));
    nrrBars(pg, in.skm, style);

    pg.y = std::max(pg.y + 4, kPageH - kMargin - 26); // below the chart, never over it
    pg.font(11);
    pg.paragraph(pg.t(kThanks), kMargin, w, Qt::AlignHCenter);
    pg.font(8.5);
    p.setPen(Qt::darkGray);
    pg.paragraph(pg.t(kMethodLine), kMargin, w, Qt::AlignHCenter);
    pg.finish();
}

} // namespace suara::server::exports
