#include "crypto/devicekey.h"
#include "crypto/hashchain.h"
#include "store/deviceconfigstore.h"
#include "store/keyfile.h"
#include "store/localstore.h"
#include "store/migrations.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "storefaults.h"
#include "testrecords.h"
#include <QThread>

#include <cstdio>
#include <tuple>

using namespace suara;
using suara::testing::Immutable;
using suara::testing::skmDraft;

namespace {

// Verifies the whole chain as the server will: sequence without gaps, hashes linked, signatures valid.
bool chainIsIntact(const LocalStore &store, QString *why)
{
    QByteArray prev = hashchain::genesis();
    qint64 expected = 1;
    for (const Record &r : store.records().value()) {
        if (r.seq != expected++)
            return *why = QStringLiteral("gap before %1").arg(r.seq), false;
        if (r.prevHash != prev || hashchain::link(r.body, prev) != r.hash)
            return *why = QStringLiteral("broken link at %1").arg(r.seq), false;
        if (!DeviceKey::verify(store.publicKey(), r.hash, r.signature))
            return *why = QStringLiteral("bad signature at %1").arg(r.seq), false;
        prev = r.hash;
    }
    return true;
}

// Turns a store into what builds before the key file wrote: the secret in `meta`, no key file.
bool makeLegacy(const QString &path, QByteArray *secret = nullptr)
{
    const StoreResult<std::optional<keyfile::Contents>> key = keyfile::read(keyfile::pathFor(path));
    if (!key.ok() || !*key)
        return false;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        ok = db.open() && q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('device_secret', ?)"));
        q.addBindValue(QString::fromLatin1((*key)->secret.toBase64()));
        ok = ok && q.exec();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("legacy"));
    if (secret)
        *secret = (*key)->secret;
    return ok && QFile::remove(keyfile::pathFor(path));
}

// Whether the store's files (database and WAL) still hold these bytes anywhere, even in free space.
bool storeFilesContain(const QString &path, const QByteArray &bytes)
{
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(bytes))
            return true;
    }
    return false;
}

// What the key move must leave, whenever it was interrupted: the store opens, signs with the key of
// its earlier records, keeps the key only in a 0600 file, and the table no longer has it.
QString keyMoveProblem(const QString &path, const QByteArray &secret)
{
    LocalStore store(path);
    if (StoreError err = store.open(); !err.ok())
        return QStringLiteral("does not open: ") + err.message;
    const QList<Record> records = store.records().value();
    if (records.isEmpty() || !DeviceKey::verify(store.publicKey(), records.first().hash, records.first().signature))
        return QStringLiteral("signs with another key than its records");
    if (!store.meta(QStringLiteral("device_secret")).value().isEmpty())
        return QStringLiteral("still has the secret in its table");
    if (QFile::permissions(keyfile::pathFor(path))
        != (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser))
        return QStringLiteral("key file is not 0600");
    store.close();
    if (storeFilesContain(path, secret.toBase64()) || storeFilesContain(path, secret))
        return QStringLiteral("the secret's bytes are still in the store's files");
    return {};
}

// Child mode: opens each store in turn (moving its key out of the table) and reports each one done.
int runKeyMoveChild(const QStringList &paths)
{
    std::printf("READY\n");
    std::fflush(stdout);
    for (int i = 0; i < paths.size(); ++i) {
        LocalStore store(paths.at(i));
        if (!store.open().ok())
            return 2;
        store.close();
        std::printf("MOVED %d\n", i);
        std::fflush(stdout);
    }
    // Stay until killed, like a kiosk would: on a fast machine every move may be done before the
    // parent's SIGKILL lands, and an exited child cannot be killed (or waited for) any more.
    std::getchar(); // the parent never writes or closes our stdin
    return 0;
}

// Child mode: confirm one record, report it, then keep writing until killed.
int runDurabilityChild(const QString &path)
{
    LocalStore store(path);
    if (!store.open().ok())
        return 2;
    QList<Record> sealed;
    if (!store.append({skmDraft(4)}, &sealed).ok())
        return 3;
    std::printf("CONFIRMED %s\n", qPrintable(sealed.first().id));
    std::fflush(stdout);
    for (int i = 0;; ++i)
        store.append({skmDraft(1 + i % 4), skmDraft(2)});
}
} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT
private slots:
    void appendSealsRecordsIntoAVerifiableChain()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        QCOMPARE(store.schemaVersion(), migrations::latestVersion());
        QVERIFY(!store.deviceId().isEmpty());
        QList<Record> sealed;
        QVERIFY(store.append({skmDraft(3), skmDraft(4)}, &sealed).ok());
        QVERIFY(store.append({skmDraft(2)}).ok());
        QCOMPARE(sealed.size(), 2);
        QCOMPARE(sealed.at(1).seq, 2);
        QCOMPARE(store.lastSeq().value(), 3);
        QString why;
        QVERIFY2(chainIsIntact(store, &why), qPrintable(why));
        QCOMPARE(store.record(sealed.first().id).value()->data().value("answers").toObject().value("waktu").toInt(), 3);
    }

    void identityAndRecordsSurviveReopen()
    {
        QTemporaryDir dir;
        QString device;
        QByteArray key;
        {
            LocalStore store(dir.filePath("kiosk.db"));
            QVERIFY(store.open().ok());
            device = store.deviceId();
            key = store.publicKey();
            QVERIFY(store.append({skmDraft(1)}).ok());
            QVERIFY(store.setSetting("unit_name", "Lapas Kelas IIA").ok());
        }
        LocalStore again(dir.filePath("kiosk.db"));
        QVERIFY(again.open().ok());
        QCOMPARE(again.deviceId(), device);
        QCOMPARE(again.publicKey(), key);
        QCOMPARE(again.records().value().size(), 1);
        QCOMPARE(again.setting("unit_name").value(), QStringLiteral("Lapas Kelas IIA"));
        QVERIFY(again.append({skmDraft(2)}).ok());
        QString why;
        QVERIFY2(chainIsIntact(again, &why), qPrintable(why));
    }

    void recordsCannotBeChangedOrDeleted()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        QVERIFY(store.append({skmDraft(1)}).ok());
        QSqlQuery q(store.database());
        QVERIFY(!q.exec("UPDATE records SET body = '{}'"));
        QVERIFY(q.lastError().text().contains("immutable"));
        QVERIFY(!q.exec("DELETE FROM records"));
        QCOMPARE(store.records().value().size(), 1);
    }

    void noStatementRewritesOrSlipsARecordIn()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        QList<Record> sealed;
        QVERIFY(store.append({skmDraft(1), skmDraft(2)}, &sealed).ok());
        const Record first = sealed.first();
        QSqlQuery q(store.database());
        // REPLACE deletes the old row without firing the delete trigger: it must not get that far.
        for (const char *verb : {"REPLACE INTO", "INSERT OR REPLACE INTO"}) {
            q.prepare(QStringLiteral("%1 records (seq, id, type, captured_utc, body, prev_hash, hash, sig) "
                                     "VALUES (?, ?, 'response', '2026-01-01T00:00:00.000Z', '{}', ?, ?, ?)")
                          .arg(QLatin1String(verb)));
            for (const QVariant &v :
                 {QVariant(first.seq), QVariant(first.id), QVariant(QString::fromLatin1(first.prevHash.toHex())),
                  QVariant(QString::fromLatin1(first.hash.toHex())),
                  QVariant(QString::fromLatin1(first.signature.toBase64()))})
                q.addBindValue(v);
            QVERIFY2(!q.exec(), verb);
            QVERIFY(q.lastError().text().contains("never replaced"));
        }
        // Nor may a record skip ahead, reuse an id under a new seq, or hang off another record.
        for (const auto &[seq, id, prev] : {std::tuple{qint64(9), QStringLiteral("new-id"), sealed.last().hash},
                                            std::tuple{qint64(3), first.id, sealed.last().hash},
                                            std::tuple{qint64(3), QStringLiteral("new-id"), first.hash}}) {
            q.prepare(QStringLiteral("INSERT INTO records (seq, id, type, captured_utc, body, prev_hash, hash, sig) "
                                     "VALUES (?, ?, 'response', '2026-01-01T00:00:00.000Z', '{}', ?, 'x', 'y')"));
            q.addBindValue(seq);
            q.addBindValue(id);
            q.addBindValue(QString::fromLatin1(prev.toHex()));
            QVERIFY2(!q.exec(), qPrintable(QStringLiteral("seq %1 went in").arg(seq)));
        }
        const QList<Record> after = store.records().value();
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.first().body, first.body);
        QVERIFY(store.append({skmDraft(3)}).ok()); // the store's own appends still chain on
        QString why;
        QVERIFY2(chainIsIntact(store, &why), qPrintable(why));
    }

    void migratesFromVersionZeroAndRefusesANewerStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("kiosk.db");
        {
            LocalStore store(path);
            QVERIFY(store.open().ok());
            QSqlQuery(store.database())
                .exec(QStringLiteral("PRAGMA user_version = %1").arg(migrations::latestVersion() + 1));
        }
        LocalStore newer(path);
        const StoreError err = newer.open();
        QCOMPARE(err.kind, StoreError::Kind::TooNew);
    }

    void aStoreThatFailsHalfwayDoesNotLookOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("kiosk.db");
        {
            LocalStore store(path);
            QVERIFY(store.open().ok());
            QSqlQuery(store.database())
                .exec(QStringLiteral("PRAGMA user_version = %1").arg(migrations::latestVersion() + 1));
        }
        LocalStore newer(path);
        QCOMPARE(newer.open().kind, StoreError::Kind::TooNew);
        QVERIFY(!newer.isOpen());
        QVERIFY(newer.deviceId().isEmpty());
        QVERIFY(!newer.append({skmDraft(1)}).ok());
    }

    void aDamagedIdentityIsRefusedNeverReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("kiosk.db");
        QString device;
        {
            LocalStore store(path);
            QVERIFY(store.open().ok());
            device = store.deviceId();
            QVERIFY(store.append({skmDraft(3)}).ok());
        }
        QVERIFY(QFile::remove(keyfile::pathFor(path))); // the key is lost
        LocalStore again(path);
        QCOMPARE(again.open().kind, StoreError::Kind::Corrupt);
        QVERIFY(!again.isOpen());
        LocalStore ro(path);
        QVERIFY(ro.open(LocalStore::Access::ReadOnly).ok());
        QCOMPARE(ro.meta("device_id").value(), device); // the identity was not rotated behind the server's back
        QVERIFY(ro.meta("device_secret").value().isEmpty());
        QVERIFY(!QFile::exists(keyfile::pathFor(path))); // and no new key was made for it
    }

    void fullDiskFailsCleanlyAndKeepsEarlierRecords()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        QVERIFY(store.append({skmDraft(4)}).ok());
        QSqlQuery q(store.database());
        QVERIFY(q.exec("PRAGMA page_count") && q.next());
        const int pages = q.value(0).toInt();
        // Cap the file at its current size: the next large write hits SQLITE_FULL like a full disk would.
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        QList<RecordDraft> big;
        for (int i = 0; i < 200; ++i)
            big << skmDraft(1 + i % 4);
        const StoreError err = store.append(big);
        QCOMPARE(err.kind, StoreError::Kind::DiskFull);
        QCOMPARE(store.records().value().size(), 1);
        QVERIFY(q.exec("PRAGMA max_page_count = 1000000"));
        QVERIFY(store.append({skmDraft(2)}).ok()); // space again: the chain continues without a gap
        QString why;
        QVERIFY2(chainIsIntact(store, &why), qPrintable(why));
    }

    void readOnlyStoreRefusesWritesWithAClearKind()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("kiosk.db");
        {
            LocalStore store(path);
            QVERIFY(store.open().ok());
            QVERIFY(store.append({skmDraft(3)}).ok());
        }
        LocalStore ro(path);
        QVERIFY(ro.open(LocalStore::Access::ReadOnly).ok());
        const StoreError err = ro.append({skmDraft(1)});
        QCOMPARE(err.kind, StoreError::Kind::ReadOnly);
        QCOMPARE(ro.records().value().size(), 1);
    }

    void aDamagedFileIsAReadErrorNeverAnEmptyList()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        QVERIFY(store.append({skmDraft(4), skmDraft(3)}).ok());
        QCOMPARE(store.records().value().size(), 2); // the normal case reads as it should
        QCOMPARE(store.lastSeq().value(), 2);
        QVERIFY(suara::testing::damageTable(store, QStringLiteral("records")));

        const StoreResult<QList<Record>> all = store.records();
        QVERIFY(!all.ok());
        QCOMPARE(all.error().kind, StoreError::Kind::Corrupt);
        QVERIFY(!store.recordsCapturedSince(QDateTime::currentDateTimeUtc().addDays(-1)).ok());
        QVERIFY(!store.lastSeq().ok());
        QVERIFY(!store.record(QStringLiteral("anything")).ok());
        // The settings table is intact: a key that is not there is still "not there", not an error.
        QCOMPARE(store.setting(QStringLiteral("missing"), QStringLiteral("fallback")).value(),
                 QStringLiteral("fallback"));
    }

    void readsOfAClosedStoreAreErrors()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(!store.records().ok());
        QVERIFY(!store.meta(QStringLiteral("device_id"), QStringLiteral("x")).ok());
        QVERIFY(!store.lastSeq().ok());
    }

    void aStoreOpenedOnAReadOnlyMediumRecoversWhenItIsWritableAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("kiosk.db");
        LocalStore other(path); // another process on the same store (suara-sync) keeps the WAL open
        QVERIFY(other.open().ok());
        QVERIFY(other.append({skmDraft(4)}).ok());
        QVERIFY(other.checkWritable().ok());

        Immutable readOnly(suara::testing::storeFiles(dir.path(), path));
        if (!readOnly.held())
            QSKIP("chattr +i is not available on this file system");
        // SQLite falls back to a read-only connection here; one that stayed open would refuse every
        // write for good, even after the medium is writable again. The store refuses to open instead.
        LocalStore kiosk(path);
        QCOMPARE(kiosk.open().kind, StoreError::Kind::ReadOnly);
        QVERIFY(!kiosk.isOpen());
        QCOMPARE(kiosk.checkWritable().kind, StoreError::Kind::ReadOnly);

        readOnly.release();
        QVERIFY2(kiosk.checkWritable().ok(), "the store did not recover once the medium was writable");
        QVERIFY(kiosk.isOpen());
        QVERIFY(kiosk.append({skmDraft(2)}).ok());
        QCOMPARE(kiosk.records().value().size(), 2);
        QString why;
        QVERIFY2(chainIsIntact(kiosk, &why), qPrintable(why));
    }

    void aMediumThatTurnsReadOnlyFailsTheProbeAndRecovers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("kiosk.db");
        LocalStore store(path);
        QVERIFY(store.open().ok());
        QVERIFY(store.append({skmDraft(4)}).ok());
        {
            Immutable readOnly(suara::testing::storeFiles(dir.path(), path));
            if (!readOnly.held())
                QSKIP("chattr +i is not available on this file system");
            QVERIFY(!store.checkWritable().ok()); // before the visit starts, not at "Send"
            QVERIFY(!store.append({skmDraft(1)}).ok());
        }
        QVERIFY(store.checkWritable().ok());
        QVERIFY(store.append({skmDraft(1)}).ok());
        QCOMPARE(store.records().value().size(), 2);
        QString why;
        QVERIFY2(chainIsIntact(store, &why), qPrintable(why));
    }

    void everyConnectionRunsWithFullSyncAndWal()
    {
        // The kill -9 tests would pass with synchronous=OFF (the OS keeps the page cache); a power cut
        // would not. So the settings themselves are asserted, on the first connection and a reopened one.
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        for (int round = 0; round < 2; ++round) {
            QVERIFY(store.open().ok());
            QSqlQuery q(store.database());
            QVERIFY(q.exec("PRAGMA synchronous") && q.next());
            QCOMPARE(q.value(0).toInt(), 2); // FULL
            QVERIFY(q.exec("PRAGMA journal_mode") && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec("PRAGMA secure_delete") && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            q.finish();
            store.close();
        }
    }

    // Issue 10.3: with SQLite's autocheckpoint off, no commit copies the WAL (it only grows, every frame
    // fsynced), and the kiosk's own checkpoint copies it all later. The default store, as a control,
    // checkpoints inside some commit once the WAL passes 1,000 pages.
    void commitsLeaveTheCheckpointToTheCaller()
    {
        QTemporaryDir dir;
        LocalStore manual(dir.filePath("manual.db"));
        QVERIFY(manual.setAutoCheckpoint(false).ok());
        LocalStore automatic(dir.filePath("automatic.db"));
        QVERIFY(manual.open().ok());
        QVERIFY(automatic.open().ok());
        QSqlQuery q(manual.database());
        QVERIFY(q.exec("PRAGMA wal_autocheckpoint") && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        for (int i = 0; i < 600; ++i) {
            QVERIFY(manual.append({skmDraft(1 + i % 4), skmDraft(2)}).ok());
            QVERIFY(automatic.append({skmDraft(1 + i % 4), skmDraft(2)}).ok());
        }
        const LocalStore::Checkpoint byManual = manual.checkpoint().value();
        const LocalStore::Checkpoint byDefault = automatic.checkpoint().value();
        QVERIFY2(byManual.walFrames > 1000, qPrintable(QString::number(byManual.walFrames)));
        QVERIFY2(byDefault.walFrames < byManual.walFrames, qPrintable(QString::number(byDefault.walFrames)));
        QCOMPARE(byManual.copiedFrames, byManual.walFrames);
        QVERIFY(!byManual.busy);
        // Nothing of what was confirmed depends on the checkpoint: a fresh connection reads it all.
        manual.close();
        QVERIFY(manual.open().ok());
        QCOMPARE(manual.lastSeq().value(), 1200);
        QString why;
        QVERIFY2(chainIsIntact(manual, &why), qPrintable(why));
    }

    // Issue 8: the kiosk's configuration is one value in one row; a store from before is read from its
    // per-field rows; a damaged row is an error, never the defaults.
    void theConfigurationIsOneValueInOneRow()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        QCOMPARE(loadDeviceConfig(store).value(), DeviceConfig());

        // A store from before: one row per field, as the earlier builds wrote them.
        QVERIFY(store.setSetting("unit_name", "Rutan Surakarta").ok());
        QVERIFY(store.setSetting("questionnaires", "skm,spak").ok());
        QVERIFY(store.setSetting("idle_timeout", "90").ok());
        QVERIFY(store.setSetting("ask_profile", "0").ok());
        QVERIFY(store.setSetting("cooldown", "9999").ok()); // out of range: clamped, as the old reader did
        DeviceConfig legacy = loadDeviceConfig(store).value();
        QCOMPARE(legacy.unitName, QStringLiteral("Rutan Surakarta"));
        QCOMPARE(legacy.questionnaires, (QStringList{"skm", "spak"}));
        QCOMPARE(legacy.idleTimeoutSeconds, 90);
        QCOMPARE(legacy.askProfile, false);
        QCOMPARE(legacy.cooldownSeconds, configrange::kCooldownSeconds.max);

        legacy.unitCode = "LP-07";
        legacy.thankYouSeconds = 1; // below the range
        QVERIFY(saveDeviceConfig(store, legacy).ok());
        QVERIFY(store.setSetting("unit_name", "stale").ok()); // the old rows are no longer read
        store.close();
        QVERIFY(store.open().ok());
        const DeviceConfig again = loadDeviceConfig(store).value();
        QCOMPARE(again.unitName, QStringLiteral("Rutan Surakarta"));
        QCOMPARE(again.unitCode, QStringLiteral("LP-07"));
        QCOMPARE(again.thankYouSeconds, configrange::kThankYouSeconds.min);
        QCOMPARE(again, legacy.normalised());

        QVERIFY(store.setSetting("device_config", "{\"idle_timeout\": \"ninety\"}").ok());
        const StoreResult<DeviceConfig> damaged = loadDeviceConfig(store);
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.error().kind, StoreError::Kind::Corrupt);
        QVERIFY(store.setSetting("device_config", "[1, 2]").ok());
        QVERIFY(!loadDeviceConfig(store).ok());
    }

    void theSigningKeyLivesInAFileOfItsOwnNotInTheStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("kiosk.db");
        LocalStore store(path);
        QVERIFY(store.open().ok());
        QVERIFY(store.append({skmDraft(4)}).ok());
        const auto key = keyfile::read(keyfile::pathFor(path)).value();
        QVERIFY(key.has_value());
        QCOMPARE(key->deviceId, store.deviceId());
        QCOMPARE(DeviceKey::fromSecretKey(key->secret)->publicKey(), store.publicKey());
        QCOMPARE(QFile::permissions(keyfile::pathFor(path)),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QVERIFY(store.meta("device_secret").value().isEmpty());
        store.close();
        QVERIFY(!storeFilesContain(path, key->secret.toBase64()));
        QVERIFY(!storeFilesContain(path, key->secret));
        QVERIFY(storeFilesContain(path, key->deviceId.toLatin1())); // the search does find what is there
    }

    void anOlderStoreHasItsKeyMovedOutAndWiped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("kiosk.db");
        {
            LocalStore store(path);
            QVERIFY(store.open().ok());
            QVERIFY(store.append({skmDraft(4), skmDraft(2)}).ok());
        }
        QByteArray secret;
        QVERIFY(makeLegacy(path, &secret));
        QVERIFY(storeFilesContain(path, secret.toBase64())); // the normal case of an older store
        const QString problem = keyMoveProblem(path, secret);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Killed between the two steps: the key file was written, the table still has the key.
        QVERIFY(makeLegacy(path, &secret));
        {
            LocalStore ro(path);
            QVERIFY(ro.open(LocalStore::Access::ReadOnly).ok());
            QVERIFY(keyfile::write(keyfile::pathFor(path), {ro.deviceId(), secret}).ok());
        }
        const QString afterCrash = keyMoveProblem(path, secret);
        QVERIFY2(afterCrash.isEmpty(), qPrintable(afterCrash));
    }

    void aKeyFileOfAnotherDeviceIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("kiosk.db");
        const QString otherPath = dir.filePath("other.db");
        {
            LocalStore store(path);
            QVERIFY(store.open().ok());
            QVERIFY(store.append({skmDraft(4)}).ok());
            LocalStore other(otherPath);
            QVERIFY(other.open().ok());
        }
        QVERIFY(QFile::remove(keyfile::pathFor(path)));
        QVERIFY(QFile::copy(keyfile::pathFor(otherPath), keyfile::pathFor(path)));
        LocalStore store(path);
        QCOMPARE(store.open().kind, StoreError::Kind::Corrupt);
    }

    void aKillWhileTheKeyMovesLosesNothing_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("killed before any store") << -1;
        QTest::newRow("killed after the first") << 0;
        QTest::newRow("killed after four") << 3;
        QTest::newRow("killed after twelve") << 11;
    }

    void aKillWhileTheKeyMovesLosesNothing()
    {
        QFETCH(int, killAfter);
        QTemporaryDir dir;
        QStringList paths;
        QList<QByteArray> secrets;
        for (int i = 0; i < 24; ++i) {
            const QString path = dir.filePath(QStringLiteral("kiosk-%1.db").arg(i));
            {
                LocalStore store(path);
                QVERIFY(store.open().ok());
                QVERIFY(store.append({skmDraft(3)}).ok());
            }
            QByteArray secret;
            QVERIFY(makeLegacy(path, &secret));
            paths << path;
            secrets << secret;
        }
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("--key-move-child")} + paths);
        QVERIFY(child.waitForStarted());
        const QByteArray wanted =
            killAfter < 0 ? QByteArray("READY\n") : QByteArray("MOVED ") + QByteArray::number(killAfter) + '\n';
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains(wanted), 20000);
        child.kill(); // SIGKILL in the middle of the next store's move
        QVERIFY(child.waitForFinished());
        for (int i = 0; i < paths.size(); ++i) {
            const QString problem = keyMoveProblem(paths.at(i), secrets.at(i));
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("store %1 %2").arg(i).arg(problem)));
        }
    }

    void confirmedRecordSurvivesKillDashNine_data()
    {
        QTest::addColumn<int>("delayMs");
        QTest::newRow("killed at once") << 0;
        QTest::newRow("killed mid-writing") << 30;
        QTest::newRow("killed later") << 250;
    }

    void confirmedRecordSurvivesKillDashNine()
    {
        QFETCH(int, delayMs);
        QTemporaryDir dir;
        const QString path = dir.filePath("kiosk.db");
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--durability-child"), path});
        QVERIFY(child.waitForStarted());
        QByteArray line;
        QTRY_VERIFY_WITH_TIMEOUT((line += child.readAllStandardOutput()).contains('\n'), 20000);
        if (delayMs)
            QThread::msleep(delayMs);
        child.kill(); // SIGKILL: no destructors, no flush
        QVERIFY(child.waitForFinished());
        QVERIFY(line.startsWith("CONFIRMED "));
        const QString id = QString::fromLatin1(line.mid(10).trimmed());

        LocalStore store(path);
        QVERIFY(store.open().ok());
        QVERIFY2(store.record(id).value().has_value(), "the confirmed record is gone after kill -9");
        QString why;
        QVERIFY2(chainIsIntact(store, &why), qPrintable(why));
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--durability-child") == 0) {
        QCoreApplication app(argc, argv);
        return runDurabilityChild(QString::fromLocal8Bit(argv[2]));
    }
    if (argc >= 2 && qstrcmp(argv[1], "--key-move-child") == 0) {
        QCoreApplication app(argc, argv);
        QStringList paths;
        for (int i = 2; i < argc; ++i)
            paths << QString::fromLocal8Bit(argv[i]);
        return runKeyMoveChild(paths);
    }
    QCoreApplication app(argc, argv);
    TestLocalStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_localstore.moc"
