#include "storagecheck.h"

#include "store/localstore.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

namespace suara {

namespace {
// A visit with a full comment is a few kilobytes; SQLite also needs room for its journal.
constexpr qint64 kMinFreeBytes = 4 * 1024 * 1024;
constexpr int kProbeBytes = 16 * 1024;

StoreError checkMedium(const QString &storePath)
{
    // The journal is created beside the store, so the folder must be writable as well as the file.
    const QFileInfo folder(QFileInfo(storePath).absolutePath());
    if (!folder.isWritable())
        return StoreError::make(StoreError::Kind::ReadOnly,
                                QStringLiteral("storage check: the folder of %1 is not writable").arg(storePath));
    const QStorageInfo volume(folder.absoluteFilePath());
    if (volume.isValid() && volume.isReadOnly())
        return StoreError::make(StoreError::Kind::ReadOnly,
                                QStringLiteral("storage check: %1 is on a read-only volume").arg(storePath));
    if (volume.isValid() && volume.bytesAvailable() >= 0 && volume.bytesAvailable() < kMinFreeBytes)
        return StoreError::make(StoreError::Kind::DiskFull, QStringLiteral("storage check: only %1 bytes free for %2")
                                                                .arg(volume.bytesAvailable())
                                                                .arg(storePath));
    return {};
}

StoreError probeWrite(LocalStore &store)
{
    QSqlDatabase db = store.database();
    if (!db.transaction())
        return StoreError::fromSql(db.lastError(), QStringLiteral("storage check: begin"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
    q.addBindValue(QStringLiteral("storage-probe"));
    q.addBindValue(QString(kProbeBytes, QLatin1Char('x')));
    const bool wrote = q.exec();
    const QSqlError writeError = q.lastError();
    q.finish();
    // Always rolled back: the probe leaves nothing behind.
    const bool rolledBack = db.rollback();
    // After SQLITE_FULL (and other I/O errors) SQLite has already rolled the transaction back itself,
    // so a refused rollback then is expected; the write's error is the one to report.
    if (!wrote)
        return StoreError::fromSql(writeError, QStringLiteral("storage check: write"));
    if (!rolledBack)
        return StoreError::fromSql(db.lastError(), QStringLiteral("storage check: rollback"));
    return {};
}
} // namespace

StoreError checkStorage(LocalStore &store)
{
    if (!store.isOpen())
        return StoreError::make(StoreError::Kind::Other, QStringLiteral("storage check: the store is not open"));
    if (StoreError err = checkMedium(store.path()); !err.ok())
        return err;
    return probeWrite(store);
}

} // namespace suara
