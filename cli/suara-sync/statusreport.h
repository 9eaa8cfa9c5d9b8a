#pragma once

#include <QJsonObject>
#include <QString>

namespace suara {
class LocalStore;
}

namespace suara::sync {
class SyncEngine;
}

namespace suara::cli {

// `suara-sync status`: what an admin needs to know about a device's sync, as text or as JSON.
[[nodiscard]] QString statusText(const LocalStore &store, sync::SyncEngine &engine);
[[nodiscard]] QJsonObject statusJson(const LocalStore &store, sync::SyncEngine &engine);

} // namespace suara::cli
