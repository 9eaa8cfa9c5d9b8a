// "A record confirmed on the thank-you screen survives kill -9 of the app at any moment afterwards."
// A child process runs the real kiosk services (KioskContext, SurveySession) and completes visits in a
// loop; each time a visitor reaches the thank-you step it reports how many records the store then
// holds. The parent kills it with SIGKILL at varying moments and checks every confirmed record is there.
#include "crypto/hashchain.h"
#include "kioskcontext.h"
#include "visitwalk.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace suara;

namespace {
int runVisitsUntilKilled(const QString &dir)
{
    ManualClock clock;
    KioskContext ctx(dir, &clock);
    ctx.settings().setCooldownSeconds(0);
    ctx.settings().setUnitCode(QStringLiteral("LP-01"));
    SurveySession &s = ctx.session();
    testing::VisitWalk walk(ctx, clock);
    for (int visit = 0;; ++visit) {
        if (!walk.begin())
            return 3;
        walk.answerAll(1 + visit % 4);
        if (!walk.state(QStringLiteral("none")))
            return 5;
        s.submit(QStringLiteral("kunjungan %1").arg(visit));
        if (s.step() != SurveySession::Step::ThankYou)
            return 4;
        std::printf("THANKYOU %lld\n", static_cast<long long>(ctx.store().lastSeq().value()));
        std::fflush(stdout);
        s.reset();
    }
}
} // namespace

class TestVisitDurability : public QObject
{
    Q_OBJECT
private slots:
    void thankYouMeansStored_data()
    {
        QTest::addColumn<int>("visitsBeforeKill");
        QTest::addColumn<int>("extraDelayMs");
        QTest::newRow("right after the first thank-you") << 1 << 0;
        QTest::newRow("during later visits") << 5 << 3;
        QTest::newRow("a while later") << 20 << 40;
    }

    void thankYouMeansStored()
    {
        QFETCH(int, visitsBeforeKill);
        QFETCH(int, extraDelayMs);
        QTemporaryDir dir;
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--visit-child"), dir.path()});
        QVERIFY(child.waitForStarted());
        qint64 confirmed = 0;
        int thankYous = 0;
        QByteArray pending;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            pending += child.readAllStandardOutput();
            int nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl);
                pending.remove(0, nl + 1);
                if (line.startsWith("THANKYOU ")) {
                    confirmed = line.mid(9).toLongLong();
                    ++thankYous;
                }
            }
            return thankYous >= visitsBeforeKill;
        }()), 30000);
        if (extraDelayMs)
            QThread::msleep(extraDelayMs);
        child.kill();
        QVERIFY(child.waitForFinished());
        QVERIFY(confirmed >= 2 * visitsBeforeKill); // each visit: an SKM response and the statement

        LocalStore store(dir.filePath(QStringLiteral("kiosk.db")));
        QVERIFY(store.open().ok());
        const QList<Record> records = store.records().value();
        QVERIFY2(records.size() >= confirmed,
                 qPrintable(QStringLiteral("%1 records confirmed on the thank-you screen, %2 in the store")
                                .arg(confirmed)
                                .arg(records.size())));
        QByteArray prev = hashchain::genesis();
        for (const Record &r : records) {
            QCOMPARE(r.prevHash, prev);
            QCOMPARE(hashchain::link(r.body, prev), r.hash);
            prev = r.hash;
        }
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--visit-child") == 0) {
        QCoreApplication app(argc, argv);
        return runVisitsUntilKilled(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestVisitDurability test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_visitdurability.moc"
