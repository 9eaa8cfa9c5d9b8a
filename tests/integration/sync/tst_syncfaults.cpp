// The sync engine through a fault-injecting proxy, and through a server killed with SIGKILL mid-batch,
// against a real suara-server (SQLite and PostgreSQL). Whatever the network does, the end state is the
// same: every record on the server exactly once, every record synced on the device, nothing quarantined.

#include "faultproxy.h"
#include "syncengine.h"
#include "syncharness.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;
using namespace suara::testing;
using namespace suara::testing::sync;
using namespace suara::faultproxy;
using namespace std::chrono_literals;
using suara::sync::SyncEngine;
using suara::sync::SyncError;
using suara::sync::SyncOptions;

namespace {
// Short times so the suite stays fast; the production defaults are 60 s, 5 s … 15 min.
SyncOptions fastOptions(int batchSize)
{
    SyncOptions o;
    o.batchSize = batchSize;
    o.requestTimeoutMs = 2000;
    o.backoff = {10ms, 150ms, 0.5};
    o.interval = 1h;
    o.seed = 42;
    return o;
}

Fault fault(const char *text)
{
    return *Fault::parse(QString::fromLatin1(text));
}

// Runs the engine in automatic mode until nothing is pending (or the deadline passes).
bool syncUntilDone(SyncEngine &engine, int timeoutMs)
{
    engine.start();
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTest::qWait(20);
        if (!engine.busy() && engine.counts().value().pending == 0 && engine.status()->lastError() == SyncError::None)
            break;
    }
    engine.stop();
    QDeadlineTimer settle(5000);
    while (engine.busy() && !settle.hasExpired())
        QTest::qWait(20);
    return !engine.busy() && engine.counts().value().pending == 0;
}
} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

    ServerFixture m_fixture;

    // A device with `records` records, enrolled (directly, not through the proxy) with the server.
    struct Device
    {
        QTemporaryDir dir;
        std::unique_ptr<KioskDevice> kiosk;
        QNetworkAccessManager nam;
        std::unique_ptr<SyncEngine> engine;
    };

    std::unique_ptr<Device> enrolledDevice(int records, int batchSize)
    {
        auto d = std::make_unique<Device>();
        d->kiosk = std::make_unique<KioskDevice>(d->dir.filePath(QStringLiteral("kiosk.db")));
        d->kiosk->addResponses(records);
        d->engine = std::make_unique<SyncEngine>(&d->kiosk->store(), &d->nam, fastOptions(batchSize));
        QString error;
        const QString code = m_fixture.enrollmentCode(kUnit, &error);
        QSignalSpy finished(d->engine.get(), &SyncEngine::finished);
        d->engine->enroll(m_fixture.server().baseUrl(), code, QStringLiteral("Loket 1"));
        if (!finished.wait(10000) || finished.last().at(1).value<SyncError>() != SyncError::None)
            qWarning("enrollment failed: %s", qPrintable(finished.value(0).value(2).toString()));
        return d;
    }

    // Points the enrolled device at the proxy instead of the server.
    static void useProxy(Device &d, const FaultProxy &proxy)
    {
        d.kiosk->store().setMeta(QStringLiteral("sync.server_url"),
                                 QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    }

    void verifyExactlyOnce(Device &d, qint64 count)
    {
        const QString diff = compareWithServer(m_fixture, d.kiosk->store(), count);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        const auto c = d.engine->counts().value();
        QCOMPARE(c.synced, count);
        QCOMPARE(c.quarantined, 0);
        QCOMPARE(c.pending, 0);
        QCOMPARE(integrityAlerts(m_fixture, d.kiosk->id()), 0);
    }

private slots:
    void initTestCase()
    {
        SUARA_SERVER_FIXTURE_SETUP(m_fixture);
        QString error;
        QVERIFY2(m_fixture.createUnit(kUnit, QStringLiteral("Lapas Kelas IIA Yogyakarta"), &error), qPrintable(error));
    }

    void everyScriptedFaultEndsInExactlyOnce()
    {
        auto d = enrolledDevice(2000, 100);
        FaultProxy proxy(QHostAddress::LocalHost, m_fixture.server().port());
        QVERIFY(proxy.listen());
        proxy.setPathFilter(QStringLiteral("/api/v1/records"));
        // Each fault three times in a row (Qt itself resends a request once when a connection drops
        // before any answer byte, so a single drop may never reach the engine), then a clean retry.
        const QList<const char *> faults = {"cut-request:0",
                                            "cut-request:60",
                                            "cut-request:700",
                                            "cut-response:0",
                                            "cut-response:12",
                                            "cut-response:150",
                                            "delay:400",
                                            "delay:2500",
                                            "502",
                                            "portal",
                                            "hang",
                                            "cut-response:40"};
        QList<Fault> script;
        for (const char *f : faults)
            script << fault(f) << fault(f) << fault(f) << fault("pass");
        proxy.setScript(script);
        useProxy(*d, proxy);
        QMap<SyncError, int> seen;
        connect(d->engine.get(), &SyncEngine::finished, this,
                [&](SyncEngine::Operation, SyncError e, const QString &) { ++seen[e]; });

        QVERIFY(syncUntilDone(*d->engine, 90'000));
        verifyExactlyOnce(*d, 2000);
        QCOMPARE(proxy.faults(), int(faults.size()) * 3);
        qInfo() << "faults injected:" << proxy.faultCounts() << "requests:" << proxy.requests();
        qInfo() << "failures the engine saw:" << seen;
        // The engine met every kind of failure (and retried through each), not only Qt's own resends.
        for (SyncError e : {SyncError::ServerUnreachable, SyncError::Timeout, SyncError::NotSuara})
            QVERIFY2(seen.value(e) > 0, qPrintable(suara::sync::errorName(e)));
    }

    void randomFaultsEndInExactlyOnce()
    {
        auto d = enrolledDevice(1500, 50);
        FaultProxy proxy(QHostAddress::LocalHost, m_fixture.server().port());
        QVERIFY(proxy.listen());
        proxy.setPathFilter(QStringLiteral("/api/v1/records"));
        proxy.setRandom(0.4,
                        {fault("cut-request:30"), fault("cut-request:400"), fault("cut-response:0"),
                         fault("cut-response:25"), fault("cut-response:200"), fault("delay:200"), fault("502"),
                         fault("portal"), fault("hang")},
                        20261122);
        useProxy(*d, proxy);

        QVERIFY(syncUntilDone(*d->engine, 120'000));
        verifyExactlyOnce(*d, 1500);
        QVERIFY2(proxy.faults() >= 10, "the proxy should have injected plenty of faults");
        qInfo() << "faults injected:" << proxy.faultCounts() << "requests:" << proxy.requests();
    }

    void aServerKilledMidBatchLosesNothingAndDuplicatesNothing()
    {
        auto d = enrolledDevice(3000, 200);
        FaultProxy proxy(QHostAddress::LocalHost, m_fixture.server().port());
        QVERIFY(proxy.listen());
        useProxy(*d, proxy);

        // SIGKILL right after the proxy handed a batch to the server (0–25 ms later: before, during or
        // after its commit), on four batches; the server is restarted on the same port each time.
        QRandomGenerator random(7);
        int forwarded = 0, kills = 0;
        const QList<int> killAt = {2, 5, 9, 13};
        proxy.onForwarded = [&](const QByteArray &line) {
            if (!line.contains("/api/v1/records") || !killAt.contains(++forwarded))
                return;
            QTimer::singleShot(int(random.bounded(26)), this, [&] {
                const int before =
                    m_fixture
                        .scalar(QStringLiteral("SELECT COUNT(*) FROM records WHERE device_id = ?"), {d->kiosk->id()})
                        .toInt();
                m_fixture.server().kill();
                ++kills;
                qInfo("SIGKILL %d during batch %d (%d records stored at the kill)", kills, forwarded, before);
                QTimer::singleShot(300, this, [&] {
                    QString error;
                    if (!m_fixture.server().start(&error))
                        qWarning("restart failed: %s", qPrintable(error));
                });
            });
        };
        QVERIFY(syncUntilDone(*d->engine, 120'000));
        QCOMPARE(kills, 4);
        verifyExactlyOnce(*d, 3000);
        QVERIFY(m_fixture.server().isRunning());
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
