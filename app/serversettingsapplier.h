#pragma once

#include <QString>

namespace suara {

class Catalog;
class KioskSettings;
class LocalStore;

// Turns the settings document the sync engine stored (server.settings, protocol §4) into the kiosk's
// own settings and catalog. It never decides *when*: the SyncController calls apply() between visitors.
class ServerSettingsApplier
{
public:
    ServerSettingsApplier(LocalStore *store, Catalog *catalog, KioskSettings *settings);

    // The server's questionnaire and service definitions into the catalog. The catalog is rebuilt from
    // the built-in resources on every start, so this runs at start-up too. False when there is nothing
    // valid to load.
    bool loadDefinitions();
    // A stored document newer than the one last applied waits to be applied.
    [[nodiscard]] bool hasUnapplied() const;
    // Definitions, then the unit and the kiosk behaviour into KioskSettings; remembers the version. The
    // settings show at once and are written by KioskSettings' writer (saved() or storeFailed() follows).
    // False (and nothing changed) when the stored document does not parse or the store is not open.
    bool apply();

private:
    LocalStore *m_store;
    Catalog *m_catalog;
    KioskSettings *m_settings;
};

} // namespace suara
