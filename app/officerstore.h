#pragma once

#include "store/storeerror.h"
#include "store/storeresult.h"

#include <QList>
#include <QString>

namespace suara {

class LocalStore;

// One officer who may sign in on this device. `pinHash` is a libsodium Argon2id string; the PIN itself
// is never kept.
struct Officer
{
    enum class Source { Device, Server };

    QString id; // [a-z0-9-]{1,40}: what records carry as `officer`
    QString name;
    QString nip; // optional
    QString position; // jabatan
    QString pinHash;
    Source source = Source::Device;
};

// The device's officers table (schema step 5). Officers the unit admin adds on the device are kept
// until the admin removes them; the server's list replaces the server's rows as a whole at each pull.
class OfficerStore
{
public:
    explicit OfficerStore(LocalStore *store);

    [[nodiscard]] static bool isValidId(const QString &id);

    // By name; a failed read is an error, never an empty list.
    [[nodiscard]] StoreResult<QList<Officer>> all() const;
    // A new device officer; refused when the id is taken or not valid.
    [[nodiscard]] StoreError add(const Officer &officer);
    [[nodiscard]] StoreError remove(const QString &id);
    // The server's officers, in one transaction: all replaced, or nothing changed. A device officer with
    // the same id as a server one gives way to it (the server is where the unit keeps its staff list).
    [[nodiscard]] StoreError replaceServerOfficers(const QList<Officer> &officers);

private:
    LocalStore *m_store;
};

} // namespace suara
