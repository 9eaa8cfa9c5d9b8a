#pragma once

// Visits for the report suites: SKM responses with a chosen total of answers, acknowledgements and
// solicitation reports, captured at chosen local times and offsets, sealed by a real kiosk store.
#include "kioskdevice.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace suara::testing {

inline const QStringList &unsurKeys()
{
    static const QStringList keys = {
        QStringLiteral("persyaratan"), QStringLiteral("prosedur"),  QStringLiteral("waktu"),
        QStringLiteral("biaya"),       QStringLiteral("produk"),    QStringLiteral("kompetensi"),
        QStringLiteral("perilaku"),    QStringLiteral("pengaduan"), QStringLiteral("sarana")};
    return keys;
}

// A local time with its own UTC offset, as a device in that zone records it.
inline QDateTime localTime(const QString &isoLocal, int offsetMinutes)
{
    QDateTime t = QDateTime::fromString(isoLocal, Qt::ISODate);
    t.setTimeZone(QTimeZone(offsetMinutes * 60));
    return t;
}

struct Visit
{
    QList<int> answers; // nine values, in unsurKeys() order
    QString service = QStringLiteral("kunjungan");
    QDateTime at;
    bool misuse = false;
    QString comment;
    QJsonObject profile;
};

inline RecordDraft skmDraft(const Visit &v)
{
    RecordDraft d;
    d.questionnaireId = QStringLiteral("skm");
    d.questionnaireVersion = 1;
    d.service = v.service;
    d.capturedAt = v.at;
    QJsonObject answers;
    for (int i = 0; i < v.answers.size(); ++i)
        answers.insert(unsurKeys().at(i), v.answers.at(i));
    d.data = QJsonObject{{QStringLiteral("answers"), answers},
                         {QStringLiteral("scale"), QJsonObject{{QStringLiteral("min"), 1}, {QStringLiteral("max"), 4}}},
                         {QStringLiteral("durationMs"), 30000}};
    if (!v.profile.isEmpty())
        d.data.insert(QStringLiteral("profile"), v.profile);
    if (!v.comment.isEmpty())
        d.data.insert(QStringLiteral("comment"), v.comment);
    if (v.misuse) {
        d.flags = {flags::kSuspectedMisuse};
        d.data.insert(QStringLiteral("misuse"), QJsonArray{QStringLiteral("too_fast")});
    }
    return d;
}

// `n` respondents who answer every unsur, with answers that add up to exactly `total` (each 1..4):
// the IKM is then 25 × total / (9 n) whatever the distribution.
inline QList<Visit> visitsWithTotal(int n, int total, const QDateTime &at,
                                    const QString &service = QStringLiteral("kunjungan"))
{
    QList<Visit> out;
    int remaining = total - 27 * n; // start from all-3, then move answers up (to 4) or down (to 2)
    for (int r = 0; r < n; ++r) {
        Visit v;
        v.at = at;
        v.service = service;
        for (int u = 0; u < 9; ++u) {
            int a = 3;
            if (remaining > 0) {
                a = 4;
                --remaining;
            } else if (remaining < 0) {
                a = 2;
                ++remaining;
            }
            v.answers << a;
        }
        out << v;
    }
    Q_ASSERT(remaining == 0);
    return out;
}

inline QList<Visit> sameVisits(int n, int answer, const QDateTime &at,
                               const QString &service = QStringLiteral("kunjungan"))
{
    QList<Visit> out;
    for (int r = 0; r < n; ++r)
        out << Visit{QList<int>(9, answer), service, at, false, {}, {}};
    return out;
}

inline RecordDraft ackDraft(const QDateTime &at, const QString &service, const QJsonObject &report = {})
{
    RecordDraft d;
    d.type = RecordType::GratificationAck;
    d.questionnaireId = QStringLiteral("gratification-statement");
    d.questionnaireVersion = 1;
    d.service = service;
    d.capturedAt = at;
    d.data.insert(QStringLiteral("statement"),
                  report.isEmpty() ? QStringLiteral("no_reward") : QStringLiteral("reward_requested"));
    d.data.insert(QStringLiteral("statementText"), QStringLiteral("…"));
    if (!report.isEmpty())
        d.data.insert(QStringLiteral("report"), report);
    return d;
}

// An officer's report as docs/protocol.md §2.1 defines `gratification_report`.
inline RecordDraft officerReportDraft(const QString &kind, const QDate &occurredOn, const QDateTime &at)
{
    RecordDraft d;
    d.type = RecordType::GratificationReport;
    d.service = QStringLiteral("kunjungan");
    d.capturedAt = at;
    d.data = QJsonObject{{"kind", kind},
                         {"officer",
                          QJsonObject{{"id", "petugas-03"},
                                      {"name", "Rina Wulandari"},
                                      {"nip", "199003122015032001"},
                                      {"position", "Petugas Layanan Kunjungan"}}},
                         {"giver", QJsonObject{{"name", "Bapak S."}, {"relation", "keluarga warga binaan"}}},
                         {"form", "money"},
                         {"description", "Amplop berisi uang tunai"},
                         {"valueIdr", 500000},
                         {"occurredOn", occurredOn.toString(Qt::ISODate)},
                         {"place", "Ruang layanan kunjungan"},
                         {"chronology", "Amplop disodorkan setelah pendaftaran; ditolak."},
                         {"signature", QJsonObject{{"sha256", QString(64, QLatin1Char('b'))}, {"type", "image/png"}}},
                         {"pinConfirmed", true}};
    return d;
}

inline bool seal(KioskDevice &device, const QList<RecordDraft> &drafts, QString *error)
{
    for (qsizetype i = 0; i < drafts.size(); i += 400) {
        const StoreError err = device.store().append(drafts.mid(i, 400));
        if (!err.ok()) {
            *error = err.message;
            return false;
        }
    }
    return true;
}

inline bool seal(KioskDevice &device, const QList<Visit> &visits, QString *error)
{
    QList<RecordDraft> drafts;
    for (const Visit &v : visits)
        drafts << skmDraft(v);
    return seal(device, drafts, error);
}

inline std::unique_ptr<KioskDevice> enrolledDevice(ServerFixture &fx, const QString &unit, QString *error)
{
    HttpClient http = fx.client();
    const QString code = fx.enrollmentCode(unit, error);
    auto device = std::make_unique<KioskDevice>();
    const HttpResult r = device->enroll(http, code);
    if (r.status != 201) {
        *error = QStringLiteral("enroll in %1: %2 %3").arg(unit).arg(r.status).arg(QString::fromUtf8(r.body));
        return nullptr;
    }
    return device;
}

} // namespace suara::testing
