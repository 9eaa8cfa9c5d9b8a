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
        QCOMPARE(outbox.counts().value().total(), 0);
        QVERIFY(test::fill(store, 5));
        const Outbox::Counts c = outbox.counts().value();
        QCOMPARE(c.pending, 5);
        QCOMPARE(c.synced, 0);
        QCOMPARE(outbox.nextPending(3).value(), (QList<qint64>{1, 2, 3}));
        QCOMPARE(outbox.entry(4).value()->state, Outbox::State::Pending);
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
            QVERIFY(q.exec(QStringLiteral("DROP TABLE officers"))); // migration 5
            QVERIFY(q.exec(QStringLiteral("DROP TABLE evidence"))); // migration 4
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER records_appended_only"))); // migration 3
            QVERIFY(q.exec(QStringLiteral("DROP TABLE outbox_acks")));
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
        QCOMPARE(outbox.counts().value().pending, 3);
        QCOMPARE(outbox.nextPending(10).value(), (QList<qint64>{1, 2, 3}));
        QCOMPARE(store.records().value().size(), 3);
        QCOMPARE(store.records().value().at(2).hash, sealed.at(2).hash);
    }

    void answersMoveRecordsToSyncedOrQuarantineWithTheReason()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        QList<Record> r;
        QVERIFY(store.append({test::draft(), test::draft(), test::draft(), test::draft(), test::draft()}, &r).ok());
        Outbox outbox(&store);
        QVERIFY(outbox
                    .apply({{r[0].id, 1, RecordStatus::Accepted, {}},
                            {r[1].id, 2, RecordStatus::Duplicate, {}},
                            {r[2].id, 3, RecordStatus::Conflict, QStringLiteral("id")},
                            {r[3].id, 4, RecordStatus::Rejected, QStringLiteral("bad_signature")}})
                    .ok());
        const Outbox::Counts c = outbox.counts().value();
        QCOMPARE(c.synced, 2);
        QCOMPARE(c.quarantined, 2);
        QCOMPARE(c.pending, 1);
        QCOMPARE(outbox.nextPending(10).value(), (QList<qint64>{5}));
        QCOMPARE(outbox.entry(3).value()->reason, QStringLiteral("conflict"));
        QCOMPARE(outbox.entry(4).value()->reason, QStringLiteral("bad_signature"));
        const QList<Outbox::Entry> q = outbox.quarantined().value();
        QCOMPARE(q.size(), 2);
        QCOMPARE(q.at(0).id, r[2].id);
        // The records themselves are untouched: sync state lives beside them.
        QCOMPARE(store.records().value().size(), 5);
        QCOMPARE(store.records().value().at(2).body, r[2].body);
    }

    void requeueingMakesQuarantinedRecordsPendingAgain()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        QVERIFY(test::fill(store, 3));
        Outbox outbox(&store);
        QVERIFY(outbox.quarantine(2, QStringLiteral("payload_too_large"), QStringLiteral("too big")).ok());
        QCOMPARE(outbox.nextPending(10).value(), (QList<qint64>{1, 3}));
        int n = 0;
        QVERIFY(outbox.requeueQuarantined(&n).ok());
        QCOMPARE(n, 1);
        QCOMPARE(outbox.nextPending(10).value(), (QList<qint64>{1, 2, 3}));
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
        QCOMPARE(Outbox(&store).counts().value().pending, 2);
    }

    void syncStateMovesOnlyAsTheServerAcknowledged()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        QVERIFY(test::fill(store, 4));
        Outbox outbox(&store);
        QSqlQuery q(store.database());
        // Hiding an unsynced record by hand is refused by the database itself.
        QVERIFY(!q.exec(QStringLiteral("UPDATE outbox SET state = 'synced' WHERE seq = 1")));
        QVERIFY(q.lastError().text().contains(QLatin1String("acknowledged")));
        QVERIFY(!q.exec(QStringLiteral("REPLACE INTO outbox (seq, state) VALUES (2, 'synced')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT OR REPLACE INTO outbox (seq, state) VALUES (2, 'pending')")));
        QCOMPARE(outbox.counts().value().pending, 4);

        // The server's answer: acknowledgement rows and synced state in one transaction.
        const QList<Record> r = store.records().value();
        QVERIFY(
            outbox.apply({{r[0].id, 1, RecordStatus::Accepted, {}}, {r[1].id, 2, RecordStatus::Duplicate, {}}}).ok());
        QCOMPARE(outbox.counts().value().synced, 2);
        QVERIFY(q.exec(QStringLiteral("SELECT seq, status FROM outbox_acks ORDER BY seq")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("accepted"));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("duplicate"));
        q.finish();
        // Synced is final, and an acknowledgement is never undone.
        QVERIFY(!q.exec(QStringLiteral("UPDATE outbox SET state = 'pending' WHERE seq = 1")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE outbox SET state = 'quarantined' WHERE seq = 1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM outbox_acks WHERE seq = 1")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE outbox_acks SET status = 'duplicate' WHERE seq = 1")));
        QVERIFY(
            !q.exec(QStringLiteral("REPLACE INTO outbox_acks (seq, status, acked_at) VALUES (1, 'accepted', 'x')")));
        // A late conflict for a synced record leaves it synced; quarantine and re-queue still work.
        QVERIFY(outbox.apply({{r[0].id, 1, RecordStatus::Conflict, QStringLiteral("seq")}}).ok());
        QCOMPARE(outbox.entry(1).value()->state, Outbox::State::Synced);
        QVERIFY(outbox.quarantine(3, QStringLiteral("payload_too_large"), QStringLiteral("too big")).ok());
        QVERIFY(outbox.requeueQuarantined().ok());
        QCOMPARE(outbox.nextPending(10).value(), (QList<qint64>{3, 4}));
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
        QCOMPARE(outbox.counts().value().pending, 2); // counted from the records, not the outbox
        QVERIFY(outbox.repair().ok());
        QCOMPARE(outbox.nextPending(10).value(), (QList<qint64>{1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestSyncOutbox)
#include "tst_sync_outbox.moc"
