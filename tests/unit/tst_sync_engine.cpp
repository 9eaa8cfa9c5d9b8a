// The push engine against an in-memory Suara (tst_sync_fakes.h): batches in seq order with the protocol's
// headers, per-record quarantine that never blocks the queue, revocation that stops pushing and keeps
// every record, a hanging server that cannot hang the engine, and backoff in automatic mode.

#include "syncengine.h"
#include "tst_sync_fakes.h"
#include "storefaults.h"

#include "protocol/protocol.h"
#include "protocol/wiretime.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;
using namespace suara::sync;
using suara::test::Canned;
using namespace std::chrono_literals;

namespace {
// A store with n records and an engine enrolled with a fake server.
struct Rig
{
    QTemporaryDir dir;
    LocalStore store{dir.filePath(QStringLiteral("kiosk.db"))};
    test::FakeNam nam;
    test::FakeSuara server;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<QSignalSpy> finished;

    explicit Rig(int records, SyncOptions options = {})
    {
        if (!store.open().ok() || !test::fill(store, records))
            qFatal("store");
        server.attach(nam);
        engine = std::make_unique<SyncEngine>(&store, &nam, options);
        finished = std::make_unique<QSignalSpy>(engine.get(), &SyncEngine::finished);
    }

    SyncError wait()
    {
        if (!finished->wait(10000))
            return SyncError::RequestRefused;
        return finished->last().at(1).value<SyncError>();
    }
    SyncError enroll()
    {
        engine->enroll(QUrl(QStringLiteral("http://suara.test/base/")), QStringLiteral("7KQ4-MX2P"),
                       QStringLiteral("Loket 1"));
        return wait();
    }
    SyncError push()
    {
        if (!engine->push())
            return SyncError::RequestRefused;
        return wait();
    }
    QList<test::Recorded> pushes() const
    {
        QList<test::Recorded> out;
        for (const test::Recorded &r : nam.requests) {
            if (r.url.path().endsWith(QLatin1String("/api/v1/records")))
                out.append(r);
        }
        return out;
    }
};

QList<qint64> seqsOf(const test::Recorded &request)
{
    QList<qint64> out;
    const auto records = QJsonDocument::fromJson(request.body).object().value(QLatin1String("records")).toArray();
    for (const QJsonValue &v : records)
        out.append(v.toObject().value(QLatin1String("seq")).toInteger());
    return out;
}
} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT
private slots:
    void pushesEverythingInSeqOrderedBatchesOfAtMost200()
    {
        Rig rig(450);
        QCOMPARE(rig.enroll(), SyncError::None);
        QCOMPARE(rig.push(), SyncError::None);
        const auto pushes = rig.pushes();
        QCOMPARE(pushes.size(), 3);
        QList<qint64> all;
        for (const auto &p : pushes) {
            QVERIFY(seqsOf(p).size() <= 200);
            all += seqsOf(p);
        }
        QList<qint64> expected;
        for (qint64 s = 1; s <= 450; ++s)
            expected.append(s);
        QCOMPARE(all, expected);
        QCOMPARE(rig.server.stored.size(), 450);
        QCOMPARE(rig.engine->counts().value().synced, 450);
        QCOMPARE(rig.engine->counts().value().pending, 0);
        QCOMPARE(rig.engine->status()->progressDone(), 450);
        QCOMPARE(rig.engine->status()->progressTotal(), 450);
        QVERIFY(rig.engine->status()->lastSuccess().isValid());
        QCOMPARE(rig.engine->status()->lastError(), SyncError::None);
        QCOMPARE(QJsonDocument::fromJson(pushes.first().body).object().value(QLatin1String("last_seq")).toInteger(),
                 450);
    }

    void everyRequestCarriesTheProtocolHeaders()
    {
        Rig rig(3);
        QCOMPARE(rig.enroll(), SyncError::None);
        QCOMPARE(rig.push(), SyncError::None);
        QSet<QByteArray> ids;
        for (const test::Recorded &r : rig.nam.requests) {
            QVERIFY(r.url.toString().startsWith(QLatin1String("http://suara.test/base/api/v1/")));
            QCOMPARE(r.request.rawHeader("Accept-Encoding"), QByteArray("gzip"));
            QVERIFY(protocol::parseTime(QString::fromLatin1(r.request.rawHeader("X-Suara-Device-Time"))));
            ids.insert(r.request.rawHeader("X-Request-ID"));
            QCOMPARE(r.request.rawHeader("Content-Encoding"), QByteArray("gzip"));
        }
        QCOMPARE(ids.size(), rig.nam.requests.size());
        const test::Recorded push = rig.pushes().first();
        QCOMPARE(push.request.rawHeader("Authorization"), QByteArray("Bearer tok-1"));
        QCOMPARE(rig.nam.requests.first().request.rawHeader("Authorization"), QByteArray()); // enroll: none
    }

    void quarantinedRecordsDoNotBlockTheOnesBehindThem()
    {
        SyncOptions o;
        o.batchSize = 4;
        Rig rig(10, o);
        rig.server.conflictSeq = {3};
        rig.server.rejectSeq = {{5, QStringLiteral("bad_signature")}};
        QCOMPARE(rig.enroll(), SyncError::None);
        QCOMPARE(rig.push(), SyncError::None);
        const Outbox::Counts c = rig.engine->counts().value();
        QCOMPARE(c.synced, 8);
        QCOMPARE(c.quarantined, 2);
        QCOMPARE(c.pending, 0);
        const auto q = rig.engine->quarantined().value();
        QCOMPARE(q.size(), 2);
        QCOMPARE(q.at(0).seq, 3);
        QCOMPARE(q.at(0).reason, QStringLiteral("conflict"));
        QCOMPARE(q.at(1).seq, 5);
        QCOMPARE(q.at(1).reason, QStringLiteral("bad_signature"));
        // Not retried forever: a new push sends nothing at all.
        const qsizetype before = rig.pushes().size();
        QCOMPARE(rig.push(), SyncError::None);
        QCOMPARE(rig.pushes().size(), before);
        // The admin may decide to try them again.
        rig.server.conflictSeq.clear();
        rig.server.rejectSeq.clear();
        QCOMPARE(rig.engine->requeueQuarantined().value(), 2);
        QCOMPARE(rig.push(), SyncError::None);
        QCOMPARE(rig.engine->counts().value().synced, 10);
    }

    void aRecordTheServerNamesInARefusalIsQuarantinedAlone()
    {
        Rig rig(5);
        QCOMPARE(rig.enroll(), SyncError::None);
        int refusals = 0;
        rig.server.override = [&](const test::Recorded &r) -> std::optional<Canned> {
            const QList<qint64> seqs = seqsOf(r);
            const qsizetype i = seqs.indexOf(2);
            if (!r.url.path().endsWith(QLatin1String("/records")) || i < 0)
                return std::nullopt;
            ++refusals;
            return Canned::suaraError(400, QStringLiteral("invalid_field"), QStringLiteral("sig must be base64"),
                                      QStringLiteral("records[%1].sig").arg(i));
        };
        QCOMPARE(rig.push(), SyncError::None);
        QCOMPARE(refusals, 1);
        QCOMPARE(rig.engine->counts().value().synced, 4);
        QCOMPARE(rig.engine->quarantined().value().first().seq, 2);
        QCOMPARE(rig.engine->quarantined().value().first().reason, QStringLiteral("invalid_field"));
    }

    void batchesShrinkWhenTheServerSaysTooLarge()
    {
        Rig rig(10);
        QCOMPARE(rig.enroll(), SyncError::None);
        rig.server.override = [](const test::Recorded &r) -> std::optional<Canned> {
            if (r.url.path().endsWith(QLatin1String("/records")) && seqsOf(r).size() > 3)
                return Canned::suaraError(413, QStringLiteral("batch_too_large"));
            return std::nullopt;
        };
        QCOMPARE(rig.push(), SyncError::None);
        QCOMPARE(rig.engine->counts().value().synced, 10);
        QCOMPARE(rig.server.stored.size(), 10);
    }

    void aRevokedDeviceStopsPushingAndKeepsItsRecords()
    {
        Rig rig(30);
        QCOMPARE(rig.enroll(), SyncError::None);
        QSignalSpy stopped(rig.engine.get(), &SyncEngine::stopped);
        rig.server.override = [](const test::Recorded &r) -> std::optional<Canned> {
            if (r.url.path().endsWith(QLatin1String("/enroll")))
                return std::nullopt;
            return Canned::suaraError(403, QStringLiteral("device_revoked"),
                                      QStringLiteral("revoked by the unit admin"));
        };
        QCOMPARE(rig.push(), SyncError::Revoked);
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(rig.engine->status()->state(), SyncStatus::State::Revoked);
        QCOMPARE(rig.engine->status()->lastError(), SyncError::Revoked);
        QVERIFY(rig.engine->status()->lastErrorMessage().contains(QLatin1String("revoked")));
        QCOMPARE(rig.engine->counts().value().pending, 30);
        QCOMPARE(rig.store.records().value().size(), 30);

        // It stays stopped, across restarts: no request leaves the device.
        const qsizetype requests = rig.nam.requests.size();
        QCOMPARE(rig.push(), SyncError::Revoked);
        rig.engine = std::make_unique<SyncEngine>(&rig.store, &rig.nam);
        rig.finished = std::make_unique<QSignalSpy>(rig.engine.get(), &SyncEngine::finished);
        QCOMPARE(rig.engine->status()->state(), SyncStatus::State::Revoked);
        QCOMPARE(rig.push(), SyncError::Revoked);
        rig.engine->start();
        QTest::qWait(50);
        QCOMPARE(rig.nam.requests.size(), requests);
        QCOMPARE(rig.engine->counts().value().pending, 30);

        // Enrolling again (a new code from the admin) resumes, and everything kept is delivered.
        rig.engine->stop();
        rig.server.override = nullptr;
        QCOMPARE(rig.enroll(), SyncError::None);
        QCOMPARE(rig.push(), SyncError::None);
        QCOMPARE(rig.engine->counts().value().synced, 30);
    }

    void aRejectedTokenStopsPushingToo()
    {
        Rig rig(4);
        QCOMPARE(rig.enroll(), SyncError::None);
        rig.server.token = QStringLiteral("rotated");
        QCOMPARE(rig.push(), SyncError::Unauthorized);
        QCOMPARE(rig.engine->status()->state(), SyncStatus::State::Revoked);
        QCOMPARE(rig.engine->counts().value().pending, 4);
    }

    void aHangingServerTimesOutAndMarksNothing()
    {
        SyncOptions o;
        o.requestTimeoutMs = 150;
        Rig rig(3, o);
        QCOMPARE(rig.enroll(), SyncError::None);
        rig.server.override = [](const test::Recorded &) -> std::optional<Canned> { return Canned::hanging(); };
        QElapsedTimer t;
        t.start();
        QCOMPARE(rig.push(), SyncError::Timeout);
        QVERIFY(t.elapsed() < 5000);
        QCOMPARE(rig.engine->counts().value().pending, 3);
        QVERIFY(!rig.engine->busy());
    }

    void anUnreadableOutboxFailsThePushAndIsNeverASuccessfulSync()
    {
        Rig rig(5);
        QCOMPARE(rig.enroll(), SyncError::None);
        QVERIFY(rig.engine->status()->countsKnown());
        QCOMPARE(rig.engine->status()->pendingCount(), 5);
        QVERIFY(suara::testing::damageTable(rig.store, QStringLiteral("outbox")));

        QVERIFY(!rig.engine->counts().ok());
        QCOMPARE(rig.push(), SyncError::StoreFailed); // never "finished, nothing to send"
        QVERIFY(rig.pushes().isEmpty());
        QVERIFY(!rig.engine->status()->lastSuccess().isValid());
        QCOMPARE(rig.engine->meta().lastSuccess().value(), QDateTime());
        QVERIFY(!rig.engine->status()->countsKnown()); // not "0 pending"
        QCOMPARE(rig.engine->status()->lastError(), SyncError::StoreFailed);
        QVERIFY(!rig.engine->refresh().ok());
    }

    void anUnreadableRecordTableFailsThePush()
    {
        Rig rig(5);
        QCOMPARE(rig.enroll(), SyncError::None);
        QVERIFY(suara::testing::damageTable(rig.store, QStringLiteral("records")));
        QCOMPARE(rig.push(), SyncError::StoreFailed);
        QVERIFY(rig.pushes().isEmpty());
        QVERIFY(!rig.engine->status()->lastSuccess().isValid());
    }

    void anAnswerThatCannotBeSavedMarksNothing()
    {
        // The server stored the batch, but the device cannot record that (its store is locked, as by a
        // stuck writer): nothing may be marked, and the next push settles it through `duplicate`.
        Rig rig(6);
        QCOMPARE(rig.enroll(), SyncError::None);
        QSqlQuery(rig.store.database()).exec(QStringLiteral("PRAGMA busy_timeout = 100"));
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(rig.store.path());
        QVERIFY(other.open());
        rig.server.override = [&](const test::Recorded &r) -> std::optional<Canned> {
            if (r.url.path().endsWith(QLatin1String("/records")))
                QSqlQuery(other).exec(QStringLiteral("BEGIN IMMEDIATE")); // after the attempt was counted
            return std::nullopt;
        };
        QCOMPARE(rig.push(), SyncError::StoreFailed);
        QCOMPARE(rig.server.stored.size(), 6);
        QSqlQuery(other).exec(QStringLiteral("ROLLBACK"));
        QCOMPARE(rig.engine->counts().value().synced, 0);
        QCOMPARE(rig.engine->counts().value().pending, 6);

        rig.server.override = nullptr;
        QCOMPARE(rig.push(), SyncError::None);
        QCOMPARE(rig.engine->counts().value().synced, 6);
        QCOMPARE(rig.server.stored.size(), 6);
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    }

    void notEnrolledMeansNothingIsSent()
    {
        Rig rig(2);
        QCOMPARE(rig.push(), SyncError::NotEnrolled);
        QCOMPARE(rig.engine->status()->state(), SyncStatus::State::NotEnrolled);
        QVERIFY(rig.nam.requests.isEmpty());
    }

    void automaticModeBacksOffAndThenDelivers()
    {
        SyncOptions o;
        o.backoff = {20ms, 80ms, 0.5};
        o.interval = 1h;
        Rig rig(7, o);
        QCOMPARE(rig.enroll(), SyncError::None);
        int failures = 0;
        rig.server.override = [&](const test::Recorded &r) -> std::optional<Canned> {
            if (r.url.path().endsWith(QLatin1String("/records")) && failures < 4) {
                ++failures;
                return failures % 2 ? Canned::captivePortal() : Canned::broken(QNetworkReply::ConnectionRefusedError);
            }
            return std::nullopt;
        };
        bool sawBackingOff = false;
        connect(rig.engine->status(), &SyncStatus::stateChanged, this, [&] {
            if (rig.engine->status()->state() == SyncStatus::State::BackingOff) {
                sawBackingOff = true;
                QVERIFY(rig.engine->status()->nextAttempt().isValid());
            }
        });
        rig.engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.engine->counts().value().synced, 7, 5000);
        QCOMPARE(failures, 4);
        QVERIFY(sawBackingOff);
        QTRY_COMPARE(rig.engine->status()->state(), SyncStatus::State::Idle);
        QCOMPARE(rig.engine->status()->lastError(), SyncError::None);
        QCOMPARE(rig.server.stored.size(), 7);
    }

    void newRecordsAreSentSoonInAutomaticMode()
    {
        SyncOptions o;
        o.afterNewRecords = 10ms;
        o.interval = 1h;
        Rig rig(1, o);
        QCOMPARE(rig.enroll(), SyncError::None);
        rig.engine->start();
        QTRY_COMPARE(rig.engine->counts().value().synced, 1);
        QVERIFY(test::fill(rig.store, 2));
        rig.engine->recordsAdded();
        QCOMPARE(rig.engine->status()->pendingCount(), 2);
        QTRY_COMPARE(rig.engine->counts().value().synced, 3);
        QTRY_COMPARE(rig.engine->status()->pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
