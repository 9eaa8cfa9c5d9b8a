#pragma once

#include "domain/deviceconfig.h"
#include "storeresult.h"

namespace suara {

class LocalStore;

// The kiosk's configuration in its store: one row (`settings.device_config`), written by one statement,
// so a change is all there or not there. A store from before the configuration was one value keeps one
// row per field; those are read once, and the next save writes the single row (they stay, unread).
[[nodiscard]] StoreResult<DeviceConfig> loadDeviceConfig(const LocalStore &store);
[[nodiscard]] StoreError saveDeviceConfig(LocalStore &store, const DeviceConfig &config);

} // namespace suara
