#pragma once

#include "storeerror.h"
#include "storeresult.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace suara::keyfile {

// The device's signing secret lives in a file of its own beside the store (kiosk.db -> kiosk.key),
// readable and writable by its owner only (0600), never in the SQLite file with the records
// (docs/adr/0020-device-immutability-without-bypass.md). It names its device, so a key file and a
// store that do not belong together are refused instead of signing as the wrong device.
struct Contents
{
    QString deviceId;
    QByteArray secret; // libsodium Ed25519 secret key, 64 bytes
};

[[nodiscard]] QString pathFor(const QString &storePath);
// nullopt inside an ok() result: there is no key file. A file that cannot be read or parsed is an error.
StoreResult<std::optional<Contents>> read(const QString &path);
// Atomic and durable: a new 0600 file is written and fsynced beside the old one, renamed over it, and
// the directory is fsynced, so a kill at any moment leaves the old file or the new one, whole.
StoreError write(const QString &path, const Contents &contents);

} // namespace suara::keyfile
