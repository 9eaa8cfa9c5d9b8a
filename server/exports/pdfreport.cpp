#include "pdfreport.h"

#include "exportfailure.h"
#include "pdfpage.h"
#include "profilewords.h"
#include "reports/periodwords.h"
#include "scoring/category.h"

#include <QPageLayout>

#include <algorithm>

namespace suara::server::exports {

using namespace pdf;

namespace {
// Every label of the report in both languages, next to each other so neither is forgotten.
const Text kTitle{"LAPORAN SURVEI KEPUASAN MASYARAKAT", "PUBLIC SATISFACTION SURVEY REPORT"};
const Text kUnit{"Unit pelayanan", "Service unit"};
const Text kPeriod{"Periode", "Period"};
const Text kMethod{"Metode", "Method"};
const Text kMethodText{"PermenPAN-RB Nomor 14 Tahun 2017: 9 unsur, skala 1–4, bobot tepat 1/9 per unsur, "
                       "IKM = 25 × Σ (NRR × 1/9); kategori diputuskan pada IKM yang dibulatkan dua desimal.",
                       "PermenPAN-RB Regulation 14/2017: 9 elements, 1–4 scale, exact weight 1/9 per element, "
                       "IKM = 25 × Σ (NRR × 1/9); the category is decided on the IKM rounded to two decimals."};
const Text kSample{"Sampel", "Sample"};
const Text kRespondents{"%1 responden", "%1 respondents"};
const Text kMinimum{"minimum Krejcie–Morgan untuk populasi %1: %2 — %3",
                    "Krejcie–Morgan minimum for a population of %1: %2 — %3"};
const Text kReached{"tercapai", "reached"};
const Text kNotReached{"belum tercapai", "not reached"};
const Text kNoPopulation{"populasi belum diisi; minimum Krejcie–Morgan tidak dihitung",
                         "population not given; Krejcie–Morgan minimum not computed"};
const Text kMisuse{"%1 catatan dengan dugaan penyalahgunaan tidak dihitung",
                   "%1 record(s) flagged as suspected misuse left out"};
const Text kIkm{"Indeks Kepuasan Masyarakat (IKM)", "Public Satisfaction Index (IKM)"};
const Text kCategory{"Mutu pelayanan", "Service quality"};
const Text kNoIkm{"IKM tidak terdefinisi: tidak ada jawaban untuk %1", "IKM undefined: no answers for %1"};
const Text kTableTitle{"Nilai per unsur", "Scores per element"};
const Text kColUnsur{"Unsur", "Element"};
const Text kColNrr{"NRR", "NRR"};
const Text kColWeighted{"NRR tertimbang", "Weighted NRR"};
const Text kColScore{"Nilai", "Score"};
const Text kColCategory{"Kategori", "Category"};
const Text kTotal{"Jumlah NRR tertimbang", "Total weighted NRR"};
const Text kChartTitle{"NRR per unsur (skala 1–4)", "NRR per element (1–4 scale)"};
const Text kProfileTitle{"Profil responden", "Respondent profile"};
const Text kGender{"Jenis kelamin", "Sex"};
const Text kAge{"Usia", "Age"};
const Text kEducation{"Pendidikan", "Education"};
const Text kOccupation{"Pekerjaan", "Occupation"};
const Text kNotGiven{"(tidak diisi)", "(not given)"};
const Text kCount{"Jumlah", "Count"};
const Text kFollowUpTitle{"Rencana tindak lanjut", "Follow-up plan"};
const Text kFollowUpText{"Tiga unsur dengan NRR terendah diusulkan untuk ditindaklanjuti:",
                         "The three elements with the lowest NRR are proposed for follow-up:"};
const Text kFollowUpNone{"Belum ada data untuk mengusulkan tindak lanjut.", "No data yet to propose a follow-up."};
const Text kFollowUpDecided{"Tindak lanjut yang ditetapkan unit:", "Follow-up actions the unit decided on:"};
const Text kFollowUpNotDecided{"Unit belum mencatat tindak lanjut untuk periode ini.",
                               "The unit has not recorded a follow-up action for this period yet."};
const Text kFollowUpLine{"penanggung jawab %1 · tenggat %2 · %3", "owner %1 · due %2 · %3"};
const Text kStatusPlanned{"Direncanakan", "Planned"};
const Text kStatusInProgress{"Berjalan", "In progress"};
const Text kStatusDone{"Selesai", "Done"};
const Text kSignPlace{"Mengetahui,", "Acknowledged by,"};
const Text kSignRole{"Kepala %1", "Head of %1"};
const Text kSignName{"(nama dan NIP)", "(name and employee number)"};

void header(Page &pg, const ReportContent &r)
{
    pg.font(15, true);
    pg.cell(kMargin, pg.y, kPageW - 2 * kMargin, 9, pg.t(kTitle), Qt::AlignHCenter);
    pg.y += 10;
    pg.font(11);
    pg.cell(kMargin, pg.y, kPageW - 2 * kMargin, 6, r.unitName, Qt::AlignHCenter);
    pg.y += 9;
    QPainter &p = pg.painter();
    p.setPen(QPen(Qt::black, Page::px(0.4)));
    p.drawLine(QPointF(Page::px(kMargin), Page::px(pg.y)), QPointF(Page::px(kPageW - kMargin), Page::px(pg.y)));
    pg.y += 3;
    pg.font(9.5);
    const auto row = [&](const QString &label, const QString &value) {
        pg.font(9.5, true);
        const double top = pg.y;
        pg.cell(kMargin, top, 35, 5, label);
        pg.font(9.5);
        pg.paragraph(value, kMargin + 35, kPageW - 2 * kMargin - 35);
        pg.y = std::max(pg.y, top + 5.5);
    };
    const reports::Period &period = r.skm.scope.period;
    row(pg.t(kUnit), r.unitName + QStringLiteral(" (") + r.skm.scope.unitCode + QLatin1Char(')'));
    row(pg.t(kPeriod),
        QStringLiteral("%1 (%2 – %3)")
            .arg(reports::periodInWords(period.label, pg.lang() == QLatin1String("en")),
                 QLocale(pg.lang()).toString(period.from, QLocale::LongFormat),
                 QLocale(pg.lang()).toString(period.to, QLocale::LongFormat)));
    row(pg.t(kMethod), pg.t(kMethodText));
    QString sample = pg.t(kRespondents).arg(pg.integer(r.skm.ikm.respondents));
    if (const std::optional<reports::SampleTarget> &s = r.skm.sample) {
        sample += QStringLiteral("; ")
            + pg.t(kMinimum).arg(pg.integer(s->population), pg.integer(s->minimum),
                                 pg.t(s->reached ? kReached : kNotReached));
    } else {
        sample += QStringLiteral("; ") + pg.t(kNoPopulation);
    }
    if (!r.skm.scope.includeMisuse && r.skm.misuseFlagged > 0)
        sample += QStringLiteral("; ") + pg.t(kMisuse).arg(pg.integer(r.skm.misuseFlagged));
    row(pg.t(kSample), sample);
}

void ikmBox(Page &pg, const ReportContent &r)
{
    pg.ensure(32);
    pg.y += 3;
    QPainter &p = pg.painter();
    const double w = kPageW - 2 * kMargin;
    p.setPen(QPen(Qt::black, Page::px(0.3)));
    p.setBrush(QColor(0xF1, 0xF5, 0xF9));
    p.drawRect(pg.rect(kMargin, pg.y, w, 26));
    p.setBrush(Qt::NoBrush);
    pg.font(10);
    pg.cell(kMargin + 4, pg.y + 2, w / 2, 6, pg.t(kIkm));
    pg.cell(kMargin + w / 2, pg.y + 2, w / 2 - 4, 6, pg.t(kCategory), Qt::AlignRight);
    if (r.skm.ikm.hasIkm()) {
        pg.font(26, true);
        pg.cell(kMargin + 4, pg.y + 9, w / 2, 15, pg.number(double(*r.skm.ikm.ikmHundredths) / 100.0, 2));
        const scoring::Category c = *r.skm.ikm.category;
        pg.cell(kMargin + w / 2, pg.y + 9, w / 2 - 4, 15,
                scoring::categoryLetter(c) + QStringLiteral(" · ") + scoring::categoryLabel(c).text(pg.lang()),
                Qt::AlignRight);
    } else {
        pg.font(11, true);
        pg.cell(kMargin + 4, pg.y + 9, w - 8, 15, pg.t(kNoIkm).arg(r.skm.ikm.missing.join(QStringLiteral(", "))));
    }
    pg.y += 30;
    pg.font(9.5);
}

void unsurTable(Page &pg, const ReportContent &r)
{
    pg.heading(pg.t(kTableTitle), 24);
    const double widths[] = {10, 58, 14, 18, 30, 18, 22};
    const QStringList head = {QStringLiteral("No"), pg.t(kColUnsur), QStringLiteral("n"), pg.t(kColNrr),
                              pg.t(kColWeighted),   pg.t(kColScore), pg.t(kColCategory)};
    constexpr double rowH = 6;
    QPainter &p = pg.painter();
    const auto drawRow = [&](const QStringList &cells, bool bold, bool shade) {
        pg.ensure(rowH);
        double x = kMargin;
        if (shade) {
            p.fillRect(pg.rect(kMargin, pg.y, kPageW - 2 * kMargin, rowH), QColor(0xE2, 0xE8, 0xF0));
        }
        pg.font(9, bold);
        for (int c = 0; c < cells.size(); ++c) {
            p.setPen(QPen(Qt::gray, Page::px(0.15)));
            p.drawRect(pg.rect(x, pg.y, widths[c], rowH));
            p.setPen(Qt::black);
            pg.cell(x, pg.y, widths[c], rowH, cells.at(c), c == 1 ? Qt::AlignLeft : Qt::AlignHCenter);
            x += widths[c];
        }
        pg.y += rowH;
    };
    drawRow(head, true, true);
    double weighted = 0;
    int i = 0;
    for (const scoring::UnsurResult &u : r.skm.ikm.unsur) {
        ++i;
        weighted += u.weightedNrr.value_or(0.0);
        drawRow({QString::number(i), unsurLabel(u.key, pg.lang()), pg.integer(u.answered),
                 u.nrr ? pg.number(*u.nrr, 2) : QStringLiteral("–"),
                 u.weightedNrr ? pg.number(*u.weightedNrr, 4) : QStringLiteral("–"),
                 u.scoreHundredths ? pg.number(double(*u.scoreHundredths) / 100.0, 2) : QStringLiteral("–"),
                 u.category ? scoring::categoryLetter(*u.category) : QStringLiteral("–")},
                false, false);
    }
    drawRow({QString(), pg.t(kTotal), QString(), QString(), pg.number(weighted, 4),
             r.skm.ikm.hasIkm() ? pg.number(double(*r.skm.ikm.ikmHundredths) / 100.0, 2) : QStringLiteral("–"),
             r.skm.ikm.category ? scoring::categoryLetter(*r.skm.ikm.category) : QStringLiteral("–")},
            true, true);
    pg.font(9.5);
}

void barChart(Page &pg, const ReportContent &r)
{
    const BarStyle style;
    pg.heading(pg.t(kChartTitle), nrrBarsHeight(style));
    nrrBars(pg, r.skm.ikm, style);
}

void profileTables(Page &pg, const ReportContent &r)
{
    pg.heading(pg.t(kProfileTitle));
    const auto title = [&](const QString &field) {
        if (field == QLatin1String("gender"))
            return pg.t(kGender);
        if (field == QLatin1String("age"))
            return pg.t(kAge);
        if (field == QLatin1String("education"))
            return pg.t(kEducation);
        if (field == QLatin1String("occupation"))
            return pg.t(kOccupation);
        return field;
    };
    constexpr double rowH = 5;
    const double colW = (kPageW - 2 * kMargin - 6) / 2;
    QPainter &p = pg.painter();
    // One table per field, in the order the kiosk asks them.
    QList<QPair<QString, QList<const reports::ProfileCount *>>> tables;
    for (const reports::ProfileCount &c : r.skm.profile) {
        if (tables.isEmpty() || tables.last().first != c.field)
            tables.append({c.field, {}});
        tables.last().second.append(&c);
    }
    static const QStringList order = {QStringLiteral("gender"), QStringLiteral("age"), QStringLiteral("education"),
                                      QStringLiteral("occupation")};
    const auto rank = [&](const QString &field) { return order.contains(field) ? order.indexOf(field) : order.size(); };
    std::stable_sort(tables.begin(), tables.end(),
                     [&](const auto &a, const auto &b) { return rank(a.first) < rank(b.first); });
    // Two tables side by side per band; each band is as tall as its longer table.
    for (int band = 0; band < tables.size(); band += 2) {
        int rows = 0;
        for (int k = band; k < std::min<int>(band + 2, int(tables.size())); ++k)
            rows = std::max(rows, int(tables.at(k).second.size()));
        const double bandH = (rows + 2) * rowH + 4;
        pg.ensure(bandH);
        for (int k = band; k < std::min<int>(band + 2, int(tables.size())); ++k) {
            const double x = kMargin + (k - band) * (colW + 6);
            double top = pg.y;
            pg.font(9, true);
            p.fillRect(pg.rect(x, top, colW, rowH), QColor(0xE2, 0xE8, 0xF0));
            pg.cell(x, top, colW - 22, rowH, title(tables.at(k).first));
            pg.cell(x + colW - 22, top, 22, rowH, pg.t(kCount), Qt::AlignRight);
            top += rowH;
            pg.font(9);
            // The answers in the kiosk's order and words (the stored codes are for the data sheets).
            QList<const reports::ProfileCount *> counts = tables.at(k).second;
            std::stable_sort(counts.begin(), counts.end(), [](const auto *a, const auto *b) {
                return profileRank(a->field, a->value) < profileRank(b->field, b->value);
            });
            for (const reports::ProfileCount *c : counts) {
                pg.cell(x, top, colW - 22, rowH,
                        c->value.isEmpty() ? pg.t(kNotGiven)
                                           : profileWords(c->field, c->value, pg.lang() == QLatin1String("en")));
                pg.cell(x + colW - 22, top, 22, rowH, pg.integer(c->n), Qt::AlignRight);
                p.setPen(QPen(QColor(0xE2, 0xE8, 0xF0), Page::px(0.15)));
                p.drawLine(QPointF(Page::px(x), Page::px(top + rowH)),
                           QPointF(Page::px(x + colW), Page::px(top + rowH)));
                p.setPen(Qt::black);
                top += rowH;
            }
        }
        pg.y += bandH;
    }
    pg.font(9.5);
}

void followUp(Page &pg, const ReportContent &r)
{
    pg.heading(pg.t(kFollowUpTitle));
    // What the unit decided first (the ZI evaluation scores it, PPF4C), then the unsur the report proposes.
    const bool en = pg.lang() == QLatin1String("en");
    pg.paragraph(pg.t(r.followups.isEmpty() ? kFollowUpNotDecided : kFollowUpDecided));
    for (int i = 0; i < r.followups.size(); ++i) {
        const followups::Action &a = r.followups.at(i);
        const Text &status = a.status == followups::Status::Done ? kStatusDone
            : a.status == followups::Status::InProgress          ? kStatusInProgress
                                                                 : kStatusPlanned;
        const QString what =
            a.unsur.isEmpty() ? a.action : QStringLiteral("%1 (%2)").arg(a.action, unsurLabel(a.unsur, pg.lang()));
        pg.paragraph(QStringLiteral("%1. %2 — %3")
                         .arg(i + 1)
                         .arg(what, pg.t(kFollowUpLine).arg(a.owner, reports::dayInWords(a.dueDate, en), pg.t(status))),
                     kMargin + 5, kPageW - 2 * kMargin - 5);
    }
    pg.y += 2;
    if (r.skm.weakest.isEmpty()) {
        pg.paragraph(pg.t(kFollowUpNone));
        return;
    }
    pg.paragraph(pg.t(kFollowUpText));
    for (int i = 0; i < r.skm.weakest.size(); ++i) {
        const scoring::UnsurResult *u = r.skm.ikm.find(r.skm.weakest.at(i));
        pg.paragraph(QStringLiteral("%1. %2 — NRR %3")
                         .arg(i + 1)
                         .arg(unsurLabel(u->key, pg.lang()), pg.number(u->nrr.value_or(0), 2)),
                     kMargin + 5, kPageW - 2 * kMargin - 5);
    }
}

void signature(Page &pg, const ReportContent &r)
{
    pg.ensure(42);
    pg.y += 8;
    const double x = kPageW - kMargin - 75;
    pg.font(9.5);
    pg.cell(x, pg.y, 75, 5, pg.t(kSignPlace), Qt::AlignHCenter);
    pg.y += 5;
    pg.paragraph(pg.t(kSignRole).arg(r.unitName), x, 75, Qt::AlignHCenter);
    pg.y += 18;
    pg.painter().drawLine(QPointF(Page::px(x + 5), Page::px(pg.y)), QPointF(Page::px(x + 70), Page::px(pg.y)));
    pg.y += 1;
    pg.cell(x, pg.y, 75, 5, pg.t(kSignName), Qt::AlignHCenter);
    pg.y += 6;
}
} // namespace

void writeReportPdf(const ReportContent &report, Language language, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(QString::fromUtf8(language == Language::English ? kTitle.en : kTitle.id) + QStringLiteral(" — ")
                    + report.unitName);
    writer.setCreator(QStringLiteral("suara-server"));
    Page pg(writer, language);
    header(pg, report);
    ikmBox(pg, report);
    unsurTable(pg, report);
    barChart(pg, report);
    profileTables(pg, report);
    followUp(pg, report);
    signature(pg, report);
    pg.finish();
}

} // namespace suara::server::exports
