#pragma once

#include "store/storeerror.h"

#include <QString>
#include <QtGlobal>

namespace suara {

class LocalStore;

// Before a visit starts: can the store take one more visit? A visit that can only fail at "Send" must
// not begin, so a full or read-only store shows "unavailable" up front instead.
// First the store's own writability check (free space on the medium, one committed probe row, and a
// reopen when the medium has become writable again), then one visit's worth of bytes written inside a
// transaction that is always rolled back: a store with room for a tiny row but not for a visit says so.
[[nodiscard]] StoreError checkStorage(LocalStore &store);

// Free and total bytes of the volume that holds the store; known false when the system cannot say.
struct VolumeSpace
{
    bool known = false;
    qint64 available = 0;
    qint64 total = 0;
};
[[nodiscard]] VolumeSpace readVolumeSpace(const QString &storePath);

// Long before checkStorage refuses a visit, the officer is told to sync or export (ADR 0041): below
// 200 MB or 5 % of the volume, whichever is more.
inline constexpr qint64 kLowStorageFloorBytes = 200LL * 1024 * 1024;
inline constexpr int kLowStoragePercent = 5;
[[nodiscard]] qint64 lowStorageThreshold(qint64 totalBytes);
// False when the space is unknown: checkStorage still refuses a visit that cannot be saved.
[[nodiscard]] bool isLowStorage(const VolumeSpace &space);

} // namespace suara
