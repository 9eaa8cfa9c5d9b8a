// The monthly recap as a workbook (a summary sheet, the month's reports, the open ones from before) and
// as an A4 PDF with the same content, in Indonesian or English.
#include "registerrecap.h"

#include "tablexlsx.h"

#include <QPageLayout>
#include <QPageSize>

namespace suara::server::exports {

namespace {
QString tr(Language l, const char *id, const char *en)
{
    return QString::fromUtf8(l == Language::English ? en : id);
}

struct Summary
{
    QList<QPair<QString, qint64>> rows;
};

Summary summarise(const RegisterRecap &r, Language l)
{
    qint64 refusal = 0, receipt = 0, request = 0, visitor = 0, forwarded = 0, overdue = 0;
    for (const RecapLine &x : r.received) {
        const QString &k = x.entry.kind;
        if (x.entry.origin == registry::Origin::Visitor)
            ++visitor;
        else if (k == QLatin1String("refusal"))
            ++refusal;
        else if (k == QLatin1String("receipt"))
            ++receipt;
        else
            ++request;
        if (x.entry.status == registry::Status::Forwarded || x.entry.status == registry::Status::Decided
            || !x.entry.golReference.isEmpty())
            ++forwarded;
    }
    for (const QList<RecapLine> *list : {&r.received, &r.carriedOver}) {
        for (const RecapLine &x : *list)
            overdue += x.deadlines.running && x.deadlines.urgency == calendar::Urgency::Overdue ? 1 : 0;
    }
    Summary s;
    s.rows = {
        {tr(l, "Laporan diterima bulan ini", "Reports received this month"), qint64(r.received.size())},
        {tr(l, "  penolakan oleh petugas", "  refusals by officers"), refusal},
        {tr(l, "  penerimaan oleh petugas", "  receipts by officers"), receipt},
        {tr(l, "  permintaan kepada petugas / lainnya", "  requests made to officers / other"), request},
        {tr(l, "  laporan pengunjung", "  visitors' reports"), visitor},
        {tr(l, "Sudah diteruskan ke KPK (dari bulan ini)", "Forwarded to KPK (of this month's)"), forwarded},
        {tr(l, "Masih terbuka dari bulan sebelumnya", "Still open from earlier months"), qint64(r.carriedOver.size())},
        {tr(l, "Lewat tenggat 30 hari kerja (belum diteruskan)", "Past the 30-working-day deadline (not forwarded)"),
         overdue}};
    return s;
}

QStringList columns(Language l)
{
    return {QStringLiteral("#"),
            tr(l, "Unit", "Unit"),
            tr(l, "Tanggal diterima", "Received on"),
            tr(l, "Jenis", "Kind"),
            tr(l, "Pelapor", "Reported by"),
            tr(l, "Bentuk / uraian", "Form / description"),
            tr(l, "Nilai (Rp)", "Value (IDR)"),
            tr(l, "Status", "Status"),
            tr(l, "No. GOL", "GOL no."),
            tr(l, "Tenggat ke KPK", "Due at KPK"),
            tr(l, "Keterangan", "Remark")};
}

QVariantList line(const RecapLine &x, Language l)
{
    const registry::Entry &e = x.entry;
    const QString what = e.origin == registry::Origin::Officer
        ? QStringList{recap::formLabel(e.details.value(QLatin1String("form")).toString(), l),
                      e.details.value(QLatin1String("description")).toString()}
              .join(QStringLiteral(" · "))
        : recap::formLabel(e.details.value(QLatin1String("what")).toString(), l);
    return {e.id,
            e.unitCode,
            e.receivedOn,
            recap::kindLabel(e.kind, l),
            e.origin == registry::Origin::Officer ? e.officer : tr(l, "pengunjung (tanpa nama)", "visitor (no name)"),
            what,
            e.valueIdr ? QVariant(*e.valueIdr) : QVariant(),
            recap::statusLabel(registry::statusName(e.status), l),
            e.golReference,
            x.deadlines.kpk.day.toString(Qt::ISODate)
                + (x.deadlines.kpk.provisional ? QStringLiteral(" *") : QString()),
            recap::urgencyLabel(x.deadlines, l)};
}

QString title(const RegisterRecap &r, Language l)
{
    return tr(l, "Laporan Berkala Pengendalian Gratifikasi — %1", "Periodic gratification control report — %1")
        .arg(r.monthLabel());
}
} // namespace

void writeRegisterRecapXlsx(const RegisterRecap &r, Language l, const QString &path)
{
    XlsxSheet summary{tr(l, "Ringkasan", "Summary"), {tr(l, "Uraian", "Item"), tr(l, "Jumlah", "Count")}, {}, {58, 12}};
    summary.rows << QVariantList{title(r, l), QVariant()}
                 << QVariantList{QStringLiteral("%1 (%2)%3")
                                     .arg(r.unitName, r.unitCode,
                                          r.subtree ? tr(l, " dan unit di bawahnya", " and the units below")
                                                    : QString()),
                                 QVariant()}
                 << QVariantList{tr(l, "Dibuat %1", "Made on %1").arg(r.today.toString(Qt::ISODate)), QVariant()};
    const Summary counts = summarise(r, l);
    for (const auto &[label, n] : counts.rows)
        summary.rows << QVariantList{label, n};
    const QList<double> widths = {6, 10, 14, 26, 30, 40, 14, 20, 18, 16, 18};
    XlsxSheet month{tr(l, "Bulan ini", "This month"), columns(l), {}, widths};
    for (const RecapLine &x : r.received)
        month.rows << line(x, l);
    XlsxSheet open{tr(l, "Terbuka sebelumnya", "Open from before"), columns(l), {}, widths};
    for (const RecapLine &x : r.carriedOver)
        open.rows << line(x, l);
    writeTablesXlsx(path, {summary, month, open});
}

void writeRegisterRecapPdf(const RegisterRecap &r, Language l, const QString &path)
{
    using namespace pdf;
    QPdfWriter writer(path);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(title(r, l) + QStringLiteral(" — ") + r.unitName);
    writer.setCreator(QStringLiteral("suara-server"));
    Page pg(writer, l);
    pg.font(15, true);
    pg.paragraph(title(r, l));
    pg.font(10);
    pg.paragraph(QStringLiteral("%1 (%2)%3")
                     .arg(r.unitName, r.unitCode,
                          r.subtree ? tr(l, " dan unit di bawahnya", " and the units below") : QString()));
    pg.paragraph(tr(l, "Periode %1 s.d. %2 · dibuat %3", "Period %1 to %2 · made on %3")
                     .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate), r.today.toString(Qt::ISODate)));
    pg.heading(tr(l, "Ringkasan", "Summary"));
    const Summary counts = summarise(r, l);
    for (const auto &[label, n] : counts.rows) {
        pg.ensure(6);
        pg.cell(kMargin, pg.y, 140, 5.5, label);
        pg.cell(kMargin + 140, pg.y, 30, 5.5, pg.integer(n), Qt::AlignRight);
        pg.y += 5.5;
    }
    const auto table = [&](const QString &heading, const QList<RecapLine> &lines) {
        pg.heading(heading, 12);
        if (lines.isEmpty()) {
            pg.paragraph(tr(l, "Tidak ada.", "None."));
            return;
        }
        const double w[] = {8, 20, 42, 50, 30, 20};
        const QStringList head = {QStringLiteral("#"),       tr(l, "Diterima", "Received"),
                                  tr(l, "Jenis", "Kind"),    tr(l, "Pelapor", "Reported by"),
                                  tr(l, "Status", "Status"), tr(l, "Tenggat", "Due")};
        pg.font(8.5, true);
        double x = kMargin;
        for (int c = 0; c < head.size(); ++c) {
            pg.cell(x, pg.y, w[c], 5, head.at(c));
            x += w[c];
        }
        pg.y += 5.5;
        pg.font(8.5);
        for (const RecapLine &rl : lines) {
            pg.ensure(11);
            const QVariantList v = line(rl, l);
            const QStringList cells = {v.at(0).toString(), v.at(2).toString(), v.at(3).toString(),
                                       v.at(4).toString(), v.at(7).toString(), v.at(9).toString()};
            x = kMargin;
            for (int c = 0; c < cells.size(); ++c) {
                pg.cell(x, pg.y, w[c], 5, cells.at(c));
                x += w[c];
            }
            pg.y += 5;
            pg.painter().setPen(rl.deadlines.running && rl.deadlines.urgency == calendar::Urgency::Overdue
                                    ? Qt::darkRed
                                    : Qt::darkGray);
            QString sub = v.at(5).toString();
            if (!v.at(6).isNull())
                sub += QStringLiteral(" · Rp %1").arg(pg.integer(v.at(6).toLongLong()));
            if (!v.at(8).toString().isEmpty())
                sub += QStringLiteral(" · GOL %1").arg(v.at(8).toString());
            sub += QStringLiteral(" · ") + v.at(10).toString();
            pg.cell(kMargin + w[0], pg.y, 170 - w[0], 4.5, sub);
            pg.painter().setPen(Qt::black);
            pg.y += 5.5;
        }
    };
    table(tr(l, "Laporan yang diterima bulan ini", "Reports received this month"), r.received);
    table(tr(l, "Masih terbuka dari bulan sebelumnya", "Still open from earlier months"), r.carriedOver);
    pg.font(8);
    pg.y += 2;
    pg.paragraph(tr(l,
                    "Tenggat: 30 hari kerja sejak gratifikasi diterima (Pasal 12C UU 31/1999 jo. UU 20/2001); "
                    "* = SKB hari libur tahun itu belum diimpor: libur kalender bulan dan cuti bersama belum "
                    "dihitung, tanggal dapat mundur.",
                    "Deadline: 30 working days from receipt of the gratification (Art. 12C Law 31/1999 as amended by "
                    "Law 20/2001); * = that year's holiday SKB is not imported yet: the lunar-calendar holidays and "
                    "cuti bersama are not counted, the date may move later."));
    pg.finish();
}

} // namespace suara::server::exports
