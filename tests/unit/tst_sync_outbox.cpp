// The outbox (migration 2, sync/outbox.h): every committed record is pending until a Suara answer
// moves it; synced and quarantined are recorded per record; nothing can delete sync state or records.

#include "outbox.h"
#include "tst_sync_fakes.h"

#include "store/migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;
using namespace suara::sync;
using suara::protocol::RecordResult;
using suara::protocol::RecordStatus;

class TestSyncOutbox : public QObject
{
    Q_OBJECT
private slots:
    void aSavedRecordIsPendingInTheSameTransaction()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        Outbox outbox(&store);
        QCOMPARE(outbox.counts().total(), 0);
        QVERIFY(test::fill(store, 5));
        const Outbox::Counts c = outbox.counts();
        QCOMPARE(c.pending, 5);
        QCOMPARE(c.synced, 0);
        QCOMPARE(outbox.nextPending(3), (QList<qint64>{1, 2, 3}));
        QCOMPARE(outbox.entry(4)->state, Outbox::State::Pending);
    }

    void upgradingAVersionOneStoreMakesItsRecordsPending()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("kiosk.db");
        QList<Record> sealed;
        {
            LocalStore store(path);
            QVERIFY(store.open().ok());
            QVERIFY(store.append({test::draft(), test::draft(), test::draft()}, &sealed).ok());
        }
        {
            // Turn it back into what the previous build wrote: no outbox, schema version 1.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER outbox_kept")));
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER records_enter_outbox")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE outbox")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        LocalStore store(path);
        QVERIFY(store.open().ok());
        QCOMPARE(store.schemaVersion(), migrations::latestVersion());
        Outbox outbox(&store);
        QCOMPARE(outbox.counts().pending, 3);
        QCOMPARE(outbox.nextPending(10), (QList<qint64>{1, 2, 3}));
        QCOMPARE(store.records().size(), 3);
        QCOMPARE(store.records().at(2).hash, sealed.at(2).hash);
    }

    void answersMoveRecordsToSyncedOrQuarantineWithTheReason()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        QList<Record> r;
        QVERIFY(store.append({test::draft(), test::draft(), test::draft(), test::draft(), test::draft()}, &r).ok());
        Outbox outbox(&store);
        QVERIFY(outbox.apply({{r[0].id, 1, RecordStatus::Accepted, {}},
                              {r[1].id, 2, RecordStatus::Duplicate, {}},
                              {r[2].id, 3, RecordStatus::Conflict, QStringLiteral("id")},
                              {r[3].id, 4, RecordStatus::Rejected, QStringLiteral("bad_signature")}})
                    .ok());
        const Outbox::Counts c = outbox.counts();
        QCOMPARE(c.synced, 2);
        QCOMPARE(c.quarantined, 2);
        QCOMPARE(c.pending, 1);
        QCOMPARE(outbox.nextPending(10), (QList<qint64>{5}));
        QCOMPARE(outbox.entry(3)->reason, QStringLiteral("conflict"));
        QCOMPARE(outbox.entry(4)->reason, QStringLiteral("bad_signature"));
        const QList<Outbox::Entry> q = outbox.quarantined();
        QCOMPARE(q.size(), 2);
        QCOMPARE(q.at(0).id, r[2].id);
        // The records themselves are untouched: sync state lives beside them.
        QCOMPARE(store.records().size(), 5);
        QCOMPARE(store.records().at(2).body, r[2].body);
    }

    void requeueingMakesQuarantinedRecordsPendingAgain()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        QVERIFY(test::fill(store, 3));
        Outbox outbox(&store);
        QVERIFY(outbox.quarantine(2, QStringLiteral("payload_too_large"), QStringLiteral("too big")).ok());
        QCOMPARE(outbox.nextPending(10), (QList<qint64>{1, 3}));
        int n = 0;
        QVERIFY(outbox.requeueQuarantined(&n).ok());
        QCOMPARE(n, 1);
        QCOMPARE(outbox.nextPending(10), (QList<qint64>{1, 2, 3}));
    }

    void syncStateAndRecordsCannotBeDeleted()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        QVERIFY(test::fill(store, 2));
        QSqlQuery q(store.database());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM outbox WHERE seq = 1")));
        QVERIFY(q.lastError().text().contains(QLatin1String("never deleted")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM records WHERE seq = 1")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE outbox SET state = 'lost' WHERE seq = 1")));
        QCOMPARE(Outbox(&store).counts().pending, 2);
    }

    void aRecordWithoutAnOutboxRowStillCountsAsPendingAndIsRepaired()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER records_enter_outbox")));
        QVERIFY(test::fill(store, 2));
        Outbox outbox(&store);
        QCOMPARE(outbox.counts().pending, 2); // counted from the records, not the outbox
        QVERIFY(outbox.repair().ok());
        QCOMPARE(outbox.nextPending(10), (QList<qint64>{1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestSyncOutbox)
#include "tst_sync_outbox.moc"
