#include "schema.h"

#include "reports/aggregator.h"
#include "service/registerintake.h"

#include <QStringList>

namespace suara::server::schema {

namespace {
constexpr qint64 kMigrationLock = 0x5375617261; // "Suara": one number for pg_advisory_lock

// Append new steps at the end; never edit a step that has shipped.
QList<QStringList> steps(const Sql &sql)
{
    const QString autoId = sql.autoIdColumn();
    QStringList immutable;
    if (sql.isPostgres()) {
        immutable = {
            QStringLiteral("CREATE FUNCTION suara_records_immutable() RETURNS trigger LANGUAGE plpgsql AS "
                           "$$ BEGIN RAISE EXCEPTION 'records are immutable and never deleted'; END $$"),
            QStringLiteral("CREATE TRIGGER records_immutable BEFORE UPDATE OR DELETE ON records "
                           "FOR EACH ROW EXECUTE FUNCTION suara_records_immutable()"),
        };
    } else {
        immutable = {
            QStringLiteral("CREATE TRIGGER records_immutable BEFORE UPDATE ON records "
                           "BEGIN SELECT RAISE(ABORT, 'records are immutable'); END"),
            QStringLiteral("CREATE TRIGGER records_kept BEFORE DELETE ON records "
                           "BEGIN SELECT RAISE(ABORT, 'records are never deleted'); END"),
        };
    }
    // The audit trail is append-only, like the records: the database refuses to change or drop a line.
    QStringList auditKept;
    if (sql.isPostgres()) {
        auditKept = {
            QStringLiteral("CREATE OR REPLACE FUNCTION suara_register_audit_kept() RETURNS trigger LANGUAGE plpgsql AS "
                           "$$ BEGIN RAISE EXCEPTION 'the register audit trail is append-only'; END $$"),
            QStringLiteral("CREATE OR REPLACE TRIGGER register_audit_kept BEFORE UPDATE OR DELETE ON register_audit "
                           "FOR EACH ROW EXECUTE FUNCTION suara_register_audit_kept()"),
        };
    } else {
        auditKept = {
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS register_audit_fixed BEFORE UPDATE ON register_audit "
                           "BEGIN SELECT RAISE(ABORT, 'the register audit trail is append-only'); END"),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS register_audit_kept BEFORE DELETE ON register_audit "
                           "BEGIN SELECT RAISE(ABORT, 'the register audit trail is append-only'); END"),
        };
    }
    return {
        // 1: units, users, enrollment codes, devices, records, integrity alerts.
        QStringList{
            QStringLiteral("CREATE TABLE units ("
                           " code TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " complaint_contact TEXT NOT NULL DEFAULT '',"
                           " settings TEXT NOT NULL,"
                           " settings_version BIGINT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE users ("
                           " username TEXT PRIMARY KEY,"
                           " password_hash TEXT NOT NULL,"
                           " role TEXT NOT NULL,"
                           " unit_code TEXT REFERENCES units (code),"
                           " created_at TEXT NOT NULL)"),
            // Only a hash of each code is kept: a copy of the database hands out no enrollments.
            QStringLiteral("CREATE TABLE enrollment_codes ("
                           " code_hash TEXT PRIMARY KEY,"
                           " unit_code TEXT NOT NULL REFERENCES units (code),"
                           " created_at TEXT NOT NULL,"
                           " expires_at TEXT NOT NULL,"
                           " used_by_device TEXT,"
                           " used_by_key TEXT,"
                           " used_at TEXT)"),
            QStringLiteral("CREATE TABLE devices ("
                           " id TEXT PRIMARY KEY,"
                           " unit_code TEXT NOT NULL REFERENCES units (code),"
                           " public_key TEXT NOT NULL,"
                           " token_hash TEXT NOT NULL UNIQUE,"
                           " label TEXT NOT NULL DEFAULT '',"
                           " app_version TEXT NOT NULL DEFAULT '',"
                           " enrolled_at TEXT NOT NULL,"
                           " revoked_at TEXT,"
                           " last_sync TEXT,"
                           " last_seq BIGINT NOT NULL DEFAULT 0,"
                           " reported_last_seq BIGINT NOT NULL DEFAULT 0,"
                           " contiguous_seq BIGINT NOT NULL DEFAULT 0,"
                           " clock_skew_s BIGINT)"),
            QStringLiteral("CREATE INDEX devices_unit ON devices (unit_code)"),
            // Exactly once rests on these two constraints, not on any check in code (design.md).
            QStringLiteral("CREATE TABLE records ("
                           " device_id TEXT NOT NULL REFERENCES devices (id),"
                           " record_id TEXT NOT NULL,"
                           " seq BIGINT NOT NULL,"
                           " type TEXT NOT NULL,"
                           " unit_code TEXT NOT NULL,"
                           " captured_at TEXT NOT NULL,"
                           " received_at TEXT NOT NULL,"
                           " clock_skew_s BIGINT,"
                           " source TEXT NOT NULL,"
                           " body TEXT NOT NULL,"
                           " prev_hash TEXT NOT NULL,"
                           " hash TEXT NOT NULL,"
                           " sig TEXT NOT NULL,"
                           " CONSTRAINT records_device_record UNIQUE (device_id, record_id),"
                           " CONSTRAINT records_device_seq UNIQUE (device_id, seq))"),
            QStringLiteral("CREATE INDEX records_unit_captured ON records (unit_code, captured_at)"),
            QStringLiteral("CREATE TABLE alerts ("
                           " id ")
                + autoId
                + QStringLiteral(","
                                 " device_id TEXT NOT NULL REFERENCES devices (id),"
                                 " unit_code TEXT NOT NULL,"
                                 " kind TEXT NOT NULL,"
                                 " dedup_key TEXT NOT NULL,"
                                 " first_seq BIGINT,"
                                 " last_seq BIGINT,"
                                 " record_id TEXT,"
                                 " detail TEXT NOT NULL,"
                                 " raised_at TEXT NOT NULL,"
                                 " resolved_at TEXT)"),
            // One open alert per fact: concurrent or repeated pushes cannot raise it twice.
            QStringLiteral("CREATE UNIQUE INDEX alerts_open ON alerts (device_id, kind, dedup_key) "
                           "WHERE resolved_at IS NULL"),
            QStringLiteral("CREATE INDEX alerts_unit ON alerts (unit_code, raised_at)"),
        } + immutable,
        // 2: the unit tree, aggregates kept ready at ingest (docs/adr/0011-reports-aggregates.md),
        // follow-up actions, published results and the populations behind the minimum sample.
        QStringList{
            QStringLiteral("ALTER TABLE units ADD COLUMN parent_code TEXT REFERENCES units (code)"),
            QStringLiteral("CREATE INDEX units_parent ON units (parent_code)"),
            // Key of every aggregate: unit, the device's local capture day (YYYY-MM-DD), service ('' for
            // none), device, questionnaire ('' for none), suspected misuse (0/1).
            QStringLiteral(
                "CREATE TABLE agg_answers ("
                " unit_code TEXT NOT NULL, questionnaire TEXT NOT NULL, day TEXT NOT NULL,"
                " service TEXT NOT NULL, device_id TEXT NOT NULL, misuse INTEGER NOT NULL,"
                " item_key TEXT NOT NULL, value BIGINT NOT NULL, n BIGINT NOT NULL,"
                " PRIMARY KEY (unit_code, questionnaire, day, service, device_id, misuse, item_key, value))"),
            QStringLiteral("CREATE TABLE agg_respondents ("
                           " unit_code TEXT NOT NULL, questionnaire TEXT NOT NULL, day TEXT NOT NULL,"
                           " service TEXT NOT NULL, device_id TEXT NOT NULL, misuse INTEGER NOT NULL,"
                           " n BIGINT NOT NULL,"
                           " PRIMARY KEY (unit_code, questionnaire, day, service, device_id, misuse))"),
            // The same counts by calendar month, without service and device: what roll-ups and
            // whole-month periods read (a national quarter is ~100 units × 3 months × 36 rows).
            QStringLiteral("CREATE TABLE agg_answers_month ("
                           " unit_code TEXT NOT NULL, questionnaire TEXT NOT NULL, month TEXT NOT NULL,"
                           " misuse INTEGER NOT NULL, item_key TEXT NOT NULL, value BIGINT NOT NULL, n BIGINT NOT NULL,"
                           " PRIMARY KEY (unit_code, questionnaire, month, misuse, item_key, value))"),
            QStringLiteral("CREATE TABLE agg_respondents_month ("
                           " unit_code TEXT NOT NULL, questionnaire TEXT NOT NULL, month TEXT NOT NULL,"
                           " misuse INTEGER NOT NULL, n BIGINT NOT NULL,"
                           " PRIMARY KEY (unit_code, questionnaire, month, misuse))"),
            QStringLiteral("CREATE TABLE agg_profile ("
                           " unit_code TEXT NOT NULL, questionnaire TEXT NOT NULL, day TEXT NOT NULL,"
                           " service TEXT NOT NULL, device_id TEXT NOT NULL, misuse INTEGER NOT NULL,"
                           " field TEXT NOT NULL, value TEXT NOT NULL, n BIGINT NOT NULL,"
                           " PRIMARY KEY (unit_code, questionnaire, day, service, device_id, misuse, field, value))"),
            QStringLiteral("CREATE TABLE agg_acks ("
                           " unit_code TEXT NOT NULL, day TEXT NOT NULL, service TEXT NOT NULL,"
                           " device_id TEXT NOT NULL, misuse INTEGER NOT NULL, statement TEXT NOT NULL,"
                           " n BIGINT NOT NULL,"
                           " PRIMARY KEY (unit_code, day, service, device_id, misuse, statement))"),
            QStringLiteral("CREATE TABLE solicitations ("
                           " device_id TEXT NOT NULL, record_id TEXT NOT NULL, unit_code TEXT NOT NULL,"
                           " day TEXT NOT NULL, captured_at TEXT NOT NULL, service TEXT NOT NULL,"
                           " misuse INTEGER NOT NULL, kind TEXT NOT NULL, what TEXT NOT NULL,"
                           " when_text TEXT NOT NULL, counter TEXT NOT NULL, note TEXT NOT NULL,"
                           " PRIMARY KEY (device_id, record_id))"),
            QStringLiteral("CREATE INDEX solicitations_unit_day ON solicitations (unit_code, day)"),
            QStringLiteral("CREATE TABLE comments ("
                           " device_id TEXT NOT NULL, record_id TEXT NOT NULL, unit_code TEXT NOT NULL,"
                           " day TEXT NOT NULL, captured_at TEXT NOT NULL, service TEXT NOT NULL,"
                           " questionnaire TEXT NOT NULL, misuse INTEGER NOT NULL, body TEXT NOT NULL,"
                           " search TEXT NOT NULL,"
                           " PRIMARY KEY (device_id, record_id))"),
            QStringLiteral("CREATE INDEX comments_unit_day ON comments (unit_code, day, captured_at)"),
            QStringLiteral("CREATE TABLE followups ("
                           " id ")
                + autoId
                + QStringLiteral(","
                                 " unit_code TEXT NOT NULL REFERENCES units (code), period TEXT NOT NULL,"
                                 " unsur TEXT NOT NULL, action TEXT NOT NULL, owner TEXT NOT NULL,"
                                 " due_date TEXT NOT NULL, status TEXT NOT NULL,"
                                 " created_by TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX followups_unit_period ON followups (unit_code, period)"),
            QStringLiteral("CREATE TABLE publications ("
                           " id ")
                + autoId
                + QStringLiteral(","
                                 " unit_code TEXT NOT NULL REFERENCES units (code), period TEXT NOT NULL,"
                                 " from_day TEXT NOT NULL, to_day TEXT NOT NULL, snapshot TEXT NOT NULL,"
                                 " published_at TEXT NOT NULL, published_by TEXT NOT NULL,"
                                 " unpublished_at TEXT, unpublished_by TEXT)"),
            QStringLiteral("CREATE INDEX publications_unit ON publications (unit_code, published_at)"),
            QStringLiteral("CREATE TABLE populations ("
                           " unit_code TEXT NOT NULL REFERENCES units (code), period TEXT NOT NULL,"
                           " population BIGINT NOT NULL, set_by TEXT NOT NULL, set_at TEXT NOT NULL,"
                           " PRIMARY KEY (unit_code, period))"),
        },
        // 3: fill the aggregates from the records stored before step 2 (afterStep), once.
        QStringList{},
        // 4: dashboard sessions (only a hash of each id) and sign-in failures, shared by every server
        // process on the database. Times are seconds since the epoch, compared as numbers. IF NOT EXISTS:
        // a database rewound to an earlier version (a backfill re-run) keeps its sessions.
        QStringList{
            QStringLiteral("CREATE TABLE IF NOT EXISTS sessions ("
                           " id_hash TEXT PRIMARY KEY,"
                           " username TEXT NOT NULL REFERENCES users (username),"
                           " csrf_token TEXT NOT NULL,"
                           " created_at BIGINT NOT NULL,"
                           " last_seen_at BIGINT NOT NULL,"
                           " expires_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS sessions_user ON sessions (username)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS login_failures ("
                           " scope TEXT NOT NULL,"
                           " subject TEXT NOT NULL,"
                           " failures BIGINT NOT NULL,"
                           " window_start BIGINT NOT NULL,"
                           " PRIMARY KEY (scope, subject))"),
        },
        // 5: wrong enrollment codes per address (see enrollmentcodes). IF NOT EXISTS, like step 4: a
        // database rewound to an earlier version (a backfill re-run) keeps its counts.
        QStringList{
            // Wrong enrollment codes per client address, shared by every server process (429 after
            // enrollmentcodes::kMaxFailures within its window).
            QStringLiteral("CREATE TABLE IF NOT EXISTS enrollment_failures ("
                           " address TEXT PRIMARY KEY,"
                           " window_start TEXT NOT NULL,"
                           " failures INTEGER NOT NULL)"),
        },
        // 6: the UPG's gratification register (docs/adr/0030-upg-register.md): the working-day
        // calendar, one entry per reported solicitation or officer's report, and its audit trail. IF NOT
        // EXISTS, like step 4: a database rewound to an earlier version (a backfill re-run) keeps its register.
        QStringList{
            QStringLiteral("CREATE TABLE IF NOT EXISTS holiday_years ("
                           " year INTEGER PRIMARY KEY, status TEXT NOT NULL, source TEXT NOT NULL,"
                           " updated_by TEXT NOT NULL, updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS holidays ("
                           " day TEXT PRIMARY KEY, year INTEGER NOT NULL REFERENCES holiday_years (year),"
                           " kind TEXT NOT NULL, name_id TEXT NOT NULL, name_en TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS holidays_year ON holidays (year)"),
            // origin: visitor (a solicitation a visitor reported) or officer (an officer's own report).
            // received_on: the day the deadlines count from; details: the report's fields as JSON.
            QStringLiteral("CREATE TABLE IF NOT EXISTS register_entries ("
                           " id ")
                + autoId
                + QStringLiteral(","
                                 " device_id TEXT NOT NULL, record_id TEXT NOT NULL, unit_code TEXT NOT NULL,"
                                 " origin TEXT NOT NULL, kind TEXT NOT NULL, received_on TEXT NOT NULL,"
                                 " reported_at TEXT NOT NULL, service TEXT NOT NULL, officer TEXT NOT NULL,"
                                 " value_idr BIGINT, details TEXT NOT NULL,"
                                 " status TEXT NOT NULL, gol_reference TEXT NOT NULL, decision TEXT NOT NULL,"
                                 " incomplete_since TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
                                 " CONSTRAINT register_record UNIQUE (device_id, record_id))"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS register_unit_received ON register_entries (unit_code, received_on)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS register_audit ("
                           " id ")
                + autoId
                + QStringLiteral(","
                                 " entry_id BIGINT NOT NULL REFERENCES register_entries (id),"
                                 " at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
                                 " from_status TEXT NOT NULL, to_status TEXT NOT NULL, note TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS register_audit_entry ON register_audit (entry_id, id)"),
        } + auditKept,
        // 7: field mode (issue 9): the Kemendagri region list, each unit's region prefixes (the desa of
        // its area go out with its settings; the column is added in afterStep) and the unit's field
        // officers (a removed officer keeps their row: their records still name them). IF NOT EXISTS,
        // like step 4: a database rewound to an earlier version (a backfill re-run) keeps them.
        QStringList{
            QStringLiteral("CREATE TABLE IF NOT EXISTS regions ("
                           " code TEXT PRIMARY KEY, name TEXT NOT NULL, level INTEGER NOT NULL,"
                           " parent_code TEXT NOT NULL, updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS officers ("
                           " unit_code TEXT NOT NULL REFERENCES units (code), id TEXT NOT NULL,"
                           " name TEXT NOT NULL, nip TEXT NOT NULL, position TEXT NOT NULL, pin_hash TEXT NOT NULL,"
                           " added_by TEXT NOT NULL, added_at TEXT NOT NULL, removed_by TEXT, removed_at TEXT,"
                           " PRIMARY KEY (unit_code, id))"),
            // The SKM aggregates of field interviews again, by the desa the record names (data.region), so
            // a village's report sums these rows like any report and never reads raw records
            // (docs/adr/0035-village-reports.md). Counter kiosks add no row here.
            QStringLiteral("CREATE TABLE IF NOT EXISTS agg_region_respondents ("
                           " unit_code TEXT NOT NULL, questionnaire TEXT NOT NULL, day TEXT NOT NULL,"
                           " service TEXT NOT NULL, device_id TEXT NOT NULL, misuse INTEGER NOT NULL,"
                           " region TEXT NOT NULL, n BIGINT NOT NULL,"
                           " PRIMARY KEY (unit_code, questionnaire, day, service, device_id, misuse, region))"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS agg_region_answers ("
                           " unit_code TEXT NOT NULL, questionnaire TEXT NOT NULL, day TEXT NOT NULL,"
                           " service TEXT NOT NULL, device_id TEXT NOT NULL, misuse INTEGER NOT NULL,"
                           " region TEXT NOT NULL, item_key TEXT NOT NULL, value BIGINT NOT NULL, n BIGINT NOT NULL,"
                           " PRIMARY KEY (unit_code, questionnaire, day, service, device_id, misuse, region, item_key,"
                           " value))"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS agg_region_profile ("
                           " unit_code TEXT NOT NULL, questionnaire TEXT NOT NULL, day TEXT NOT NULL,"
                           " service TEXT NOT NULL, device_id TEXT NOT NULL, misuse INTEGER NOT NULL,"
                           " region TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, n BIGINT NOT NULL,"
                           " PRIMARY KEY (unit_code, questionnaire, day, service, device_id, misuse, region, field,"
                           " value))"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS agg_region_respondents_region ON agg_region_respondents (region, day)"),
        },
        // 8: evidence files (issue 9): the photo and signature an officer's report names by hash, kept in
        // the database beside the record, one row per device and hash (docs/adr/0040-evidence-files.md).
        // Kept like the records: the table has no update or delete path in the code.
        QStringList{
            QStringLiteral("CREATE TABLE IF NOT EXISTS evidence_files ("
                           " device_id TEXT NOT NULL, sha256 TEXT NOT NULL, record_id TEXT NOT NULL,"
                           " type TEXT NOT NULL, size BIGINT NOT NULL, bytes ")
                + sql.bytesType()
                + QStringLiteral(" NOT NULL, source TEXT NOT NULL, received_at TEXT NOT NULL,"
                                 " PRIMARY KEY (device_id, sha256))"),
        },
        // 9: the device's UTC offset beside each comment's and solicitation's capture time, so the
        // dashboard shows the time the kiosk showed (docs/adr/0046-device-clock-times.md). The columns are
        // added and filled from the stored records in afterStep: SQLite's ADD COLUMN has no IF NOT EXISTS.
        QStringList{},
    };
}

bool hasColumn(Sql &sql, const QString &table, const QString &column)
{
    return sql.isPostgres()
        ? sql.value(QStringLiteral("SELECT COUNT(*) FROM information_schema.columns"
                                   " WHERE table_name = ? AND column_name = ?"),
                    {table, column})
                .toInt()
            > 0
        : sql.value(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = ?"), {table, column}).toInt()
            > 0;
}

// tz_minutes on comments and solicitations (step 9). Step 3's backfill already writes them with today's
// Aggregator, so a database older than step 3 gets the columns there first.
void addCaptureOffsetColumns(Sql &sql)
{
    for (const QString &table : {QStringLiteral("comments"), QStringLiteral("solicitations")}) {
        if (!hasColumn(sql, table, QStringLiteral("tz_minutes")))
            sql.run(QStringLiteral("ALTER TABLE %1 ADD COLUMN tz_minutes BIGINT NOT NULL DEFAULT 0").arg(table));
    }
}

// Step 9: each row's offset read back from its own record body (the "tz" the device stamped at
// capture; 0 where a record has none).
void fillCaptureOffsets(Sql &sql)
{
    const QString tz = sql.isPostgres() ? QStringLiteral("COALESCE((r.body::jsonb->>'tz')::BIGINT, 0)")
                                        : QStringLiteral("COALESCE(json_extract(r.body, '$.tz'), 0)");
    for (const QString &table : {QStringLiteral("comments"), QStringLiteral("solicitations")}) {
        sql.run(QStringLiteral("UPDATE %1 SET tz_minutes = (SELECT %2 FROM records r"
                               " WHERE r.device_id = %1.device_id AND r.record_id = %1.record_id)"
                               " WHERE EXISTS (SELECT 1 FROM records r"
                               " WHERE r.device_id = %1.device_id AND r.record_id = %1.record_id)")
                    .arg(table, tz));
    }
}

// Steps that also need code: run in the step's transaction, after its statements.
void afterStep(Sql &sql, int version)
{
    if (version == 3) {
        addCaptureOffsetColumns(sql);
        reports::backfill(sql);
    }
    if (version == 6)
        registry::backfill(sql);
    if (version == 7) {
        // ADD COLUMN has no IF NOT EXISTS on SQLite: a rewound database already has it.
        if (!hasColumn(sql, QStringLiteral("units"), QStringLiteral("region_prefixes")))
            sql.run(QStringLiteral("ALTER TABLE units ADD COLUMN region_prefixes TEXT NOT NULL DEFAULT ''"));
    }
    if (version == 9) {
        addCaptureOffsetColumns(sql);
        fillCaptureOffsets(sql);
    }
}
} // namespace

int latestVersion()
{
    return int(steps(Sql(QSqlDatabase(), DatabaseConfig::Engine::Sqlite)).size());
}

int currentVersion(Sql &sql)
{
    const bool exists = sql.isPostgres()
        ? sql.value(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")).toBool()
        : sql.value(
                 QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"))
                .toInt()
            > 0;
    if (!exists)
        return 0;
    return sql.value(QStringLiteral("SELECT version FROM schema_version")).toInt();
}

QString Outcome::message() const
{
    if (status == Status::TooNew)
        return QStringLiteral("the database has schema version %1, but this suara-server knows only up to %2: "
                              "it was written by a newer suara-server. Run that version (or newer); "
                              "refusing to start rather than damage it.")
            .arg(from)
            .arg(to);
    if (from == to)
        return QStringLiteral("database schema is at version %1").arg(to);
    return QStringLiteral("database schema migrated from version %1 to %2").arg(from).arg(to);
}

Outcome migrate(Sql &sql)
{
    struct AdvisoryLock
    {
        Sql &sql;
        explicit AdvisoryLock(Sql &s)
            : sql(s)
        {
            if (sql.isPostgres())
                sql.run(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock));
        }
        ~AdvisoryLock()
        {
            if (sql.isPostgres())
                QSqlQuery(sql.db()).exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
        }
    } lock(sql);

    {
        Transaction tx(sql);
        sql.run(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
        if (sql.value(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt() == 0)
            sql.run(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"));
        tx.commit();
    }

    Outcome out;
    out.from = currentVersion(sql);
    out.to = latestVersion();
    if (out.from > out.to) {
        out.status = Outcome::Status::TooNew;
        return out;
    }
    const QList<QStringList> all = steps(sql);
    for (int v = out.from; v < out.to; ++v) {
        Transaction tx(sql);
        for (const QString &statement : all.at(v))
            sql.run(statement);
        afterStep(sql, v + 1);
        sql.run(QStringLiteral("UPDATE schema_version SET version = ?"), {v + 1});
        tx.commit();
    }
    return out;
}

} // namespace suara::server::schema
