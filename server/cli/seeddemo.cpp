// seed-demo: a small unit tree, a user for each role and a few hundred visits over the last two
// quarters, sealed and signed by real kiosk stores (core/store) and taken in through ingest, exactly as
// pushed records are, so the aggregates and every report fill as they would in the field.
#include "commands.h"
#include "seedregister.h"

#include "service/devices.h"
#include "service/enrollmentcodes.h"
#include "service/evidencefiles.h"
#include "service/failure.h"
#include "service/ingest.h"
#include "service/officers.h"
#include "service/regions.h"
#include "service/units.h"
#include "service/users.h"
#include "store/evidencestore.h"
#include "store/localstore.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

namespace suara::server::cli {

namespace {
struct DemoUnit
{
    const char *code, *name, *parent, *services; // services: comma-separated keys of the unit's profile
    int offsetMinutes; // WIB +7
    int quality; // 0..100: how often a visitor answers 4
};

const DemoUnit kUnits[] = {
    {"KW-DIY", "Kanwil Kemenkumham D.I. Yogyakarta", "", "", 420, 0},
    {"LP-YK", "Lapas Kelas IIA Yogyakarta", "KW-DIY", "kunjungan,integrasi,informasi", 420, 62},
    {"LP-WT", "Lapas Kelas IIB Wates", "KW-DIY", "kunjungan,integrasi", 420, 35},
    {"BKKBN-DIY", "Perwakilan BKKBN D.I. Yogyakarta", "", "", 420, 0},
    {"KB-SLM", "Dinas P2KB Kabupaten Sleman", "BKKBN-DIY", "konseling,pelayanan-kb", 420, 48},
    // A field unit: its PKB/PLKB officers interview families in the desa of Kecamatan Depok.
    {"PKB-DEPOK", "Balai Penyuluhan KB Kecamatan Depok", "KB-SLM", "", 420, 0},
};

struct DemoUser
{
    const char *name, *role, *unit;
};

const DemoUser kUsers[] = {
    {"nasional", "national_admin", ""},        {"kanwil", "unit_admin", "KW-DIY"}, {"lapas-yk", "unit_admin", "LP-YK"},
    {"lapas-wt", "unit_admin", "LP-WT"},       {"upg-kanwil", "upg", "KW-DIY"},    {"pengamat-yk", "viewer", "LP-YK"},
    {"perwakilan", "unit_admin", "BKKBN-DIY"}, {"sleman", "unit_admin", "KB-SLM"}, {"upg-yk", "upg", "LP-YK"},
    {"depok", "unit_admin", "PKB-DEPOK"},
};

const char *const kComments[] = {
    "Pelayanan cepat dan ramah, terima kasih.", "Antrian kunjungan terlalu panjang di pagi hari.",
    "Petugas menjelaskan syarat dengan jelas.", "Ruang tunggu panas, mohon ditambah kipas.",
    "Informasi jadwal layanan belum ada di papan pengumuman."};

void out(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
}

int answer(QRandomGenerator &rng, int quality)
{
    const int roll = int(rng.bounded(100));
    return roll < quality ? 4 : roll < quality + (100 - quality) * 2 / 3 ? 3 : roll < 97 ? 2 : 1;
}

QList<RecordDraft> visit(QRandomGenerator &rng, const DemoUnit &unit, const QDateTime &at, bool lapas, bool misuse,
                         bool report)
{
    static const QStringList unsur = {"persyaratan", "prosedur", "waktu",     "biaya", "produk",
                                      "kompetensi",  "perilaku", "pengaduan", "sarana"};
    static const QStringList spak = {"diskriminasi", "kecurangan", "imbalan", "pungli", "percaloan"};
    const QStringList services = QString::fromLatin1(unit.services).split(QLatin1Char(','));
    const QString service = services.at(int(rng.bounded(services.size())));
    const QStringList flags = misuse ? QStringList{suara::flags::kSuspectedMisuse} : QStringList{};
    QJsonObject profile{{"gender", rng.bounded(2) ? "L" : "P"},
                        {"age", QStringList{"<20", "20-29", "30-39", "40-49", "50-59", "60+"}.at(int(rng.bounded(6)))},
                        {"education", QStringList{"SD", "SMP", "SMA", "D3", "S1", "S2"}.at(int(rng.bounded(6)))},
                        {"occupation", QStringList{"PNS", "SWASTA", "WIRAUSAHA", "LAINNYA"}.at(int(rng.bounded(4)))}};
    auto base = [&](RecordType type) {
        RecordDraft d;
        d.type = type;
        d.unitCode = QString::fromLatin1(unit.code);
        d.service = service;
        d.capturedAt = at;
        d.flags = flags;
        return d;
    };
    QList<RecordDraft> drafts;
    RecordDraft skm = base(RecordType::Response);
    skm.questionnaireId = "skm";
    skm.questionnaireVersion = 1;
    QJsonObject answers;
    for (const QString &u : unsur)
        answers.insert(u, misuse ? 1 : answer(rng, unit.quality));
    skm.data = QJsonObject{{"answers", answers},
                           {"scale", QJsonObject{{"min", 1}, {"max", 4}}},
                           {"durationMs", misuse ? 2500 : 40000 + int(rng.bounded(60000))},
                           {"profile", profile}};
    if (rng.bounded(8) == 0)
        skm.data.insert("comment", QString::fromUtf8(kComments[rng.bounded(int(std::size(kComments)))]));
    if (misuse)
        skm.data.insert("misuse", QJsonArray{"too_fast"});
    drafts << skm;
    if (lapas) {
        RecordDraft z = base(RecordType::Response);
        z.questionnaireId = "spak";
        z.questionnaireVersion = 1;
        QJsonObject a;
        for (const QString &k : spak)
            a.insert(k, misuse ? 1 : answer(rng, unit.quality + 20));
        z.data = QJsonObject{{"answers", a}, {"scale", QJsonObject{{"min", 1}, {"max", 4}}}, {"profile", profile}};
        drafts << z;
    }
    RecordDraft ack = base(RecordType::GratificationAck);
    ack.questionnaireId = "gratification-statement";
    ack.questionnaireVersion = 1;
    ack.data = QJsonObject{
        {"statement", report ? "reward_requested" : "no_reward"},
        {"statementText",
         report ? "Saya dimintai atau ditawari imbalan." : "Saya tidak memberikan imbalan apa pun kepada petugas."}};
    if (report)
        ack.data.insert("report",
                        QJsonObject{{"kind", "asked"},
                                    {"what", "money"},
                                    {"when", "today"},
                                    {"counter", "Loket 2"},
                                    {"note", "Diminta uang administrasi di luar tarif."}});
    drafts << ack;
    return drafts;
}

// One kiosk: a real store in a temporary directory, enrolled with a one-time code, its visits sealed
// there and then stored through ingest like a push.
qint64 seedDevice(Sql &sql, const DemoUnit &unit, int visits, QRandomGenerator &rng, const QDate &today)
{
    QTemporaryDir dir;
    LocalStore store(dir.filePath(QStringLiteral("kiosk.db")));
    if (const StoreError e = store.open(); !e.ok())
        fail(protocol::ErrorCode::Internal, QStringLiteral("cannot open a demo kiosk store: %1").arg(e.message));
    devices::Device device;
    {
        Transaction tx(sql);
        const enrollmentcodes::Issued code = enrollmentcodes::issue(sql, QString::fromLatin1(unit.code), 1);
        device = devices::enroll(sql,
                                 protocol::EnrollRequest{code.code, store.deviceId(), store.publicKey(),
                                                         QStringLiteral("Kiosk demo"), QStringLiteral("demo")})
                     .device;
        tx.commit();
    }
    const bool lapas = QByteArray(unit.code).startsWith("LP-");
    // Two quarters back from today, visits on working hours of random days, in the device's offset.
    const QDate first = today.addMonths(-6);
    const qint64 span = first.daysTo(today);
    QList<RecordDraft> drafts;
    for (int i = 0; i < visits; ++i) {
        const QDate day = first.addDays(qint64(rng.bounded(int(span) + 1)));
        const QDateTime at(day, QTime(8 + int(rng.bounded(8)), int(rng.bounded(60))),
                           QTimeZone(unit.offsetMinutes * 60));
        drafts += visit(rng, unit, at, lapas, rng.bounded(20) == 0, i == visits / 2);
    }
    // Officers' own gratification reports for the UPG's register, on one Lapas kiosk.
    if (QByteArray(unit.code) == "LP-YK")
        drafts += demoOfficerReports(QString::fromLatin1(unit.code), today, unit.offsetMinutes);
    std::sort(drafts.begin(), drafts.end(),
              [](const RecordDraft &a, const RecordDraft &b) { return a.capturedAt < b.capturedAt; });
    for (qsizetype i = 0; i < drafts.size(); i += 500) {
        if (const StoreError e = store.append(drafts.mid(i, 500)); !e.ok())
            fail(protocol::ErrorCode::Internal, QStringLiteral("cannot seal demo records: %1").arg(e.message));
    }
    qint64 stored = 0;
    for (qint64 after = 0;;) {
        ingest::Batch batch;
        batch.device = device;
        const auto read = store.records(after, 500);
        if (!read.ok())
            fail(protocol::ErrorCode::Internal,
                 QStringLiteral("cannot read demo records back: %1").arg(read.error().message));
        batch.records = *read;
        if (batch.records.isEmpty())
            break;
        batch.reportedLastSeq = batch.records.last().seq; // no gap alerts for batches still to come
        batch.source = QStringLiteral("push");
        const QList<ingest::Checked> checked = ingest::check(batch);
        Transaction tx(sql);
        sql.lockDevice(device.id);
        for (const protocol::RecordResult &r : ingest::store(sql, batch, checked)) {
            if (r.status != protocol::RecordStatus::Accepted)
                fail(protocol::ErrorCode::Internal,
                     QStringLiteral("demo record %1 was not accepted (%2)").arg(r.seq).arg(r.reason));
            ++stored;
        }
        tx.commit();
        after = batch.records.last().seq;
    }
    // The officers' photos and signatures, as the device uploads them after its records; but the
    // request's signature stays on the kiosk, so the register shows a file that has not arrived yet.
    const StoreResult<QList<EvidenceFile>> files = EvidenceStore(store.database()).unsent();
    if (!files.ok())
        fail(protocol::ErrorCode::Internal, QStringLiteral("cannot read demo evidence: %1").arg(files.error().message));
    QStringList heldBack;
    for (const RecordDraft &d : std::as_const(drafts)) {
        if (d.data.value(QLatin1String("kind")).toString() == QLatin1String("request"))
            for (const EvidenceFile &f : d.evidence)
                heldBack << f.sha256;
    }
    Transaction tx(sql);
    for (const EvidenceFile &f : *files) {
        if (!heldBack.contains(f.sha256))
            (void)evidencefiles::keep(sql, device.id, f, QStringLiteral("push")); // new or already kept: both fine
    }
    tx.commit();
    return stored;
}
// The real region sample shipped in core's resources, the field unit's area, mode and one officer (PIN
// 482913, printed below: a demo tablet needs it).
void seedField(Sql &sql)
{
    QFile sample(QStringLiteral(":/suara/regions/kemendagri-sample.csv"));
    if (!sample.open(QIODevice::ReadOnly))
        fail(protocol::ErrorCode::Internal, QStringLiteral("the region sample is missing from this build"));
    regions::importCsv(sql, QString::fromUtf8(sample.readAll()), sample.fileName());
    const QString code = QStringLiteral("PKB-DEPOK");
    const units::Unit unit = units::get(sql, code);
    protocol::SettingsUpdate update;
    update.unitName = unit.name;
    update.kiosk = unit.kiosk;
    update.kiosk.deviceMode = DeviceMode::Field;
    update.kiosk.serviceProfile = QStringLiteral("bkkbn");
    update.kiosk.offlineWarningDays = 14;
    update.regionPrefixes = QStringList{QStringLiteral("34.04.07")};
    Transaction tx(sql);
    units::updateSettings(sql, code, update);
    officers::add(sql, code,
                  officers::NewOfficer{QStringLiteral("sri-wahyuni"), QStringLiteral("Sri Wahyuni"),
                                       QStringLiteral("198703122010012001"), QStringLiteral("PKB Ahli Pertama"),
                                       QStringLiteral("482913")},
                  QStringLiteral("seed-demo"));
    tx.commit();
}
} // namespace

int seedDemo(const Options &o, Sql &sql)
{
    if (units::find(sql, QString::fromLatin1(kUnits[0].code))) {
        out(QStringLiteral("demo data is already present (unit %1); nothing changed")
                .arg(QString::fromLatin1(kUnits[0].code)));
        return kOk;
    }
    const QString password = o.value(QStringLiteral("password"), QStringLiteral("suara-demo"));
    {
        Transaction tx(sql);
        for (const DemoUnit &u : kUnits)
            units::create(sql, QString::fromLatin1(u.code), QString::fromUtf8(u.name), {},
                          QString::fromLatin1(u.parent));
        for (const DemoUser &u : kUsers)
            users::create(sql, QString::fromLatin1(u.name), *users::roleFromName(QString::fromLatin1(u.role)),
                          QString::fromLatin1(u.unit), password);
        tx.commit();
    }
    // Fixed seed: the same demo every time, so screenshots and walkthroughs match.
    QRandomGenerator rng(20260701);
    const QDate today = QDate::currentDate();
    qint64 records = 0;
    for (const DemoUnit &u : kUnits) {
        if (*u.services)
            records += seedDevice(sql, u, 120 + int(rng.bounded(80)), rng, today);
    }
    seedRegister(sql, today);
    seedField(sql);
    out(QStringLiteral("demo data created: %1 units, %2 signed records").arg(std::size(kUnits)).arg(records));
    out(QStringLiteral("demo users (password for each: %1):").arg(password));
    for (const DemoUser &u : kUsers)
        out(QStringLiteral("  %1  %2%3")
                .arg(QString::fromLatin1(u.name).leftJustified(12), QString::fromLatin1(u.role),
                     *u.unit ? QStringLiteral(" of ") + QString::fromLatin1(u.unit) : QString()));
    out(QStringLiteral("field officer of PKB-DEPOK: sri-wahyuni, PIN 482913 (desa of Kecamatan Depok, Sleman)"));
    return kOk;
}

} // namespace suara::server::cli
