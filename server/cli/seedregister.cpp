#include "seedregister.h"

#include "calendar/holidaycsv.h"
#include "service/failure.h"
#include "service/holidays.h"
#include "service/registerentries.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>

namespace suara::server::cli {

namespace {
struct DemoReport
{
    const char *kind, *officerId, *officerName, *nip, *position, *giver, *institution, *relation, *form, *description;
    qint64 value;
    int daysAgo;
    const char *place, *chronology;
};

const DemoReport kReports[] = {
    {"refusal", "petugas-03", "Rina Wulandari", "199003122015032001", "Petugas Layanan Kunjungan", "Bapak S.", "",
     "keluarga warga binaan", "money", "Amplop berisi uang tunai", 500000, 2, "Ruang layanan kunjungan",
     "Setelah pendaftaran kunjungan, keluarga warga binaan menyodorkan amplop agar jadwal kunjungan didahulukan. "
     "Petugas menolak dan menjelaskan bahwa layanan kunjungan gratis."},
    {"receipt", "petugas-07", "Agus Prasetyo", "198707242010121002", "Staf Registrasi", "Ibu M.", "",
     "keluarga warga binaan", "food", "Parsel makanan yang ditinggalkan di meja registrasi", 350000, 50,
     "Loket registrasi",
     "Parsel ditinggalkan tanpa sepengetahuan petugas saat antrean ramai; diserahkan ke UPG keesokan harinya."},
    {"request", "petugas-11", "Dedi Kurniawan", "", "Petugas Integrasi", "", "", "", "money",
     "Permintaan uang untuk mempercepat berkas pembebasan bersyarat", 2000000, 36, "Ruang integrasi",
     "Pengunjung melaporkan bahwa seseorang yang mengaku petugas meminta uang; petugas meneruskan laporan ini."},
};

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        fail(protocol::ErrorCode::Internal, QStringLiteral("cannot encode a demo evidence image"));
    return bytes;
}

// A photo of the offer as a phone would take it: a parcel or an envelope on a desk. Drawn, not
// shipped, so each demo report has a file of its own.
EvidenceFile demoPhoto(int index)
{
    QImage image(480, 320, QImage::Format_RGB32);
    image.fill(QColor(118, 84, 56)); // the desk
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(90, 70, 40), 3));
    p.setBrush(QColor(236, 224, 196));
    p.drawRect(QRect(120 + index * 10, 80, 240, 150)); // the envelope or parcel
    p.drawLine(QPoint(120 + index * 10, 80), QPoint(240 + index * 10, 170));
    p.drawLine(QPoint(360 + index * 10, 80), QPoint(240 + index * 10, 170));
    p.end();
    return EvidenceFile::of(png(image), QStringLiteral("image/png"));
}

// A signature drawn on the screen: one dark stroke on white, as the report screen keeps it.
EvidenceFile demoSignature(int index)
{
    QImage image(600, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(20, 30, 80), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    QPainterPath path(QPointF(40, 130));
    for (int i = 1; i <= 10; ++i)
        path.quadTo(QPointF(40 + i * 52 - 26, i % 2 ? 40 + index * 15 : 170), QPointF(40 + i * 52, 110));
    p.drawPath(path);
    p.end();
    return EvidenceFile::of(png(image), QStringLiteral("image/png"));
}

calendar::HolidayYear shippedYear(int year)
{
    QFile f(QStringLiteral(":/suara/calendar/id-holidays-%1.csv").arg(year));
    if (!f.open(QIODevice::ReadOnly))
        fail(protocol::ErrorCode::Internal,
             QStringLiteral("the shipped calendar %1 is missing from this build").arg(year));
    calendar::HolidayCsvError error;
    const std::optional<calendar::HolidayYear> y = calendar::parseHolidayCsv(QString::fromUtf8(f.readAll()), &error);
    if (!y)
        fail(protocol::ErrorCode::Internal,
             QStringLiteral("the shipped calendar %1, line %2: %3").arg(year).arg(error.line).arg(error.message));
    return *y;
}
} // namespace

QList<RecordDraft> demoOfficerReports(const QString &unitCode, const QDate &today, int offsetMinutes)
{
    QList<RecordDraft> out;
    int index = 0;
    for (const DemoReport &r : kReports) {
        const QDate occurred = today.addDays(-r.daysAgo);
        RecordDraft d;
        d.type = RecordType::GratificationReport;
        d.unitCode = unitCode;
        d.service = QStringLiteral("kunjungan");
        d.mode = QStringLiteral("kiosk");
        d.capturedAt = QDateTime(occurred.addDays(r.daysAgo > 0 ? 1 : 0), QTime(9, 30), QTimeZone(offsetMinutes * 60));
        QJsonObject giver{{"name", QString::fromUtf8(r.giver)}};
        if (*r.institution)
            giver.insert("institution", QString::fromUtf8(r.institution));
        if (*r.relation)
            giver.insert("relation", QString::fromUtf8(r.relation));
        QJsonObject officer{{"id", QString::fromLatin1(r.officerId)},
                            {"name", QString::fromUtf8(r.officerName)},
                            {"position", QString::fromUtf8(r.position)}};
        if (*r.nip)
            officer.insert("nip", QString::fromLatin1(r.nip));
        d.data = QJsonObject{{"kind", QString::fromLatin1(r.kind)},
                             {"officer", officer},
                             {"giver", giver},
                             {"form", QString::fromLatin1(r.form)},
                             {"description", QString::fromUtf8(r.description)},
                             {"valueIdr", r.value},
                             {"occurredOn", occurred.toString(Qt::ISODate)},
                             {"place", QString::fromUtf8(r.place)},
                             {"chronology", QString::fromUtf8(r.chronology)},
                             {"pinConfirmed", true}};
        // Each report is signed; the refusal and the receipt carry a photo too.
        const EvidenceFile signature = demoSignature(index);
        d.data.insert("signature", signature.reference());
        d.evidence << signature;
        if (QByteArray(r.kind) != "request") {
            const EvidenceFile photo = demoPhoto(index);
            d.data.insert("photo", photo.reference());
            d.evidence << photo;
        }
        ++index;
        out << d;
    }
    return out;
}

void seedRegister(Sql &sql, const QDate &today)
{
    Transaction tx(sql);
    for (int year : {2026, 2027})
        holidays::replaceYear(sql, shippedYear(year), QStringLiteral("seed-demo"));
    registry::Filter all;
    QSqlQuery q = sql.run(QStringLiteral("SELECT DISTINCT unit_code FROM register_entries"));
    while (q.next())
        all.units << q.value(0).toString();
    q.finish();
    const QString upg = QStringLiteral("upg-kanwil");
    for (const registry::Entry &e : registry::list(sql, all)) {
        if (e.origin != registry::Origin::Officer)
            continue;
        if (e.kind == QLatin1String("receipt")) {
            (void)registry::apply(sql, e,
                                  {registry::Action::Verify, QStringLiteral("Parsel diterima UPG, diperiksa."), {}, {}},
                                  upg, today);
        } else if (e.kind == QLatin1String("request")) {
            const registry::Entry v = registry::apply(sql, e, {registry::Action::Verify, {}, {}, {}}, upg, today);
            (void)registry::apply(sql, v,
                                  {registry::Action::MarkIncomplete,
                                   QStringLiteral("NIP pelapor dan nama pihak peminta belum diisi."),
                                   {},
                                   {}},
                                  upg, today);
        }
    }
    tx.commit();
}

} // namespace suara::server::cli
