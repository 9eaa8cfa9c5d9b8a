// suara-sync against a real suara-server (SQLite and PostgreSQL): a kiosk's 10,000 records arrive
// exactly once; a revoked device is refused in words and keeps everything; a conflicting record is
// quarantined while the records behind it still arrive. Everything is driven through the CLI, as an
// admin would, and checked against what the server itself holds.

#include "syncharness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;
using namespace suara::testing;
using namespace suara::testing::sync;

namespace {
QJsonObject serverDevice(ServerFixture &fixture, const QString &id)
{
    const auto r = fixture.server().cli({QStringLiteral("devices"), QStringLiteral("--json")});
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
        if (v.toObject().value(QLatin1String("device_id")).toString() == id)
            return v.toObject();
    }
    return {};
}
} // namespace

class TestSyncDelivery : public QObject
{
    Q_OBJECT

    ServerFixture m_fixture;
    QString m_url;

    QString newCode()
    {
        QString error;
        const QString code = m_fixture.enrollmentCode(kUnit, &error);
        if (code.isEmpty())
            qWarning("enrollment-code failed: %s", qPrintable(error));
        return code;
    }

    CliRun enroll(const QString &dataDir)
    {
        return suaraSync({QStringLiteral("--data-dir"), dataDir, QStringLiteral("enroll"), QStringLiteral("--server"),
                          m_url, QStringLiteral("--code"), newCode(), QStringLiteral("--label"),
                          QStringLiteral("Loket 1")});
    }
    CliRun push(const QString &dataDir)
    {
        return suaraSync({QStringLiteral("--data-dir"), dataDir, QStringLiteral("push")});
    }

private slots:
    void initTestCase()
    {
        SUARA_SERVER_FIXTURE_SETUP(m_fixture);
        QString error;
        QVERIFY2(m_fixture.createUnit(kUnit, QStringLiteral("Lapas Kelas IIA Yogyakarta"), &error), qPrintable(error));
        m_url = m_fixture.server().baseUrl().toString();
    }

    void tenThousandRecordsArriveExactlyOnce()
    {
        QTemporaryDir dir;
        KioskDevice kiosk(dir.filePath(QStringLiteral("kiosk.db")));
        kiosk.addResponses(10'000);

        CliRun r = suaraSync({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("not enrolled")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("0 synced, 10000 pending")), qPrintable(r.out));

        r = enroll(dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(kUnit));

        QElapsedTimer t;
        t.start();
        r = push(dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        qInfo("10,000 records pushed through suara-sync in %lld ms", t.elapsed());
        QVERIFY2(r.out.contains(QLatin1String("10000 synced, 0 pending, 0 quarantined")), qPrintable(r.out));

        const QString diff = compareWithServer(m_fixture, kiosk.store(), 10'000);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(integrityAlerts(m_fixture, kiosk.id()), 0);
        const QJsonObject device = serverDevice(m_fixture, kiosk.id());
        QCOMPARE(device.value(QLatin1String("last_seq")).toInteger(), 10'000);
        QCOMPARE(device.value(QLatin1String("records")).toInteger(), 10'000);

        // Pushing again sends nothing and changes nothing.
        r = push(dir.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            m_fixture.scalar(QStringLiteral("SELECT COUNT(*) FROM records WHERE device_id = ?"), {kiosk.id()}).toInt(),
            10'000);

        // New visits later: only they travel.
        kiosk.addResponses(7);
        r = push(dir.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(compareWithServer(m_fixture, kiosk.store(), 10'007).isEmpty(), "after new visits");

        const QJsonObject status = statusJson(dir.path());
        QCOMPARE(status.value(QLatin1String("state")).toString(), QStringLiteral("idle"));
        QCOMPARE(status.value(QLatin1String("records")).toObject().value(QLatin1String("synced")).toInteger(), 10'007);
        QCOMPARE(status.value(QLatin1String("records")).toObject().value(QLatin1String("pending")).toInteger(), 0);
        QVERIFY(!status.value(QLatin1String("last_success")).toString().isEmpty());
        QVERIFY(status.value(QLatin1String("last_error")).isNull());

        r = suaraSync({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("pull")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("New settings received")), qPrintable(r.out));
        r = suaraSync({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("pull")});
        QVERIFY2(r.out.contains(QLatin1String("up to date")), qPrintable(r.out));
        QVERIFY(!kiosk.store().setting(QStringLiteral("server.settings")).value().isEmpty());
    }

    void aRevokedDeviceIsToldSoAndKeepsEveryRecord()
    {
        QTemporaryDir dir;
        KioskDevice kiosk(dir.filePath(QStringLiteral("kiosk.db")));
        kiosk.addResponses(50);
        QCOMPARE(enroll(dir.path()).exitCode, 0);
        QCOMPARE(push(dir.path()).exitCode, 0);
        kiosk.addResponses(30);

        const auto revoke =
            m_fixture.server().cli({QStringLiteral("revoke-device"), QStringLiteral("--device"), kiosk.id()});
        QVERIFY2(revoke.exitCode == 0, revoke.err.constData());

        CliRun r = push(dir.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("revoked")) && r.err.contains(QLatin1String("keeps all its records")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("30 pending")), qPrintable(r.err));

        // It stays stopped: a second push sends nothing, and nothing on the device is lost.
        r = push(dir.path());
        QCOMPARE(r.exitCode, 1);
        const QJsonObject status = statusJson(dir.path());
        QCOMPARE(status.value(QLatin1String("state")).toString(), QStringLiteral("revoked"));
        QCOMPARE(status.value(QLatin1String("records")).toObject().value(QLatin1String("pending")).toInteger(), 30);
        QCOMPARE(status.value(QLatin1String("last_error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("revoked"));
        QCOMPARE(kiosk.store().records().value().size(), 80);
        QVERIFY2(compareWithServer(m_fixture, kiosk.store(), 50).isEmpty(), "the server must hold the first 50 only");
        r = suaraSync({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("status")});
        QVERIFY2(r.out.contains(QLatin1String("stopped by the server")), qPrintable(r.out));
    }

    void aConflictIsQuarantinedAndTheRecordsBehindItStillArrive()
    {
        // A kiosk restored from an old copy of its store writes a second, different record 6.
        QTemporaryDir original, restored;
        QString copied;
        {
            KioskDevice kiosk(original.filePath(QStringLiteral("kiosk.db")));
            kiosk.addResponses(5);
            QCOMPARE(enroll(original.path()).exitCode, 0);
            QCOMPARE(push(original.path()).exitCode, 0);
            QSqlQuery(kiosk.store().database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QVERIFY(
            QFile::copy(original.filePath(QStringLiteral("kiosk.db")), restored.filePath(QStringLiteral("kiosk.db"))));
        // A backup holds the key file too: the signing key lives beside the store
        // (docs/adr/0020-device-immutability-without-bypass.md).
        QVERIFY(QFile::copy(original.filePath(QStringLiteral("kiosk.key")),
                            restored.filePath(QStringLiteral("kiosk.key"))));

        KioskDevice first(original.filePath(QStringLiteral("kiosk.db")));
        first.addResponses(1);
        QCOMPARE(push(original.path()).exitCode, 0);

        KioskDevice second(restored.filePath(QStringLiteral("kiosk.db")));
        QCOMPARE(second.id(), first.id());
        second.addResponses(3); // seq 6 (conflicts with the first's 6), 7, 8
        const CliRun r = push(restored.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err)); // nothing pending: quarantine is not a failure
        QVERIFY2(r.out.contains(QLatin1String("7 synced, 0 pending, 1 quarantined")), qPrintable(r.out));

        const QJsonObject status = statusJson(restored.path());
        const QJsonArray quarantined = status.value(QLatin1String("quarantined")).toArray();
        QCOMPARE(quarantined.size(), 1);
        QCOMPARE(quarantined.at(0).toObject().value(QLatin1String("seq")).toInteger(), 6);
        QCOMPARE(quarantined.at(0).toObject().value(QLatin1String("reason")).toString(), QStringLiteral("conflict"));

        // The server kept the first record 6 and took 7 and 8 from the restored kiosk.
        const auto stored = m_fixture.rows(
            QStringLiteral("SELECT seq, record_id FROM records WHERE device_id = ? ORDER BY seq"), {first.id()});
        QCOMPARE(stored.size(), 8);
        QCOMPARE(stored.at(5).at(1).toString(), first.records(5, 1).first().id);
        QCOMPARE(stored.at(6).at(1).toString(), second.records(6, 1).first().id);
        QCOMPARE(stored.at(7).at(1).toString(), second.records(7, 1).first().id);

        // A quarantined record is not retried automatically.
        const CliRun again = push(restored.path());
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QLatin1String("1 quarantined")), qPrintable(again.out));
    }
};

QTEST_GUILESS_MAIN(TestSyncDelivery)
#include "tst_syncdelivery.moc"
