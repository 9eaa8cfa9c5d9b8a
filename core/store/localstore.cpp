#include "localstore.h"

#include "crypto/hashchain.h"
#include "migrations.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUuid>

namespace suara {

namespace {
QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Less than this free beside the store and a visit may not fit (a visit is a few kilobytes; the WAL
// and a checkpoint need room too).
constexpr qint64 kMinFreeBytes = 1024 * 1024;

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

// The read-only kinds that a fresh connection can cure once the medium is writable again.
bool reopenMayHelp(const StoreError &err)
{
    return err.kind == StoreError::Kind::ReadOnly;
}
} // namespace

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

bool LocalStore::reopenAfter(const StoreError &failed)
{
    if (!reopenMayHelp(failed) || m_access != Access::ReadWrite)
        return false;
    return open(m_access).ok();
}

StoreError LocalStore::checkWritable()
{
    if (!m_open)
        return open(m_access);
    StoreError err = probeWrite();
    if (!err.ok() && reopenAfter(err))
        return {}; // open() ends with the same probe
    return err;
}

StoreError LocalStore::probeWrite()
{
    const QStorageInfo volume(QFileInfo(m_path).absolutePath());
    if (volume.isValid() && volume.isReadOnly())
        return StoreError::make(StoreError::Kind::ReadOnly, QStringLiteral("the medium of %1 is read-only").arg(m_path));
    if (volume.isValid() && volume.bytesAvailable() >= 0 && volume.bytesAvailable() < kMinFreeBytes)
        return StoreError::make(StoreError::Kind::DiskFull,
                                QStringLiteral("only %1 bytes are free beside %2").arg(volume.bytesAvailable()).arg(m_path));
    // One committed row, so a file or connection that cannot be written answers now, not at "Send".
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return StoreError::fromSql(q.lastError(), QStringLiteral("checking that the store can be written"));
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('store.write_probe', ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec() || !q.exec(QStringLiteral("COMMIT"))) {
        const StoreError err = StoreError::fromSql(q.lastError(), QStringLiteral("checking that the store can be written"));
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return err;
    }
    return {};
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
            for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                       "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
                if (!q.exec(QString::fromLatin1(pragma)))
                    return StoreError::fromSql(q.lastError(), QString::fromLatin1(pragma));
            }
            if (StoreError err = migrations::migrate(db); !err.ok())
                return err;
            if (StoreError err = ensureIdentity(); !err.ok())
                return err;
        } else {
            if (migrations::currentVersion(db) > migrations::latestVersion())
                return StoreError::make(StoreError::Kind::TooNew, QStringLiteral("the store is newer than this build"));
            const StoreResult<QString> id = meta(QStringLiteral("device_id"));
            const StoreResult<QString> secret = meta(QStringLiteral("device_secret"));
            if (!id.ok())
                return id.error();
            if (!secret.ok())
                return secret.error();
            m_deviceId = *id;
            m_key = DeviceKey::fromSecretKey(QByteArray::fromBase64(secret->toLatin1()));
        }
    }
    return {};
}

void LocalStore::close()
{
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

StoreError LocalStore::ensureIdentity()
{
    const StoreResult<QString> storedId = meta(QStringLiteral("device_id"));
    const StoreResult<QString> storedSecret = meta(QStringLiteral("device_secret"));
    const StoreResult<qint64> last = lastSeq();
    for (const StoreError *err : {&storedId.error(), &storedSecret.error(), &last.error()}) {
        if (!err->ok())
            return *err;
    }
    m_deviceId = *storedId;
    const QString secret = *storedSecret;
    m_key = DeviceKey::fromSecretKey(QByteArray::fromBase64(secret.toLatin1()));
    if (!m_deviceId.isEmpty() && m_key)
        return {};
    // A new key for a device that already signed records would make every later record fail the
    // server's signature check: refuse instead of rotating.
    if (!m_deviceId.isEmpty() || !secret.isEmpty() || *last > 0)
        return StoreError::make(StoreError::Kind::Corrupt,
                                QStringLiteral("the device identity in %1 is damaged; records cannot be signed").arg(m_path));
    // First start: the device makes its own identity; enrollment later registers the public key.
    const DeviceKey key = DeviceKey::generate();
    const QString id = newUuid();
    QSqlDatabase db = database();
    if (!db.transaction())
        return StoreError::fromSql(db.lastError(), QStringLiteral("creating the device identity"));
    StoreError err = setMeta(QStringLiteral("device_id"), id);
    if (err.ok())
        err = setMeta(QStringLiteral("device_secret"), QString::fromLatin1(key.secretKey().toBase64()));
    if (err.ok() && !db.commit())
        err = StoreError::fromSql(db.lastError(), QStringLiteral("saving the device identity"));
    if (!err.ok()) {
        db.rollback();
        return err;
    }
    m_deviceId = id;
    m_key = key;
    return {};
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
    QSqlQuery q(db);
    // IMMEDIATE takes the write lock up front, so the sequence read below cannot race another writer.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return StoreError::fromSql(q.lastError(), QStringLiteral("starting to save"));

    auto fail = [&](const QSqlQuery &failed, const QString &context) {
        const StoreError err = StoreError::fromSql(failed.lastError(), context);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return err;
    };

    qint64 seq = 0;
    QByteArray prev = hashchain::genesis();
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM records ORDER BY seq DESC LIMIT 1")))
        return fail(q, QStringLiteral("reading the last record"));
    if (q.next()) {
        seq = q.value(0).toLongLong();
        prev = QByteArray::fromHex(q.value(1).toString().toLatin1());
    }

    QList<Record> out;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO records (seq, id, type, captured_utc, body, prev_hash, hash, sig) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const RecordDraft &draft : drafts) {
        Record r;
        r.seq = ++seq;
        r.id = newUuid();
        r.type = draft.type;
        r.body = recordformat::body(draft, r.id, m_deviceId, r.seq);
        r.prevHash = prev;
        r.hash = hashchain::link(r.body, prev);
        r.signature = m_key->sign(r.hash);
        insert.addBindValue(r.seq);
        insert.addBindValue(r.id);
        insert.addBindValue(recordTypeName(r.type));
        insert.addBindValue(draft.capturedAt.toUTC().toString(Qt::ISODateWithMs));
        insert.addBindValue(QString::fromUtf8(r.body));
        insert.addBindValue(QString::fromLatin1(r.prevHash.toHex()));
        insert.addBindValue(QString::fromLatin1(r.hash.toHex()));
        insert.addBindValue(QString::fromLatin1(r.signature.toBase64()));
        if (!insert.exec())
            return fail(insert, QStringLiteral("saving a record"));
        prev = r.hash;
        out.append(r);
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(q, QStringLiteral("committing"));
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

StoreResult<QList<Record>> LocalStore::recordsCapturedSince(const QDateTime &utc) const
{
    return query(QStringLiteral("captured_utc >= ?"), {utc.toUTC().toString(Qt::ISODateWithMs)}, -1);
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
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value").arg(table));
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
