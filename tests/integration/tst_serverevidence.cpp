// The photo and signature of an officer's report reach the server and open from the UPG register
// (docs/protocol.md §5.5, §6): through the sync engine's push and through an offline bundle, each ending
// with the same bytes (hash checked) on the server; a damaged body or bundle refused with earlier data
// intact; a hash no record names refused; the unit admin refused the file; and a sync cut off between
// its records and their files finishing the upload, once, at the next sync.
#include "childprocess.h"
#include "reportsdata.h"

#include "protocol/bundle.h"
#include "store/evidencestore.h"
// The engine's own HTTP client, not the harness's of the same file name.
#include "../../sync/httpclient.h"
#include "outbox.h"
#include "pushjob.h"
#include "syncengine.h"
#include "syncmeta.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace suara;
using namespace suara::testing;
using suara::sync::SyncEngine;
using suara::sync::SyncError;

namespace {
QByteArray testFile(const char *name)
{
    QFile f(QStringLiteral(SUARA_SOURCE_DIR "/tests/data/evidence/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return f.readAll();
}

// An officer's refusal (protocol §2.1) that names its photo and signature, with the files themselves.
RecordDraft refusal(const QString &description, const EvidenceFile &photo, const EvidenceFile &signature)
{
    RecordDraft d;
    d.type = RecordType::GratificationReport;
    d.service = QStringLiteral("kunjungan");
    d.capturedAt = QDateTime::currentDateTimeUtc();
    d.data = QJsonObject{
        {"kind", "refusal"},
        {"officer", QJsonObject{{"id", "plkb-07"}, {"name", "Sri Handayani"}, {"position", "PLKB Kecamatan"}}},
        {"giver", QJsonObject{{"name", "Bapak T."}, {"relation", "warga desa"}}},
        {"form", "money"},
        {"description", description},
        {"valueIdr", 200000},
        {"occurredOn", QDate::currentDate().toString(Qt::ISODate)},
        {"place", "Balai desa"},
        {"chronology", "Amplop ditawarkan setelah pendataan; ditolak."},
        {"photo", photo.reference()},
        {"signature", signature.reference()},
        {"pinConfirmed", true}};
    d.evidence = {photo, signature};
    return d;
}

sync::SyncOptions quickOptions()
{
    sync::SyncOptions o;
    o.requestTimeoutMs = 10000;
    o.interval = std::chrono::hours(1);
    return o;
}
} // namespace

class TestServerEvidence : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;
    QByteArray m_photoBytes = testFile("photo.png");
    QByteArray m_signatureBytes = testFile("signature.png");

    HttpResult as(const QString &user, const QString &path)
    {
        HttpClient http = m_fx.client();
        http.setBasic(user, user + QStringLiteral("-sandi"));
        return http.send("GET", path, {}, {}, {});
    }

    HttpResult upload(KioskDevice &device, const QString &sha256, const QByteArray &bytes,
                      const QByteArray &type = "image/png")
    {
        HttpClient http = m_fx.client();
        http.setBearer(device.token());
        return http.send("PUT", QStringLiteral("/api/v1/evidence/") + sha256, bytes, {}, type);
    }

    // The register entry of the report with this description, as the UPG sees it (0 when absent).
    qint64 entryId(const QString &description)
    {
        const HttpResult r = as("upg-la", "/api/v1/register?unit=LA");
        for (const QJsonValue &v : r.json().value("entries").toArray()) {
            if (v["details"]["description"].toString() == description)
                return v["id"].toInteger();
        }
        return 0;
    }

    qint64 keptFiles(const QString &deviceId)
    {
        return m_fx.scalar("SELECT COUNT(*) FROM evidence_files WHERE device_id = ?", {deviceId}).toLongLong();
    }

    // The UPG opens both files from the entry; each must be the device's bytes, hash and all.
    void verifyOpensFromRegister(qint64 id, const EvidenceFile &photo, const EvidenceFile &signature)
    {
        QVERIFY(id > 0);
        const HttpResult detail = as("upg-la", QStringLiteral("/api/v1/register/%1").arg(id));
        QCOMPARE(detail.status, 200);
        QCOMPARE(detail.json().value("evidence")["photo"]["received"].toBool(), true);
        QCOMPARE(detail.json().value("evidence")["signature"]["received"].toBool(), true);
        for (const auto &[kind, file] : {std::pair{"photo", photo}, std::pair{"signature", signature}}) {
            const HttpResult r =
                as("upg-la", QStringLiteral("/api/v1/register/%1/evidence/%2").arg(id).arg(QLatin1String(kind)));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("content-type"), QByteArray("image/png"));
            QCOMPARE(evidence::sha256Hex(r.body), file.sha256);
            QCOMPARE(r.body, file.bytes);
        }
    }

private slots:
    void initTestCase()
    {
        SUARA_SERVER_FIXTURE_SETUP(m_fx);
        QString error;
        QVERIFY2(m_fx.createUnit("LA", "Perwakilan BKKBN Kabupaten A", &error), qPrintable(error));
        for (const auto &[name, role] :
             {std::pair{"upg-la", "upg"}, std::pair{"admin-la", "unit_admin"}, std::pair{"nasional", "national_admin"}})
            QVERIFY2(m_fx.createUser(name, role, QString::fromLatin1(role) == "national_admin" ? "" : "LA",
                                     QStringLiteral("%1-sandi").arg(name), &error),
                     qPrintable(error));
    }

    void pushedReportsFilesArriveIntactAndOpenForTheUpgOnly()
    {
        QString error;
        const auto device = enrolledDevice(m_fx, "LA", &error);
        QVERIFY2(device, qPrintable(error));
        const EvidenceFile photo = EvidenceFile::of(m_photoBytes, "image/png");
        const EvidenceFile signature = EvidenceFile::of(m_signatureBytes, "image/png");
        QVERIFY2(seal(*device, QList<RecordDraft>{refusal("push-path", photo, signature)}, &error), qPrintable(error));

        // Before its record, the file is named by nothing the server holds: refused, nothing kept.
        const HttpResult early = upload(*device, photo.sha256, photo.bytes);
        QCOMPARE(early.status, 409);
        QCOMPARE(early.errorCode(), QStringLiteral("evidence_unreferenced"));
        QCOMPARE(keptFiles(device->id()), 0);

        HttpClient http = m_fx.client();
        QCOMPARE(device->push(http, device->records()).status, 200);
        const qint64 id = entryId("push-path");
        QVERIFY(id > 0);
        // The entry says the files have not arrived, and the file itself answers so, distinctly.
        QCOMPARE(
            as("upg-la", QStringLiteral("/api/v1/register/%1").arg(id)).json().value("evidence")["photo"]["received"],
            QJsonValue(false));
        QCOMPARE(as("upg-la", QStringLiteral("/api/v1/register/%1/evidence/photo").arg(id)).errorCode(),
                 QStringLiteral("evidence_not_received"));

        // One byte changed on the way: refused by its hash, and nothing is kept under that name.
        QByteArray damaged = photo.bytes;
        damaged[damaged.size() / 2] = char(damaged.at(damaged.size() / 2) ^ 0x01);
        const HttpResult bad = upload(*device, photo.sha256, damaged);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorCode(), QStringLiteral("evidence_hash_mismatch"));
        QCOMPARE(keptFiles(device->id()), 0);
        // A type the report does not say, and a type that is no image at all.
        QCOMPARE(upload(*device, photo.sha256, photo.bytes, "image/jpeg").status, 400);
        QCOMPARE(upload(*device, photo.sha256, photo.bytes, "text/html").status, 415);

        const HttpResult first = upload(*device, photo.sha256, photo.bytes);
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json().value("status").toString(), QStringLiteral("stored"));
        const HttpResult again = upload(*device, photo.sha256, photo.bytes);
        QCOMPARE(again.status, 200); // the same file twice: not an error, not a second copy
        QCOMPARE(again.json().value("status").toString(), QStringLiteral("duplicate"));
        QCOMPARE(upload(*device, signature.sha256, signature.bytes).status, 201);
        QCOMPARE(keptFiles(device->id()), 2);

        verifyOpensFromRegister(id, photo, signature);
        // The unit admin sees counts only: never the officer's photo or signature.
        const HttpResult admin = as("admin-la", QStringLiteral("/api/v1/register/%1/evidence/signature").arg(id));
        QCOMPARE(admin.status, 403);
        QCOMPARE(admin.errorCode(), QStringLiteral("forbidden"));
        QVERIFY(admin.body.indexOf(QByteArray("PNG")) < 0);
        // The national admin may open it, like the UPG.
        QCOMPARE(as("nasional", QStringLiteral("/api/v1/register/%1/evidence/photo").arg(id)).body, photo.bytes);
    }

    void aSyncCutOffBeforeTheFilesFinishesThemOnceAtTheNextSync()
    {
        QString error;
        QTemporaryDir dir;
        KioskDevice device(dir.filePath(QStringLiteral("kiosk.db")));
        QNetworkAccessManager nam;
        const EvidenceFile photo = EvidenceFile::of(m_photoBytes, "image/png");
        // Another signature than the first test's: a file of its own on this device.
        const EvidenceFile signature = EvidenceFile::of(m_signatureBytes + QByteArray(1, '\0'), "image/png");
        QVERIFY2(seal(device, QList<RecordDraft>{refusal("sync-path", photo, signature)}, &error), qPrintable(error));
        {
            SyncEngine engine(&device.store(), &nam, quickOptions());
            QSignalSpy finished(&engine, &SyncEngine::finished);
            engine.enroll(m_fx.server().baseUrl(), m_fx.enrollmentCode("LA", &error), QStringLiteral("Tablet 1"));
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.last().at(1).value<SyncError>(), SyncError::None);
            QCOMPARE(engine.status()->evidenceWaitingCount(), 2);
        }
        {
            // The records' pass alone, and then nothing: the moment a sync killed after its push and
            // before its first file leaves behind (the engine runs the files right after this job).
            sync::Outbox outbox(&device.store());
            sync::HttpClient client(&nam);
            const sync::SyncMeta meta(&device.store());
            client.setBaseUrl(meta.serverUrl().value());
            client.setToken(meta.token().value());
            sync::PushJob push(&device.store(), &outbox, &client, 50);
            std::optional<sync::SyncFailure> pushed;
            QObject::connect(&push, &sync::PushJob::finished, &push,
                             [&pushed](const sync::SyncFailure &f) { pushed = f; });
            push.start();
            QTRY_VERIFY_WITH_TIMEOUT(pushed.has_value(), 20000);
            QVERIFY2(pushed->ok(), qPrintable(pushed->sentence()));
            QCOMPARE(outbox.counts().value().pending, 0);
        }
        QCOMPARE(keptFiles(device.id()), 0);
        QVERIFY(entryId("sync-path") > 0); // the report is registered, its files not yet there
        const EvidenceStore files(device.store().database());
        QCOMPARE(files.waitingCount().value(), 2);

        SyncEngine engine(&device.store(), &nam, quickOptions());
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QVERIFY(engine.syncNow());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().at(1).value<SyncError>(), SyncError::None);
        QCOMPARE(engine.status()->evidenceWaitingCount(), 0);
        QCOMPARE(files.waitingCount().value(), 0);
        QCOMPARE(keptFiles(device.id()), 2);
        verifyOpensFromRegister(entryId("sync-path"), photo, signature);
        // A third sync has nothing left to upload.
        QVERIFY(engine.syncNow());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().at(1).value<SyncError>(), SyncError::None);
        QCOMPARE(keptFiles(device.id()), 2);
    }

    void bundledFilesArriveIntactAndADamagedOneRefusesTheBundle()
    {
        QString error;
        const QString code = m_fx.enrollmentCode("LA", &error);
        QVERIFY2(!code.isEmpty(), qPrintable(error));
        KioskDevice device;
        const EvidenceFile photo = EvidenceFile::of(m_photoBytes + QByteArray(2, '\0'), "image/png");
        const EvidenceFile signature = EvidenceFile::of(m_signatureBytes + QByteArray(2, '\0'), "image/png");
        QVERIFY2(seal(device, QList<RecordDraft>{refusal("bundle-path", photo, signature)}, &error), qPrintable(error));
        const QList<Record> records = device.records();
        const qint64 lastSeq = device.store().lastSeq().value();
        HttpClient http = m_fx.client();
        http.setBasic("admin-la", "admin-la-sandi");

        // One byte of the photo changed on the stick: the whole bundle is refused, nothing of it kept.
        EvidenceFile damaged = photo;
        damaged.bytes[10] = char(damaged.bytes.at(10) ^ 0x20);
        const QByteArray badFile = protocol::writeBundle(device.id(), device.key(), lastSeq, records, code,
                                                         QDateTime::currentDateTimeUtc(), {damaged, signature});
        const HttpResult refused = http.send("POST", "/api/v1/bundles", badFile, {}, "application/vnd.suara.bundle");
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), QStringLiteral("bad_bundle"));
        QVERIFY2(QString::fromUtf8(refused.body).contains(photo.sha256), refused.body.constData());
        QCOMPARE(m_fx.scalar("SELECT COUNT(*) FROM records WHERE device_id = ?", {device.id()}).toInt(), 0);
        QCOMPARE(keptFiles(device.id()), 0);
        QCOMPARE(entryId("bundle-path"), 0);

        const QByteArray good = protocol::writeBundle(device.id(), device.key(), lastSeq, records, code,
                                                      QDateTime::currentDateTimeUtc(), {photo, signature});
        const HttpResult imported = http.send("POST", "/api/v1/bundles", good, {}, "application/vnd.suara.bundle");
        QCOMPARE(imported.status, 200);
        QCOMPARE(imported.json().value("evidence").toArray().size(), 2);
        QCOMPARE(imported.json().value("evidence")[0]["status"].toString(), QStringLiteral("stored"));
        QCOMPARE(keptFiles(device.id()), 2);
        verifyOpensFromRegister(entryId("bundle-path"), photo, signature);
        // Importing it again is harmless: the files are duplicates, not second copies.
        const HttpResult twice = http.send("POST", "/api/v1/bundles", good, {}, "application/vnd.suara.bundle");
        QCOMPARE(twice.status, 200);
        QCOMPARE(twice.json().value("evidence")[0]["status"].toString(), QStringLiteral("duplicate"));
        QCOMPARE(keptFiles(device.id()), 2);
    }
};

QTEST_GUILESS_MAIN(TestServerEvidence)
#include "tst_serverevidence.moc"
