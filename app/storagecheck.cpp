#include "storagecheck.h"

#include "store/localstore.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <algorithm>

namespace suara {

namespace {
// More than a visit with a full comment (a few kilobytes per record).
constexpr int kProbeBytes = 16 * 1024;

StoreError probeRoomForAVisit(LocalStore &store)
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
    if (StoreError err = store.checkWritable(); !err.ok())
        return err;
    return probeRoomForAVisit(store);
}

VolumeSpace readVolumeSpace(const QString &storePath)
{
    const QStorageInfo volume(QFileInfo(storePath).absolutePath());
    if (!volume.isValid() || volume.bytesAvailable() < 0 || volume.bytesTotal() <= 0)
        return {};
    return {true, volume.bytesAvailable(), volume.bytesTotal()};
}

qint64 lowStorageThreshold(qint64 totalBytes)
{
    return std::max(kLowStorageFloorBytes, totalBytes * kLowStoragePercent / 100);
}

bool isLowStorage(const VolumeSpace &space)
{
    return space.known && space.available < lowStorageThreshold(space.total);
}

} // namespace suara
