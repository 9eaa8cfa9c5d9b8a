// suara-sync as a user meets it without a server: clear errors and exit codes, never a crash.

#include "tst_sync_fakes.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run suaraSync(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SUARA_SYNC_BIN), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestSyncCli : public QObject
{
    Q_OBJECT
private slots:
    void aWrongCommandLineExitsWithTwoAndSaysWhy_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("nothing") << QStringList{} << QStringLiteral("no command");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("--data-dir"), QStringLiteral("/tmp"),
                                                        QStringLiteral("fly")}
                                         << QStringLiteral("unknown command: fly");
        QTest::newRow("no data dir") << QStringList{QStringLiteral("push")} << QStringLiteral("needs --data-dir");
        QTest::newRow("enroll without server")
            << QStringList{QStringLiteral("--data-dir"), QStringLiteral("/tmp"), QStringLiteral("enroll"),
                           QStringLiteral("--code"), QStringLiteral("X")}
            << QStringLiteral("needs --server");
        QTest::newRow("enroll with a non-http server")
            << QStringList{QStringLiteral("--data-dir"), QStringLiteral("/tmp"),    QStringLiteral("enroll"),
                           QStringLiteral("--server"),   QStringLiteral("ftp://x"), QStringLiteral("--code"),
                           QStringLiteral("X")}
            << QStringLiteral("needs --server");
        QTest::newRow("export without file")
            << QStringList{QStringLiteral("--data-dir"), QStringLiteral("/tmp"), QStringLiteral("export-bundle")}
            << QStringLiteral("needs exactly one FILE");
        QTest::newRow("bad attempts") << QStringList{
            QStringLiteral("--data-dir"), QStringLiteral("/tmp"), QStringLiteral("push"), QStringLiteral("--attempts"),
            QStringLiteral("zero")} << QStringLiteral("--attempts");
    }

    void aWrongCommandLineExitsWithTwoAndSaysWhy()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = suaraSync(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }

    void aMissingStoreIsNamedNotCreated()
    {
        QTemporaryDir dir;
        const Run r = suaraSync({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("status")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("no device store")), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("kiosk.db"))));
    }

    void aNeverEnrolledDeviceSaysSoAndKeepsItsRecords()
    {
        QTemporaryDir dir;
        {
            LocalStore store(dir.filePath(QStringLiteral("kiosk.db")));
            QVERIFY(store.open().ok());
            QVERIFY(test::fill(store, 4));
        }
        Run r = suaraSync({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("push")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("not enrolled")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("4 pending")), qPrintable(r.err));
        r = suaraSync({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("status")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("0 synced, 4 pending, 0 quarantined")), qPrintable(r.out));
        r = suaraSync({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("export-bundle"),
                       dir.filePath(QStringLiteral("x.suara"))});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("4 records")));
        r = suaraSync({QStringLiteral("upload-bundle"), dir.filePath(QStringLiteral("missing.suara")),
                       QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--user"),
                       QStringLiteral("u"), QStringLiteral("--password"), QStringLiteral("p")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("could not be read")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_sync_cli.moc"
