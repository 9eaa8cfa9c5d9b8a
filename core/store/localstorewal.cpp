// When the WAL is copied into the database file: inside a visit's commit (SQLite's default), or when
// the kiosk is idle (setAutoCheckpoint(false) and checkpoint()). See docs/adr for the kiosk's choice.

#include "localstore.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace suara {

StoreError LocalStore::setAutoCheckpoint(bool on)
{
    m_autoCheckpoint = on;
    if (!m_open || m_access != Access::ReadWrite)
        return {}; // applied by the next open()
    QSqlQuery q(database());
    const QString pragma = QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(on ? 1000 : 0);
    if (!q.exec(pragma))
        return StoreError::fromSql(q.lastError(), pragma);
    return {};
}

StoreResult<LocalStore::Checkpoint> LocalStore::checkpoint()
{
    if (!m_open)
        return StoreError::make(StoreError::Kind::Other, QStringLiteral("the store is not open"));
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !q.next())
        return StoreError::fromSql(q.lastError(), QStringLiteral("copying the WAL into the store"));
    Checkpoint out;
    out.busy = q.value(0).toInt() != 0;
    out.walFrames = q.value(1).toInt();
    out.copiedFrames = q.value(2).toInt();
    return out;
}

qint64 LocalStore::walBytes() const
{
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    return wal.exists() ? wal.size() : 0;
}

} // namespace suara
