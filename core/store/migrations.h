#pragma once

#include "storeerror.h"

#include <QSqlDatabase>

namespace suara::migrations {

// The schema version this build writes. A store newer than this is refused, never "repaired".
[[nodiscard]] int latestVersion();
[[nodiscard]] int currentVersion(const QSqlDatabase &db);

// Applies every step after the store's version, each in its own transaction, so an interrupted
// upgrade resumes where it stopped.
StoreError migrate(QSqlDatabase &db);

} // namespace suara::migrations
