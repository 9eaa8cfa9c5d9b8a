// Offline bundles (protocol §6): imported by CLI or over HTTP, twice as harmlessly as pushed twice;
// a damaged or forged bundle is refused whole.
#include "kioskdevice.h"
#include "protocol/bundle.h"
#include "protocol/gzip.h"
#include "serverfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;
using namespace suara::testing;

class TestServerBundle : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;
    QTemporaryDir m_files;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_files.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

    int stored(const QString &deviceId)
    {
        return m_fx.scalar("SELECT COUNT(*) FROM records WHERE device_id = ?", {deviceId}).toInt();
    }

private slots:
    void initTestCase()
    {
        SUARA_SERVER_FIXTURE_SETUP(m_fx);
        QString error;
        QVERIFY2(m_fx.createUnit("LPYK-01", "Lapas Kelas IIA Yogyakarta", &error), qPrintable(error));
        QVERIFY2(m_fx.createUnit("BKKBN-JT", "Perwakilan BKKBN Jawa Tengah", &error), qPrintable(error));
        QVERIFY2(m_fx.createUser("admin-lpyk", "unit_admin", "LPYK-01", "rahasia-lpyk", &error), qPrintable(error));
        QVERIFY2(m_fx.createUser("admin-bkkbn", "unit_admin", "BKKBN-JT", "rahasia-bkkbn", &error), qPrintable(error));
    }

    void aNeverOnlineDeviceEnrollsThroughItsBundleAndImportingTwiceIsHarmless()
    {
        QString error;
        const QString code = m_fx.enrollmentCode("LPYK-01", &error);
        KioskDevice device;
        device.addResponses(50);
        const QString file = writeFile(
            "offline.suara",
            protocol::writeBundle(device.id(), device.key(), device.store().lastSeq().value(), device.records(), code));
        const auto first = m_fx.server().cli({"import-bundle", file});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY2(first.out.contains("50 accepted, 0 duplicate, 0 conflict, 0 rejected"), first.out.constData());
        QVERIFY(first.out.contains("enrolled now"));
        QCOMPARE(stored(device.id()), 50);
        QCOMPARE(m_fx.scalar("SELECT COUNT(*) FROM records WHERE device_id = ? AND source = 'bundle'", {device.id()})
                     .toInt(),
                 50);

        const auto second = m_fx.server().cli({"import-bundle", file});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QVERIFY2(second.out.contains("0 accepted, 50 duplicate"), second.out.constData());
        QCOMPARE(stored(device.id()), 50);

        // The same file over HTTP by the unit's admin: duplicates again.
        HttpClient http = m_fx.client();
        http.setBasic("admin-lpyk", "rahasia-lpyk");
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const HttpResult upload = http.post("/api/v1/bundles", f.readAll(), {}, "application/vnd.suara.bundle");
        QCOMPARE(upload.status, 200);
        QCOMPARE(upload.json().value("device_id").toString(), device.id());
        const QJsonArray results = upload.json().value("results").toArray();
        QCOMPARE(results.size(), 50);
        for (const QJsonValue &r : results)
            QCOMPARE(r["status"].toString(), QStringLiteral("duplicate"));

        // Its code is now spent for any other device.
        KioskDevice other;
        HttpClient anon = m_fx.client();
        QCOMPARE(other.enroll(anon, code).errorCode(), QStringLiteral("enrollment_code_used"));
    }

    void anEnrolledDeviceBundlesWithoutACode()
    {
        HttpClient http = m_fx.client();
        QString error;
        KioskDevice device;
        QCOMPARE(device.enroll(http, m_fx.enrollmentCode("LPYK-01", &error)).status, 201);
        device.addResponses(20);
        QCOMPARE(device.push(http, device.records(0, 10)).status, 200); // half went online
        const QString file =
            writeFile("half.suara", protocol::writeBundle(device.id(), device.key(), 20, device.records()));
        const auto r = m_fx.server().cli({"import-bundle", file, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray results = QJsonDocument::fromJson(r.out).object().value("results").toArray();
        QCOMPARE(results.size(), 20);
        QCOMPARE(results.at(0)["status"].toString(), QStringLiteral("duplicate"));
        QCOMPARE(results.at(19)["status"].toString(), QStringLiteral("accepted"));
        QCOMPARE(stored(device.id()), 20);
        QCOMPARE(m_fx.scalar("SELECT COUNT(*) FROM alerts WHERE device_id = ? AND resolved_at IS NULL", {device.id()})
                     .toInt(),
                 0);
    }

    void damagedOrForeignBundlesAreRefusedWhole()
    {
        QString error;
        KioskDevice device;
        device.addResponses(5);
        const QByteArray good = protocol::writeBundle(device.id(), device.key(), 5, device.records(),
                                                      m_fx.enrollmentCode("LPYK-01", &error));
        // One record taken out after signing: the signature no longer covers the set.
        QJsonObject o = QJsonDocument::fromJson(gzip::decompress(good, 1 << 20).data).object();
        QJsonArray records = o.value("records").toArray();
        records.removeAt(2);
        o.insert("records", records);
        const QString tampered = writeFile("tampered.suara", gzip::compress(QJsonDocument(o).toJson()));
        const auto cli = m_fx.server().cli({"import-bundle", tampered});
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.err.contains("bad_bundle"), cli.err.constData());
        QCOMPARE(stored(device.id()), 0);

        HttpClient http = m_fx.client();
        http.setBasic("admin-lpyk", "rahasia-lpyk");
        QFile f(tampered);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const HttpResult refused = http.post("/api/v1/bundles", f.readAll(), {}, "application/vnd.suara.bundle");
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), QStringLiteral("bad_bundle"));
        QCOMPARE(http.post("/api/v1/bundles", "{\"records\":[]}", {}, "application/vnd.suara.bundle").status, 415);
        QCOMPARE(http.post("/api/v1/bundles", good, {}, "application/json").status, 415);

        // Without a code, an unknown device's bundle cannot come in.
        const QByteArray anonymous = protocol::writeBundle(device.id(), device.key(), 5, device.records());
        QCOMPARE(http.post("/api/v1/bundles", anonymous, {}, "application/vnd.suara.bundle").errorCode(),
                 QStringLiteral("bad_bundle"));

        // Another unit's admin may not import this unit's bundle; nothing is written, not even the enrollment.
        http.setBasic("admin-bkkbn", "rahasia-bkkbn");
        QCOMPARE(http.post("/api/v1/bundles", good, {}, "application/vnd.suara.bundle").errorCode(),
                 QStringLiteral("forbidden"));
        QCOMPARE(m_fx.scalar("SELECT COUNT(*) FROM devices WHERE id = ?", {device.id()}).toInt(), 0);

        http.setBasic("admin-lpyk", "rahasia-lpyk");
        const HttpResult accepted = http.post("/api/v1/bundles", good, {}, "application/vnd.suara.bundle");
        QCOMPARE(accepted.status, 200);
        QCOMPARE(stored(device.id()), 5);
    }
};

QTEST_GUILESS_MAIN(TestServerBundle)
#include "tst_serverbundle.moc"
