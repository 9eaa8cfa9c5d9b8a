// Offline bundles end to end (protocol §6) on a real suara-server: a kiosk that was never online
// exports its records with the enrollment code, the admin imports the file twice, and the server holds
// every record once and knows the device; `upload-bundle` does the same over HTTP with admin
// credentials and, given the device's store, marks the records synced from the server's answer.

#include "syncharness.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;
using namespace suara::testing;
using namespace suara::testing::sync;

class TestSyncBundle : public QObject
{
    Q_OBJECT

    ServerFixture m_fixture;

    QJsonObject status(const QString &dataDir)
    {
        const CliRun r =
            suaraSync({QStringLiteral("--data-dir"), dataDir, QStringLiteral("status"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    qint64 pending(const QString &dataDir)
    {
        return status(dataDir).value(QLatin1String("records")).toObject().value(QLatin1String("pending")).toInteger();
    }

private slots:
    void initTestCase()
    {
        SUARA_SERVER_FIXTURE_SETUP(m_fixture);
        QString error;
        QVERIFY2(m_fixture.createUnit(kUnit, QStringLiteral("Lapas Kelas IIA Yogyakarta"), &error), qPrintable(error));
        QVERIFY2(m_fixture.createUser(QStringLiteral("admin-lp"), QStringLiteral("unit_admin"), kUnit,
                                      QStringLiteral("rahasia-panjang-1"), &error),
                 qPrintable(error));
    }

    void aNeverOnlineKioskEnrollsThroughItsBundleImportedTwice()
    {
        QTemporaryDir dir;
        KioskDevice kiosk(dir.filePath(QStringLiteral("kiosk.db")));
        kiosk.addResponses(300);
        QString error;
        const QString code = m_fixture.enrollmentCode(kUnit, &error);
        QVERIFY2(!code.isEmpty(), qPrintable(error));

        // The admin types the code on a kiosk with no network: it is kept for the bundle.
        CliRun r = suaraSync({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("enroll"),
                              QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1"),
                              QStringLiteral("--code"), code, QStringLiteral("--timeout"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("could not be reached")) && r.err.contains(QLatin1String("code is kept")),
                 qPrintable(r.err));

        const QString file = dir.filePath(QStringLiteral("loket1.suara"));
        r = suaraSync({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("export-bundle"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("300 records")) && r.out.contains(QLatin1String("enrollment code")),
                 qPrintable(r.out));
        QCOMPARE(pending(dir.path()), 300); // exported is not delivered

        for (int round = 0; round < 2; ++round) {
            const auto imported =
                m_fixture.server().cli({QStringLiteral("import-bundle"), file, QStringLiteral("--json")});
            QVERIFY2(imported.exitCode == 0, imported.err.constData());
            const QJsonObject answer = QJsonDocument::fromJson(imported.out).object();
            QCOMPARE(answer.value(QLatin1String("device_id")).toString(), kiosk.id());
            const QString expected = round == 0 ? QStringLiteral("accepted") : QStringLiteral("duplicate");
            int matching = 0;
            for (const QJsonValue &v : answer.value(QLatin1String("results")).toArray())
                matching += v.toObject().value(QLatin1String("status")).toString() == expected ? 1 : 0;
            QCOMPARE(matching, 300);
            const QString diff = compareWithServer(m_fixture, kiosk.store(), 300);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        QCOMPARE(
            m_fixture.scalar(QStringLiteral("SELECT public_key FROM devices WHERE id = ?"), {kiosk.id()}).toString(),
            QString::fromLatin1(kiosk.store().publicKey().toBase64()));

        // Later the kiosk gets a network: the same code enrolls it online (same device, same key), and
        // its push finds every record already there.
        r = suaraSync({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("enroll"), QStringLiteral("--server"),
                       m_fixture.server().baseUrl().toString(), QStringLiteral("--code"), code});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        kiosk.addResponses(20);
        r = suaraSync({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("push")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("320 synced, 0 pending")), qPrintable(r.out));
        QVERIFY2(compareWithServer(m_fixture, kiosk.store(), 320).isEmpty(), "after going online");
        QCOMPARE(integrityAlerts(m_fixture, kiosk.id()), 0);
    }

    void uploadBundleMarksTheDevicesRecordsFromTheServersAnswer()
    {
        QTemporaryDir dir;
        KioskDevice kiosk(dir.filePath(QStringLiteral("kiosk.db")));
        kiosk.addResponses(120);
        QString error;
        const QString file = dir.filePath(QStringLiteral("b.suara"));
        CliRun r = suaraSync({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("export-bundle"), file,
                              QStringLiteral("--code"), m_fixture.enrollmentCode(kUnit, &error)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        const QString url = m_fixture.server().baseUrl().toString();
        // A wrong password is refused in words; nothing is marked.
        r = suaraSync({QStringLiteral("upload-bundle"), file, QStringLiteral("--server"), url, QStringLiteral("--user"),
                       QStringLiteral("admin-lp"), QStringLiteral("--password"), QStringLiteral("salah")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("password was not accepted")), qPrintable(r.err));

        // The password from stdin, and the device's store given: its outbox follows the answer.
        r = suaraSync({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("upload-bundle"), file,
                       QStringLiteral("--server"), url, QStringLiteral("--user"), QStringLiteral("admin-lp")},
                      "rahasia-panjang-1\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("120 records stored")), qPrintable(r.out));
        QCOMPARE(pending(dir.path()), 0);
        QVERIFY2(compareWithServer(m_fixture, kiosk.store(), 120).isEmpty(), "after upload");

        // Uploading the same file again is harmless.
        r = suaraSync({QStringLiteral("upload-bundle"), file, QStringLiteral("--server"), url, QStringLiteral("--user"),
                       QStringLiteral("admin-lp"), QStringLiteral("--password"), QStringLiteral("rahasia-panjang-1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(compareWithServer(m_fixture, kiosk.store(), 120).isEmpty(), "after a second upload");

        // A damaged file is refused before anything is sent.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write("XXXX");
        f.close();
        r = suaraSync({QStringLiteral("upload-bundle"), file, QStringLiteral("--server"), url, QStringLiteral("--user"),
                       QStringLiteral("admin-lp"), QStringLiteral("--password"), QStringLiteral("rahasia-panjang-1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("bundle")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestSyncBundle)
#include "tst_syncbundle.moc"
