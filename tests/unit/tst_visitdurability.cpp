// "A record confirmed on the thank-you screen survives kill -9 of the app at any moment afterwards."
// A child process runs the real kiosk services (KioskContext, SurveySession) and completes visits in a
// loop; each time a visitor reaches the thank-you step it reports how many records the store then
// holds. The parent kills it with SIGKILL at varying moments and checks every confirmed record is there.
#include "crypto/hashchain.h"
#include "kioskcontext.h"
#include "visitwalk.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
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

// One round: a child saving visits in a loop, killed with SIGKILL once it has confirmed
// `visitsBeforeKill` visits and `extraDelayUs` later (0: the moment the line is read, while the child is
// already in the next visit). Returns an empty string when every confirmed record is in an intact store.
QString killOnce(int visitsBeforeKill, int extraDelayUs, qint64 *confirmedOut = nullptr)
{
    QTemporaryDir dir;
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--visit-child"), dir.path()});
    if (!child.waitForStarted())
        return QStringLiteral("the child did not start");
    qint64 confirmed = 0;
    int thankYous = 0;
    QByteArray pending;
    while (thankYous < visitsBeforeKill) {
        if (!child.waitForReadyRead(30'000))
            return QStringLiteral("the child stopped confirming visits (exit %1)").arg(child.exitCode());
        pending += child.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(nl);
            pending.remove(0, nl + 1);
            if (line.startsWith("THANKYOU ")) {
                confirmed = line.mid(9).toLongLong();
                ++thankYous;
            }
        }
    }
    if (extraDelayUs > 0)
        QThread::usleep(ulong(extraDelayUs)); // the moment of the kill, not a wait for anything
    child.kill();
    child.waitForFinished();
    if (confirmedOut)
        *confirmedOut = confirmed;

    LocalStore store(dir.filePath(QStringLiteral("kiosk.db")));
    if (const StoreError e = store.open(); !e.ok())
        return QStringLiteral("the store does not open after the kill: ") + e.message;
    const StoreResult<QList<Record>> records = store.records();
    if (!records.ok() || records.value().size() < confirmed)
        return QStringLiteral("%1 records confirmed on the thank-you screen, %2 in the store")
            .arg(confirmed)
            .arg(records.ok() ? records.value().size() : -1);
    QByteArray prev = hashchain::genesis();
    for (const Record &r : records.value()) {
        if (r.prevHash != prev || hashchain::link(r.body, prev) != r.hash)
            return QStringLiteral("the chain breaks at seq %1").arg(r.seq);
        prev = r.hash;
    }
    return QString();
}

class TestVisitDurability : public QObject
{
    Q_OBJECT
private slots:
    // SUARA_KILL_ROUNDS kills (default 10 in the suite; docs/reliability.md has the 1,000 run) at random
    // moments: after 1–4 confirmed visits and 0–20 ms later, from a seed that is printed so a failing
    // round can be replayed with SUARA_KILL_SEED.
    void randomKillsLoseNothing()
    {
        const int rounds =
            qEnvironmentVariableIsSet("SUARA_KILL_ROUNDS") ? qEnvironmentVariableIntValue("SUARA_KILL_ROUNDS") : 10;
        const quint32 seed = qEnvironmentVariableIsSet("SUARA_KILL_SEED")
            ? quint32(qEnvironmentVariableIntValue("SUARA_KILL_SEED"))
            : QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        qint64 confirmedTotal = 0;
        for (int round = 0; round < rounds; ++round) {
            const int visits = 1 + int(random.bounded(4));
            const int delayUs = int(random.bounded(20'000));
            qint64 confirmed = 0;
            const QString failure = killOnce(visits, delayUs, &confirmed);
            QVERIFY2(failure.isEmpty(),
                     qPrintable(QStringLiteral("seed %1, round %2: %3").arg(seed).arg(round).arg(failure)));
            confirmedTotal += confirmed;
        }
        qInfo("%d kills (seed %u): 0 confirmed records lost of %lld, 0 damaged stores", rounds, seed, confirmedTotal);
    }

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
        qint64 confirmed = 0;
        const QString failure = killOnce(visitsBeforeKill, extraDelayMs * 1000, &confirmed);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(confirmed >= 2 * visitsBeforeKill); // each visit: an SKM response and the statement
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
