#pragma once

#include "store/storeerror.h"

namespace suara {

class LocalStore;

// Before a visit starts: can the store take one more visit? A visit that can only fail at "Send" must
// not begin, so a full or read-only store shows "unavailable" up front instead.
// Checks the medium from outside (folder writable, volume not read-only, free space) and then writes
// one visit's worth of bytes inside a transaction that is always rolled back, so nothing is kept.
[[nodiscard]] StoreError checkStorage(LocalStore &store);

} // namespace suara
