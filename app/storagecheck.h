#pragma once

#include "store/storeerror.h"

namespace suara {

class LocalStore;

// Before a visit starts: can the store take one more visit? A visit that can only fail at "Send" must
// not begin, so a full or read-only store shows "unavailable" up front instead.
// First the store's own writability check (free space on the medium, one committed probe row, and a
// reopen when the medium has become writable again), then one visit's worth of bytes written inside a
// transaction that is always rolled back: a store with room for a tiny row but not for a visit says so.
[[nodiscard]] StoreError checkStorage(LocalStore &store);

} // namespace suara
