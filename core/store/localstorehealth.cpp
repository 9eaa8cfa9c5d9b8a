// How a LocalStore makes sure it can keep what it is given: the durability settings it runs with, a
// write probe before a visit starts, and a fresh connection after a read-only failure.

#include "localstore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

namespace suara {

namespace {
// Less than this free beside the store and a visit may not fit (a visit is a few kilobytes; the WAL
// and a checkpoint need room too).
constexpr qint64 kMinFreeBytes = 1024 * 1024;

// The read-only kinds that a fresh connection can cure once the medium is writable again.
bool reopenMayHelp(const StoreError &err)
{
    return err.kind == StoreError::Kind::ReadOnly;
}
} // namespace

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
        return StoreError::make(StoreError::Kind::ReadOnly,
                                QStringLiteral("the medium of %1 is read-only").arg(m_path));
    if (volume.isValid() && volume.bytesAvailable() >= 0 && volume.bytesAvailable() < kMinFreeBytes)
        return StoreError::make(
            StoreError::Kind::DiskFull,
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
        const StoreError err =
            StoreError::fromSql(q.lastError(), QStringLiteral("checking that the store can be written"));
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return err;
    }
    return {};
}

StoreError LocalStore::checkDurability(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA synchronous")) || !q.next())
        return StoreError::fromSql(q.lastError(), QStringLiteral("reading PRAGMA synchronous"));
    const int synchronous = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
        return StoreError::fromSql(q.lastError(), QStringLiteral("reading PRAGMA journal_mode"));
    const QString journal = q.value(0).toString();
    // 2 = FULL: the WAL is fsynced at every commit, so a commit that returned survives a power cut.
    if (synchronous < 2 || journal.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return StoreError::make(StoreError::Kind::Other,
                                QStringLiteral("the store would run with synchronous=%1, journal_mode=%2; Suara needs "
                                               "synchronous=FULL (2) and WAL to keep every confirmed visit")
                                    .arg(synchronous)
                                    .arg(journal));
    return {};
}

} // namespace suara
