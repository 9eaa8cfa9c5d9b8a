#pragma once

#include "crypto/devicekey.h"
#include "domain/record.h"
#include "storeerror.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace suara {

// The device's SQLite store: immutable records in a per-device hash chain, the device identity and the
// kiosk settings. WAL with synchronous=FULL, so an append that returned ok survives a kill or power cut.
class LocalStore
{
public:
    enum class Access { ReadWrite, ReadOnly };

    explicit LocalStore(QString path);
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    StoreError open(Access access = Access::ReadWrite);
    void close();
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;

    [[nodiscard]] QString deviceId() const { return m_deviceId; }
    [[nodiscard]] QByteArray publicKey() const { return m_key ? m_key->publicKey() : QByteArray(); }
    // The device's signing key, for offline bundles (sync/); nullopt until the store is open.
    [[nodiscard]] std::optional<DeviceKey> deviceKey() const { return m_key; }

    // Seals and commits the drafts in one transaction: all of them are stored, or none.
    StoreError append(const QList<RecordDraft> &drafts, QList<Record> *sealed = nullptr);

    [[nodiscard]] QList<Record> records(qint64 afterSeq = 0, int limit = -1) const;
    // The records with these sequence numbers, in seq order (the sync outbox's next batch).
    [[nodiscard]] QList<Record> recordsBySeq(const QList<qint64> &seqs) const;
    [[nodiscard]] QList<Record> recordsCapturedSince(const QDateTime &utc) const;
    [[nodiscard]] std::optional<Record> record(const QString &id) const;
    [[nodiscard]] qint64 lastSeq() const;

    [[nodiscard]] QString setting(const QString &key, const QString &fallback = {}) const;
    StoreError setSetting(const QString &key, const QString &value);
    [[nodiscard]] QString meta(const QString &key, const QString &fallback = {}) const;
    StoreError setMeta(const QString &key, const QString &value);

    // For layers that keep their own tables in the same file (the sync outbox) and for tests.
    [[nodiscard]] QSqlDatabase database() const;

private:
    StoreError openConnection(Access access);
    StoreError ensureIdentity();
    StoreError setKeyValue(const QString &table, const QString &key, const QString &value);
    [[nodiscard]] QString keyValue(const QString &table, const QString &key, const QString &fallback) const;
    [[nodiscard]] QList<Record> query(const QString &where, const QVariantList &binds, int limit) const;

    QString m_path;
    QString m_connection;
    bool m_open = false;
    QString m_deviceId;
    std::optional<DeviceKey> m_key;
};

} // namespace suara
