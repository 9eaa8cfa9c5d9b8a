// The device identity of a LocalStore: its id in `meta`, its signing key in a file of its own
// (keyfile.h, docs/adr/0020-device-immutability-without-bypass.md).

#include "keyfile.h"
#include "localstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace suara {

namespace {
const QString kDeviceId = QStringLiteral("device_id");
// Where builds before store migration 3 kept the secret; read once to move it, then wiped.
const QString kLegacySecret = QStringLiteral("device_secret");

StoreError damaged(const QString &path, const QString &why)
{
    return StoreError::make(
        StoreError::Kind::Corrupt,
        QStringLiteral("the device identity of %1 is damaged (%2); records cannot be signed").arg(path, why));
}
} // namespace

StoreError LocalStore::loadIdentity(bool mayWrite)
{
    const QString keyPath = keyfile::pathFor(m_path);
    const StoreResult<std::optional<keyfile::Contents>> file = keyfile::read(keyPath);
    const StoreResult<QString> storedId = meta(kDeviceId);
    const StoreResult<QString> legacy = meta(kLegacySecret);
    const StoreResult<qint64> last = lastSeq();
    if (StoreError err = firstError(file, storedId, legacy, last); !err.ok())
        return err;
    QString id = *storedId;
    const QByteArray legacySecret = QByteArray::fromBase64(legacy->toLatin1());
    std::optional<keyfile::Contents> key = *file;
    if (!mayWrite) {
        // Reading only: take the key wherever it is now; nothing is moved or repaired.
        if (!key && !legacySecret.isEmpty())
            key = keyfile::Contents{id, legacySecret};
        m_deviceId = id;
        m_key = key ? DeviceKey::fromSecretKey(key->secret) : std::nullopt;
        return {};
    }
    if (key && !id.isEmpty() && key->deviceId != id)
        return damaged(m_path, QStringLiteral("%1 belongs to device %2").arg(keyPath, key->deviceId));
    if (key && !legacySecret.isEmpty() && key->secret != legacySecret)
        return damaged(m_path, QStringLiteral("%1 and the store hold different keys").arg(keyPath));

    if (!key && !legacySecret.isEmpty()) {
        if (id.isEmpty())
            return damaged(m_path, QStringLiteral("a key without a device id"));
        // Moving the key out of the table, step 1: the file, while the table still has the key, so a
        // kill here leaves the key in both places and the next open goes on from there.
        key = keyfile::Contents{id, legacySecret};
        if (StoreError err = keyfile::write(keyPath, *key); !err.ok())
            return err;
    }
    if (!key) {
        // A new key for a device that already signed records would make every later record fail the
        // server's signature check: refuse instead of rotating.
        if (!id.isEmpty() || *last > 0)
            return damaged(m_path, QStringLiteral("%1 is missing").arg(keyPath));
        // First start: the key file first, then the id, so a kill between leaves a key the next start adopts.
        key = keyfile::Contents{QUuid::createUuid().toString(QUuid::WithoutBraces), DeviceKey::generate().secretKey()};
        if (StoreError err = keyfile::write(keyPath, *key); !err.ok())
            return err;
    }
    const std::optional<DeviceKey> signer = DeviceKey::fromSecretKey(key->secret);
    if (!signer)
        return damaged(m_path, QStringLiteral("%1 holds no Ed25519 key").arg(keyPath));
    if (id.isEmpty()) {
        if (*last > 0)
            return damaged(m_path, QStringLiteral("records without a device id"));
        if (StoreError err = setMeta(kDeviceId, key->deviceId); !err.ok())
            return err;
        id = key->deviceId;
    }
    // Step 2: the key is safe in its file; now it leaves the table.
    if (!legacy->isEmpty()) {
        if (StoreError err = wipeLegacySecret(); !err.ok())
            return err;
    }
    m_deviceId = id;
    m_key = signer;
    return {};
}

StoreError LocalStore::wipeLegacySecret()
{
    QSqlQuery q(database());
    // secure_delete (set on every connection) zeroes the deleted bytes in the page; the checkpoint
    // writes that page over the old one in the database file now rather than at some later time.
    q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    q.addBindValue(kLegacySecret);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("removing the signing key from the store"));
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return StoreError::fromSql(q.lastError(), QStringLiteral("writing the store after removing the key"));
    return {};
}

} // namespace suara
