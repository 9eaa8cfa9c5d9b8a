#include "localstore.h"

#include "crypto/hashchain.h"
#include "evidencestore.h"
#include "migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace suara {

namespace {
QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

StoreError notOpen()
{
    return StoreError::make(StoreError::Kind::Other, QStringLiteral("the store is not open"));
}

std::optional<Record> recordFromQuery(const QSqlQuery &q)
{
    Record r;
    r.seq = q.value(0).toLongLong();
    r.id = q.value(1).toString();
    const std::optional<RecordType> type = recordTypeFromName(q.value(2).toString());
    if (!type)
        return std::nullopt;
    r.type = *type;
    r.body = q.value(3).toString().toUtf8();
    r.prevHash = QByteArray::fromHex(q.value(4).toString().toLatin1());
    r.hash = QByteArray::fromHex(q.value(5).toString().toLatin1());
    r.signature = QByteArray::fromBase64(q.value(6).toString().toLatin1());
    return r;
}

} // namespace

// Prepared once per connection, not once per visit; dropped with the connection (close()).
struct LocalStore::AppendStatements
{
    explicit AppendStatements(const QSqlDatabase &db)
        : begin(db)
        , last(db)
        , insert(db)
        , commit(db)
    {
    }
    [[nodiscard]] bool prepare()
    {
        // IMMEDIATE takes the write lock up front, so the sequence read below cannot race another writer.
        return begin.prepare(QStringLiteral("BEGIN IMMEDIATE"))
            && last.prepare(QStringLiteral("SELECT seq, hash FROM records ORDER BY seq DESC LIMIT 1"))
            && insert.prepare(
                QStringLiteral("INSERT INTO records (seq, id, type, captured_utc, body, prev_hash, hash, sig) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
            && commit.prepare(QStringLiteral("COMMIT"));
    }
    QSqlQuery begin;
    QSqlQuery last;
    QSqlQuery insert;
    QSqlQuery commit;
};

LocalStore::LocalStore(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("suara-store-") + newUuid())
{
}

LocalStore::~LocalStore()
{
    close();
}

StoreError LocalStore::open(Access access)
{
    close();
    m_access = access;
    // All or nothing: a store that failed halfway (migration, identity, the write probe) must not look open.
    StoreError err = openConnection(access);
    if (err.ok() && access == Access::ReadWrite)
        err = probeWrite();
    if (!err.ok())
        close();
    return err;
}

StoreError LocalStore::openConnection(Access access)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        if (access == Access::ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return StoreError::fromSql(db.lastError(), QStringLiteral("opening %1").arg(m_path));
        m_open = true;
        if (access == Access::ReadWrite) {
            QSqlQuery q(db);
            // WAL + FULL: a commit that returned is on disk; readers never block the writer.
            for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                                       "PRAGMA busy_timeout=5000",
                                       // Deleted bytes are zeroed, not left in free space (the old key).
                                       "PRAGMA secure_delete=ON",
                                       // A WAL that grew in a long busy spell is cut back when it restarts.
                                       "PRAGMA journal_size_limit=4194304"}) {
                if (!q.exec(QString::fromLatin1(pragma)))
                    return StoreError::fromSql(q.lastError(), QString::fromLatin1(pragma));
            }
            if (!m_autoCheckpoint && !q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")))
                return StoreError::fromSql(q.lastError(), QStringLiteral("PRAGMA wal_autocheckpoint=0"));
            // The durability every "saved" rests on, read back rather than assumed: a build, a driver or
            // a file system that quietly ignored a pragma must not run with less.
            if (StoreError err = checkDurability(db); !err.ok())
                return err;
            if (StoreError err = migrations::migrate(db); !err.ok())
                return err;
            if (StoreError err = loadIdentity(true); !err.ok())
                return err;
        } else {
            if (migrations::currentVersion(db) > migrations::latestVersion())
                return StoreError::make(StoreError::Kind::TooNew, QStringLiteral("the store is newer than this build"));
            if (StoreError err = loadIdentity(false); !err.ok())
                return err;
        }
    }
    return {};
}

void LocalStore::close()
{
    m_append.reset(); // statements first: a connection cannot be removed under them
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_open = false;
    m_deviceId.clear();
    m_key.reset();
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

int LocalStore::schemaVersion() const
{
    return migrations::currentVersion(database());
}

StoreError LocalStore::append(const QList<RecordDraft> &drafts, QList<Record> *sealed)
{
    const StoreError err = appendOnce(drafts, sealed);
    // Nothing was written (the transaction rolled back), so after a reopen the same drafts go in once.
    if (!err.ok() && reopenAfter(err))
        return appendOnce(drafts, sealed);
    return err;
}

StoreError LocalStore::appendOnce(const QList<RecordDraft> &drafts, QList<Record> *sealed)
{
    if (!m_open || !m_key)
        return StoreError::make(StoreError::Kind::Other, QStringLiteral("the store is not open for writing"));
    QSqlDatabase db = database();
    if (!m_append) {
        auto statements = std::make_unique<AppendStatements>(db);
        if (!statements->prepare())
            return StoreError::fromSql(db.lastError(), QStringLiteral("preparing to save"));
        m_append = std::move(statements);
    }
    AppendStatements &st = *m_append;
    if (!st.begin.exec())
        return StoreError::fromSql(st.begin.lastError(), QStringLiteral("starting to save"));
    st.begin.finish();

    auto abandon = [&](const StoreError &err) {
        for (QSqlQuery *q : {&st.last, &st.insert, &st.commit})
            q->finish();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return err;
    };
    auto fail = [&](const QSqlQuery &failed, const QString &context) {
        return abandon(StoreError::fromSql(failed.lastError(), context));
    };

    qint64 seq = 0;
    QByteArray prev = hashchain::genesis();
    if (!st.last.exec())
        return fail(st.last, QStringLiteral("reading the last record"));
    if (st.last.next()) {
        seq = st.last.value(0).toLongLong();
        prev = QByteArray::fromHex(st.last.value(1).toString().toLatin1());
    }
    // A statement left stepping would hold its read open across the commit.
    st.last.finish();

    QList<Record> out;
    QSqlQuery &insert = st.insert;
    for (const RecordDraft &draft : drafts) {
        Record r;
        r.seq = ++seq;
        r.id = newUuid();
        r.type = draft.type;
        r.body = recordformat::body(draft, r.id, m_deviceId, r.seq);
        r.prevHash = prev;
        r.hash = hashchain::link(r.body, prev);
        r.signature = m_key->sign(r.hash);
        insert.bindValue(0, r.seq);
        insert.bindValue(1, r.id);
        insert.bindValue(2, recordTypeName(r.type));
        insert.bindValue(3, draft.capturedAt.toUTC().toString(Qt::ISODateWithMs));
        insert.bindValue(4, QString::fromUtf8(r.body));
        insert.bindValue(5, QString::fromLatin1(r.prevHash.toHex()));
        insert.bindValue(6, QString::fromLatin1(r.hash.toHex()));
        insert.bindValue(7, QString::fromLatin1(r.signature.toBase64()));
        if (!insert.exec())
            return fail(insert, QStringLiteral("saving a record"));
        insert.finish();
        for (EvidenceFile file : draft.evidence) {
            file.recordId = r.id;
            if (const StoreError err = EvidenceStore(db).add(file); !err.ok())
                return abandon(err);
        }
        prev = r.hash;
        out.append(r);
    }
    if (!st.commit.exec())
        return fail(st.commit, QStringLiteral("committing"));
    st.commit.finish();
    if (sealed)
        *sealed = out;
    return {};
}

StoreResult<QList<Record>> LocalStore::query(const QString &where, const QVariantList &binds, int limit) const
{
    if (!m_open)
        return notOpen();
    QList<Record> out;
    QSqlQuery q(database());
    QString sql = QStringLiteral("SELECT seq, id, type, body, prev_hash, hash, sig FROM records");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY seq");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("reading records"));
    while (q.next()) {
        std::optional<Record> r = recordFromQuery(q);
        if (!r)
            return StoreError::make(StoreError::Kind::Corrupt,
                                    QStringLiteral("record %1 has an unknown type").arg(q.value(0).toLongLong()));
        out.append(std::move(*r));
    }
    // next() also ends on an error part-way through (SQLITE_BUSY, a damaged page): not the end of the list.
    if (q.lastError().isValid())
        return StoreError::fromSql(q.lastError(), QStringLiteral("reading records"));
    return out;
}

StoreResult<QList<Record>> LocalStore::records(qint64 afterSeq, int limit) const
{
    return query(QStringLiteral("seq > ?"), {afterSeq}, limit);
}

StoreResult<QList<Record>> LocalStore::recordsBySeq(const QList<qint64> &seqs) const
{
    if (seqs.isEmpty())
        return QList<Record>();
    // Integers only, so they are safe to inline; one statement instead of one per record.
    QStringList list;
    list.reserve(seqs.size());
    for (qint64 seq : seqs)
        list.append(QString::number(seq));
    return query(QStringLiteral("seq IN (%1)").arg(list.join(QLatin1Char(','))), {}, -1);
}

StoreResult<QList<Record>> LocalStore::recordsCapturedSince(const QDateTime &utc, qint64 afterSeq, int limit) const
{
    if (!m_open)
        return notOpen();
    const QString since = utc.toUTC().toString(Qt::ISODateWithMs);
    if (afterSeq == 0) {
        // Where the period starts, from the captured_utc index; the pages then walk the primary key
        // from there (`+captured_utc` keeps SQLite from sorting the whole period again for each page).
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT MIN(seq) FROM records WHERE captured_utc >= ?"));
        q.addBindValue(since);
        if (!q.exec() || !q.next())
            return StoreError::fromSql(q.lastError(), QStringLiteral("reading records"));
        if (q.value(0).isNull())
            return QList<Record>();
        afterSeq = q.value(0).toLongLong() - 1;
    }
    return query(QStringLiteral("seq > ? AND +captured_utc >= ?"), {afterSeq, since}, limit);
}

StoreResult<std::optional<Record>> LocalStore::record(const QString &id) const
{
    const StoreResult<QList<Record>> found = query(QStringLiteral("id = ?"), {id}, 1);
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return std::optional<Record>();
    return std::optional<Record>(found->first());
}

StoreResult<qint64> LocalStore::lastSeq() const
{
    if (!m_open)
        return notOpen();
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM records")) && q.next())
        return q.value(0).toLongLong();
    return StoreError::fromSql(q.lastError(), QStringLiteral("reading the last sequence number"));
}

StoreResult<QString> LocalStore::keyValue(const QString &table, const QString &key, const QString &fallback) const
{
    if (!m_open)
        return notOpen();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM %1 WHERE key = ?").arg(table));
    q.addBindValue(key);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("reading %1").arg(key));
    if (q.next())
        return q.value(0).toString();
    if (q.lastError().isValid())
        return StoreError::fromSql(q.lastError(), QStringLiteral("reading %1").arg(key));
    return fallback;
}

StoreError LocalStore::setKeyValue(const QString &table, const QString &key, const QString &value)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO %1 (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
                  .arg(table));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("saving %1").arg(key));
    return {};
}

StoreResult<QString> LocalStore::setting(const QString &key, const QString &fallback) const
{
    return keyValue(QStringLiteral("settings"), key, fallback);
}

StoreError LocalStore::setSetting(const QString &key, const QString &value)
{
    return setKeyValue(QStringLiteral("settings"), key, value);
}

StoreResult<QString> LocalStore::meta(const QString &key, const QString &fallback) const
{
    return keyValue(QStringLiteral("meta"), key, fallback);
}

StoreError LocalStore::setMeta(const QString &key, const QString &value)
{
    return setKeyValue(QStringLiteral("meta"), key, value);
}

} // namespace suara
