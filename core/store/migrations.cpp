#include "migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace suara::migrations {

namespace {
// Append new steps at the end; never edit a step that has shipped.
const QList<QStringList> &steps()
{
    static const QList<QStringList> all = {
        // 1: records (immutable, enforced by triggers), device identity and kiosk settings.
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE records ("
                           " seq INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " type TEXT NOT NULL,"
                           " captured_utc TEXT NOT NULL,"
                           " body TEXT NOT NULL,"
                           " prev_hash TEXT NOT NULL,"
                           " hash TEXT NOT NULL,"
                           " sig TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX records_captured ON records (captured_utc)"),
            QStringLiteral("CREATE TRIGGER records_immutable BEFORE UPDATE ON records "
                           "BEGIN SELECT RAISE(ABORT, 'records are immutable'); END"),
            QStringLiteral("CREATE TRIGGER records_kept BEFORE DELETE ON records "
                           "BEGIN SELECT RAISE(ABORT, 'records are never deleted'); END"),
        },
        // 2: the sync outbox (docs/adr/0006). One row per record, made by a trigger in the record's own
        // transaction, so a committed record is always pending until a Suara answer says otherwise.
        // Sync state lives here, never in `records`: marking a record synced cannot touch signed bytes.
        {
            QStringLiteral("CREATE TABLE outbox ("
                           " seq INTEGER PRIMARY KEY REFERENCES records(seq),"
                           " state TEXT NOT NULL DEFAULT 'pending'"
                           "  CHECK (state IN ('pending', 'synced', 'quarantined')),"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " detail TEXT NOT NULL DEFAULT '',"
                           " updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))"),
            QStringLiteral("CREATE INDEX outbox_state ON outbox (state, seq)"),
            QStringLiteral("INSERT INTO outbox (seq) SELECT seq FROM records"),
            QStringLiteral("CREATE TRIGGER records_enter_outbox AFTER INSERT ON records "
                           "BEGIN INSERT INTO outbox (seq) VALUES (NEW.seq); END"),
            QStringLiteral("CREATE TRIGGER outbox_kept BEFORE DELETE ON outbox "
                           "BEGIN SELECT RAISE(ABORT, 'sync state is never deleted'); END"),
        },
        // 3: no way around immutability (docs/adr/0020-device-immutability-without-bypass.md).
        // REPLACE and INSERT OR REPLACE delete the old row without firing the delete trigger, so a
        // record is refused before it is inserted if its seq or id exists, or if it does not continue
        // the chain. `synced` needs a server acknowledgement row, which is itself append-only.
        {
            QStringLiteral("CREATE TRIGGER records_appended_only BEFORE INSERT ON records "
                           // Two look-ups, each on its own index (a single OR could scan the table).
                           "WHEN EXISTS (SELECT 1 FROM records WHERE seq = NEW.seq) "
                           "  OR EXISTS (SELECT 1 FROM records WHERE id = NEW.id) "
                           "  OR NEW.seq <> (SELECT COALESCE(MAX(seq), 0) + 1 FROM records) "
                           "  OR (NEW.seq > 1 AND NEW.prev_hash <> (SELECT hash FROM records WHERE seq = NEW.seq - 1)) "
                           "BEGIN SELECT RAISE(ABORT, 'records are only appended to the chain, never replaced'); END"),
            QStringLiteral("CREATE TABLE outbox_acks ("
                           " seq INTEGER PRIMARY KEY REFERENCES records(seq),"
                           " status TEXT NOT NULL CHECK (status IN ('accepted', 'duplicate')),"
                           " acked_at TEXT NOT NULL)"),
            // Records synced before this step were acknowledged by the server then; their rows say so.
            QStringLiteral("INSERT INTO outbox_acks (seq, status, acked_at) "
                           "SELECT seq, 'accepted', updated_at FROM outbox WHERE state = 'synced'"),
            QStringLiteral("CREATE TRIGGER outbox_acks_appended_only BEFORE INSERT ON outbox_acks "
                           "WHEN EXISTS (SELECT 1 FROM outbox_acks WHERE seq = NEW.seq) "
                           "BEGIN SELECT RAISE(ABORT, 'acknowledgements are never replaced'); END"),
            QStringLiteral("CREATE TRIGGER outbox_acks_immutable BEFORE UPDATE ON outbox_acks "
                           "BEGIN SELECT RAISE(ABORT, 'acknowledgements are immutable'); END"),
            QStringLiteral("CREATE TRIGGER outbox_acks_kept BEFORE DELETE ON outbox_acks "
                           "BEGIN SELECT RAISE(ABORT, 'acknowledgements are never deleted'); END"),
            QStringLiteral("CREATE TRIGGER outbox_enters_pending BEFORE INSERT ON outbox "
                           "WHEN NEW.state <> 'pending' OR EXISTS (SELECT 1 FROM outbox WHERE seq = NEW.seq) "
                           "BEGIN SELECT RAISE(ABORT, 'a record enters the outbox once, as pending'); END"),
            // pending -> synced (with its acknowledgement), pending -> quarantined, quarantined -> pending
            // (an admin's re-queue); synced is final; the same state may have its counters updated.
            QStringLiteral("CREATE TRIGGER outbox_transitions BEFORE UPDATE ON outbox "
                           "WHEN NEW.seq <> OLD.seq OR NOT ("
                           "  NEW.state = OLD.state"
                           "  OR (OLD.state = 'pending' AND NEW.state = 'synced'"
                           "      AND EXISTS (SELECT 1 FROM outbox_acks WHERE seq = NEW.seq))"
                           "  OR (OLD.state = 'pending' AND NEW.state = 'quarantined')"
                           "  OR (OLD.state = 'quarantined' AND NEW.state = 'pending')) "
                           "BEGIN SELECT RAISE(ABORT, 'not a sync transition the server acknowledged'); END"),
        },
        // 4: evidence files (a report's photo and signature, protocol §2.1), written in the transaction of
        // the record that names them. The bytes are kept like the record: only `sent_at` is ever set,
        // once, when the server has confirmed the file.
        {
            QStringLiteral("CREATE TABLE evidence ("
                           " sha256 TEXT PRIMARY KEY,"
                           " record_id TEXT NOT NULL,"
                           " type TEXT NOT NULL,"
                           " size INTEGER NOT NULL CHECK (size = length(bytes)),"
                           " bytes BLOB NOT NULL,"
                           " sent_at TEXT)"),
            QStringLiteral("CREATE INDEX evidence_unsent ON evidence (record_id) WHERE sent_at IS NULL"),
            QStringLiteral("CREATE TRIGGER evidence_kept BEFORE DELETE ON evidence "
                           "BEGIN SELECT RAISE(ABORT, 'evidence is never deleted'); END"),
            QStringLiteral("CREATE TRIGGER evidence_immutable BEFORE UPDATE ON evidence "
                           "WHEN NEW.sha256 <> OLD.sha256 OR NEW.record_id <> OLD.record_id OR NEW.type <> OLD.type"
                           "  OR NEW.size <> OLD.size OR NEW.bytes <> OLD.bytes"
                           "  OR OLD.sent_at IS NOT NULL OR NEW.sent_at IS NULL "
                           "BEGIN SELECT RAISE(ABORT, 'evidence is immutable; only its sending is recorded'); END"),
        },
        // 5: the officers who sign in on this device (issue 9): added by the unit admin on the device
        // (`device`) or pulled with the device's settings (`server`, replaced as a whole at each pull).
        // Only the Argon2id hash of each PIN is kept. Records name the officer by id, so a row may go
        // while the records that name it stay.
        {
            QStringLiteral("CREATE TABLE officers ("
                           " id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " nip TEXT NOT NULL DEFAULT '',"
                           " position TEXT NOT NULL DEFAULT '',"
                           " pin_hash TEXT NOT NULL,"
                           " source TEXT NOT NULL CHECK (source IN ('device', 'server')),"
                           " updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))"),
        },
    };
    return all;
}
} // namespace

int latestVersion()
{
    return int(steps().size());
}

int currentVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

StoreError migrate(QSqlDatabase &db)
{
    const int from = currentVersion(db);
    if (from < 0)
        return StoreError::fromSql(db.lastError(), QStringLiteral("reading the schema version"));
    if (from > latestVersion())
        return StoreError::make(StoreError::Kind::TooNew,
                                QStringLiteral("the store has schema version %1 but this build knows only %2")
                                    .arg(from)
                                    .arg(latestVersion()));
    for (int v = from; v < latestVersion(); ++v) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return StoreError::fromSql(q.lastError(), QStringLiteral("starting migration %1").arg(v + 1));
        for (const QString &sql : steps().at(v)) {
            if (!q.exec(sql)) {
                const StoreError err = StoreError::fromSql(q.lastError(), QStringLiteral("migration %1").arg(v + 1));
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                return err;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)) || !q.exec(QStringLiteral("COMMIT"))) {
            const StoreError err =
                StoreError::fromSql(q.lastError(), QStringLiteral("finishing migration %1").arg(v + 1));
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return err;
        }
    }
    return {};
}

} // namespace suara::migrations
