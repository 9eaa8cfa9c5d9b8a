#pragma once

#include "store/storeresult.h"

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
// A store that cannot be read fails the report (exit 1), never a report of zeros.
StoreResult<QString> statusText(const LocalStore &store, sync::SyncEngine &engine);
StoreResult<QJsonObject> statusJson(const LocalStore &store, sync::SyncEngine &engine);

} // namespace suara::cli
