// The server dies or stops in the middle of a batch: all of it or none of it is stored, and pushing
// again after a restart stores each record exactly once. A newer database schema keeps it from starting.
#include "kioskdevice.h"
#include "protocol/pushbatch.h"
#include "serverfixture.h"

#include <QSqlQuery>
#include <QTimer>
#include <QDir>
#include <QFile>
#include <QTest>

#include <csignal>

using namespace suara;
using namespace suara::testing;
using protocol::RecordStatus;

namespace {
constexpr int kBatch = 4000; // large enough that storing it takes a while

QList<protocol::RecordResult> results(const HttpResult &r)
{
    protocol::ApiError error;
    const auto parsed = protocol::PushResponse::parse(r.body, &error);
    return parsed ? parsed->results : QList<protocol::RecordResult>();
}
} // namespace

class TestServerCrash : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;
    std::unique_ptr<KioskDevice> m_device;

    int storedBetween(qint64 firstSeq, qint64 lastSeq)
    {
        return m_fx
            .scalar("SELECT COUNT(*) FROM records WHERE device_id = ? AND seq BETWEEN ? AND ?",
                    {m_device->id(), firstSeq, lastSeq})
            .toInt();
    }

private slots:
    void initTestCase()
    {
        SUARA_SERVER_FIXTURE_SETUP(
            m_fx, {"--max-batch", "5000", "--max-body-bytes", "16777216", "--max-decompressed-bytes", "33554432"});
        QString error;
        QVERIFY2(m_fx.createUnit("LPYK-01", "Lapas Kelas IIA Yogyakarta", &error), qPrintable(error));
        const QString code = m_fx.enrollmentCode("LPYK-01", &error);
        m_device = std::make_unique<KioskDevice>();
        HttpClient http = m_fx.client();
        QCOMPARE(m_device->enroll(http, code).status, 201);
        m_device->addResponses(5 * kBatch);
    }

    void killedMidBatchStoresAllOrNothingAndThenExactlyOnce_data()
    {
        QTest::addColumn<int>("round");
        QTest::addColumn<int>("killAfterMs"); // after the last byte of the body left the client
        QTest::newRow("at once") << 0 << 0;
        QTest::newRow("early") << 1 << 40;
        QTest::newRow("later") << 2 << 150;
        QTest::newRow("around the commit") << 3 << 330;
    }

    void killedMidBatchStoresAllOrNothingAndThenExactlyOnce()
    {
        QFETCH(int, round);
        QFETCH(int, killAfterMs);
        const qint64 first = qint64(round) * kBatch + 1;
        const qint64 last = first + kBatch - 1;
        const QList<Record> batch = m_device->records(first - 1, kBatch);
        QCOMPARE(batch.size(), kBatch);

        HttpClient http = m_fx.client();
        http.setBearer(m_device->token());
        QNetworkReply *reply = http.start("POST", "/api/v1/records", m_device->pushBody(batch));
        ServerProcess &server = m_fx.server();
        QObject::connect(reply, &QNetworkReply::uploadProgress, reply, [&, killAfterMs](qint64 sent, qint64 total) {
            if (total > 0 && sent == total)
                QTimer::singleShot(killAfterMs, reply, [&] { ::kill(pid_t(server.pid()), SIGKILL); });
        });
        // Watch from outside while it happens: the batch must never be visible in part.
        QList<int> seen;
        QTimer watcher;
        QObject::connect(&watcher, &QTimer::timeout, [&] { seen << storedBetween(first, last); });
        watcher.start(5);
        const HttpResult r = HttpClient::collect(reply, 60'000);
        watcher.stop();
        server.kill(); // reap it (it may have answered before the kill landed)
        const int after = storedBetween(first, last);
        seen << after;
        for (int n : std::as_const(seen))
            QVERIFY2(n == 0 || n == kBatch,
                     qPrintable(QStringLiteral("saw %1 of %2 records of one batch").arg(n).arg(kBatch)));
        qInfo("round %d: HTTP %d, %d of %d stored when killed", round, r.status, after, kBatch);

        // The device saw no answer (or did, if the kill came late): either way it sends again.
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const HttpResult again = m_device->push(http, batch);
        QCOMPARE(again.status, 200);
        const auto rs = results(again);
        QCOMPARE(rs.size(), kBatch);
        for (const auto &one : rs) {
            QVERIFY(one.isStored());
            QCOMPARE(one.status, after == kBatch ? RecordStatus::Duplicate : RecordStatus::Accepted);
        }
        QCOMPARE(storedBetween(first, last), kBatch);
        QCOMPARE(m_fx.scalar("SELECT COUNT(*) FROM records WHERE device_id = ?", {m_device->id()}).toInt(), int(last));
    }

    void sigtermFinishesTheBatchInHandThenExitsCleanly()
    {
        const qint64 first = 4 * kBatch + 1;
        const QList<Record> batch = m_device->records(first - 1, kBatch);
        HttpClient http = m_fx.client();
        http.setBearer(m_device->token());
        QNetworkReply *reply = http.start("POST", "/api/v1/records", m_device->pushBody(batch));
        ServerProcess &server = m_fx.server();
        int exitCode = -2;
        QObject::connect(reply, &QNetworkReply::uploadProgress, reply, [&](qint64 sent, qint64 total) {
            if (total > 0 && sent == total && exitCode == -2) {
                exitCode = -3;
                QTimer::singleShot(150, reply, [&] { ::kill(pid_t(server.pid()), SIGTERM); });
            }
        });
        const HttpResult r = HttpClient::collect(reply, 60'000);
        exitCode = server.waitForExit();
        QCOMPARE(exitCode, 0);
        const int stored = storedBetween(first, first + kBatch - 1);
        if (r.status == 200) {
            // The normal case: the request in hand was finished and answered before the exit.
            for (const auto &one : results(r))
                QCOMPARE(one.status, RecordStatus::Accepted);
            QCOMPARE(stored, kBatch);
        } else {
            // SIGTERM beat the server to the end of the body: refused whole, retry later.
            QCOMPARE(r.status, 503);
            QCOMPARE(r.errorCode(), QStringLiteral("shutting_down"));
            QCOMPARE(stored, 0);
        }
        QVERIFY(server.log().contains("\"msg\":\"stopped\""));
        // Stopped means stopped: nothing listens any more.
        HttpClient probe = m_fx.client();
        QCOMPARE(probe.get("/healthz").status, 0);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
    }

    void aDatabaseOutageIsA503AndNothingIsLost()
    {
        // PostgreSQL: the database server goes away and comes back. SQLite: a backup tool holds the
        // write lock past the busy timeout. Either way: 503, nothing half-written, then business as usual.
        HttpClient http = m_fx.client();
        m_device->addResponses(2);
        const qint64 before =
            m_fx.scalar("SELECT COUNT(*) FROM records WHERE device_id = ?", {m_device->id()}).toLongLong();
        const QList<Record> batch = m_device->records(before);
        QCOMPARE(batch.size(), 2);
        QString error;
        QSqlDatabase locker;
        if (TestBackend::instance().isPostgres()) {
            TestBackend::instance().cluster()->stop();
            const HttpResult health = http.get("/healthz");
            QCOMPARE(health.status, 503);
            QCOMPARE(health.errorCode(), QStringLiteral("unavailable"));
        } else {
            locker = TestBackend::openDirect(m_fx.databaseArgs(), &error);
            QVERIFY2(locker.isOpen(), qPrintable(error));
            QVERIFY(QSqlQuery(locker).exec("BEGIN EXCLUSIVE"));
        }
        const HttpResult during = m_device->push(http, batch);
        QCOMPARE(during.status, 503);
        QCOMPARE(during.errorCode(), QStringLiteral("unavailable"));
        QVERIFY(during.isSuara());
        QVERIFY(m_fx.server().isRunning());

        if (TestBackend::instance().isPostgres()) {
            QVERIFY2(TestBackend::instance().cluster()->restart(&error), qPrintable(error));
        } else {
            QVERIFY(QSqlQuery(locker).exec("ROLLBACK"));
            TestBackend::closeDirect(locker);
        }
        // Every worker thread's connection died with the outage; none of them may fail a request for it.
        std::vector<std::unique_ptr<HttpClient>> clients;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 8; ++i) {
            clients.push_back(std::make_unique<HttpClient>(m_fx.server().baseUrl()));
            clients.back()->setBearer(m_device->token());
            replies << clients.back()->start("GET", "/api/v1/settings", {});
        }
        for (QNetworkReply *reply : replies)
            QCOMPARE(HttpClient::collect(reply).status, 200);
        QCOMPARE(http.get("/healthz").status, 200);
        const HttpResult after = m_device->push(http, batch);
        QCOMPARE(after.status, 200);
        for (const auto &one : results(after))
            QCOMPARE(one.status, RecordStatus::Accepted);
    }

    void aStopGivesUpOnARequestStuckInTheDatabase()
    {
        // A request that the database never lets finish (a write lock held by someone else, past any
        // busy or statement timeout) must not keep a SIGTERM from ending the process: the wait for
        // connections and the wait for workers each give up, the exit says so, and the stuck write
        // rolls back, so nothing is half stored.
        QString error;
        const QStringList db = TestBackend::instance().freshDatabase(&error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        ServerProcess server(db,
                             {"--stop-grace-seconds", "1", "--worker-grace-seconds", "1", "--sqlite-busy-timeout-ms",
                              "600000", "--statement-timeout-ms", "600000"});
        QVERIFY2(server.start(&error), qPrintable(error));
        QCOMPARE(server
                     .cli({"create-user", "--username", "nasional", "--role", "national_admin", "--password",
                           "rahasia-nasional"})
                     .exitCode,
                 0);
        QSqlDatabase locker = TestBackend::openDirect(db, &error);
        QVERIFY2(locker.isOpen(), qPrintable(error));
        QSqlQuery lock(locker);
        const bool postgres = TestBackend::instance().isPostgres();
        QVERIFY(lock.exec(postgres ? "BEGIN" : "BEGIN EXCLUSIVE"));
        if (postgres)
            QVERIFY(lock.exec("LOCK TABLE units IN EXCLUSIVE MODE")); // reads go on, writes wait

        HttpClient http(server.baseUrl());
        http.setBasic("nasional", "rahasia-nasional");
        QNetworkReply *reply =
            http.start("POST", "/api/v1/units", R"({"code": "LP-STUCK", "name": "Lapas yang tertahan"})");
        // Wait until the server's write is really waiting on the lock, so SIGTERM finds it in hand.
        const auto waitingOnTheLock = [&] {
            if (postgres) {
                QSqlQuery q(locker);
                return q.exec("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'") && q.next()
                    && q.value(0).toInt() > 0;
            }
            // SQLite's busy handler sleeps between tries: a server thread in nanosleep is that wait.
            const QDir tasks(QStringLiteral("/proc/%1/task").arg(server.pid()));
            for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                QFile wchan(tasks.filePath(tid + "/wchan"));
                if (wchan.open(QIODevice::ReadOnly) && wchan.readAll().contains("nanosleep"))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(waitingOnTheLock(), 30'000);

        ::kill(pid_t(server.pid()), SIGTERM);
        const int exitCode = server.waitForExit(30'000);
        QCOMPARE(exitCode, 1); // it gave up, and says it failed: not a clean stop
        QVERIFY2(server.log().contains("stopped with requests still running"), server.log().constData());
        QVERIFY(!server.log().contains("\"msg\":\"stopped\""));
        const HttpResult answer = HttpClient::collect(reply, 30'000);
        QVERIFY(answer.status != 201); // the client never hears "created" for a write that rolled back

        QVERIFY(lock.exec(postgres ? "COMMIT" : "ROLLBACK"));
        QSqlQuery count(locker);
        QVERIFY(count.exec("SELECT COUNT(*) FROM units WHERE code = 'LP-STUCK'") && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
        lock.finish();
        count.finish();
        TestBackend::closeDirect(locker);
    }

    void aDatabaseFromANewerServerIsRefused()
    {
        QString error;
        const QStringList db = TestBackend::instance().freshDatabase(&error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        QCOMPARE(ServerProcess::run(QStringList{"migrate"} + db).exitCode, 0);
        {
            QSqlDatabase direct = TestBackend::openDirect(db, &error);
            QVERIFY2(direct.isOpen(), qPrintable(error));
            QSqlQuery q(direct);
            QVERIFY(q.exec("UPDATE schema_version SET version = version + 1"));
            q.finish();
            TestBackend::closeDirect(direct);
        }
        const auto serve = ServerProcess::run(QStringList{"serve", "--listen", "127.0.0.1:0"} + db, {}, 30'000);
        QCOMPARE(serve.exitCode, 3);
        QVERIFY2(serve.err.contains("newer suara-server"), serve.err.constData());
        const auto admin = ServerProcess::run(QStringList{"devices"} + db);
        QCOMPARE(admin.exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestServerCrash)
#include "tst_servercrash.moc"
