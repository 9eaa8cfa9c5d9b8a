#pragma once

#include "crypto/devicekey.h"
#include "domain/record.h"
#include "storeerror.h"
#include "storeresult.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace suara {

// The device's SQLite store: immutable records in a per-device hash chain, the device identity and the
// kiosk settings. The signing key is kept beside it, in a 0600 file of its own (keyfile.h). WAL with synchronous=FULL,
// so an append that returned ok survives a kill or power cut.
class LocalStore
{
public:
    enum class Access { ReadWrite, ReadOnly };

    explicit LocalStore(QString path);
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    // ReadWrite opens only a store that can really be written: it ends with the same probe as
    // checkWritable(), so a store on a read-only or full medium is refused at start, not at "Send".
    StoreError open(Access access = Access::ReadWrite);
    void close();
    // A cheap answer to "would a visit be saved now?": enough free space and one tiny committed write.
    // A connection that SQLite opened read-only (the medium was read-only when it was opened) stays
    // read-only for good, so a read-only failure reopens the connection once before it is reported:
    // the store recovers when the medium is writable again, without a restart.
    StoreError checkWritable();
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;

    [[nodiscard]] QString deviceId() const { return m_deviceId; }
    [[nodiscard]] QByteArray publicKey() const { return m_key ? m_key->publicKey() : QByteArray(); }
    // The device's signing key, for offline bundles (sync/); nullopt until the store is open.
    [[nodiscard]] std::optional<DeviceKey> deviceKey() const { return m_key; }

    // SQLite's own checkpoint runs inside the commit that fills the WAL past 1,000 pages, making every
    // ~128th visit slower. Off (before or after open(); it survives a reopen): the WAL is copied into the
    // database only by checkpoint(), which the kiosk calls when nobody is saving a visit. Durability is
    // the same either way: a commit is on disk once its WAL frames are fsynced.
    StoreError setAutoCheckpoint(bool on);
    struct Checkpoint
    {
        bool busy = false; // a reader held back part of the WAL; the rest was copied
        int walFrames = 0; // frames in the WAL when it ran
        int copiedFrames = 0; // frames now in the database file
    };
    // A PASSIVE checkpoint: never waits for readers or blocks the next writer.
    StoreResult<Checkpoint> checkpoint();
    // The size of the WAL file (0 when there is none): what a checkpoint has to copy, at most.
    [[nodiscard]] qint64 walBytes() const;

    // Seals and commits the drafts in one transaction: all of them are stored, or none.
    StoreError append(const QList<RecordDraft> &drafts, QList<Record> *sealed = nullptr);

    // Every read returns its value or the reason it failed (SQLITE_BUSY, a damaged file, a closed
    // store): never an empty list or a fallback in place of an error.
    StoreResult<QList<Record>> records(qint64 afterSeq = 0, int limit = -1) const;
    // The records with these sequence numbers, in seq order (the sync outbox's next batch).
    StoreResult<QList<Record>> recordsBySeq(const QList<qint64> &seqs) const;
    // Captured at or after `utc`, in seq order; `afterSeq` and `limit` page through a long period.
    StoreResult<QList<Record>> recordsCapturedSince(const QDateTime &utc, qint64 afterSeq = 0, int limit = -1) const;
    // nullopt inside an ok() result: there is no record with this id.
    StoreResult<std::optional<Record>> record(const QString &id) const;
    StoreResult<qint64> lastSeq() const;

    // `fallback` is only for a key that is not there; a failed read is an error.
    StoreResult<QString> setting(const QString &key, const QString &fallback = {}) const;
    StoreError setSetting(const QString &key, const QString &value);
    StoreResult<QString> meta(const QString &key, const QString &fallback = {}) const;
    StoreError setMeta(const QString &key, const QString &value);

    // For layers that keep their own tables in the same file (the sync outbox) and for tests.
    [[nodiscard]] QSqlDatabase database() const;

private:
    StoreError openConnection(Access access);
    StoreError appendOnce(const QList<RecordDraft> &drafts, QList<Record> *sealed);
    StoreError probeWrite();
    // Reopens the connection after a read-only failure; returns whether it is worth trying again.
    bool reopenAfter(const StoreError &failed);
    // The device id and signing key (localstoreidentity.cpp); mayWrite: make, adopt or move them.
    StoreError loadIdentity(bool mayWrite);
    StoreError wipeLegacySecret();
    static StoreError checkDurability(const QSqlDatabase &db);
    StoreError setKeyValue(const QString &table, const QString &key, const QString &value);
    StoreResult<QString> keyValue(const QString &table, const QString &key, const QString &fallback) const;
    StoreResult<QList<Record>> query(const QString &where, const QVariantList &binds, int limit) const;

    // The statements of append(), prepared once per connection (localstore.cpp).
    struct AppendStatements;
    std::unique_ptr<AppendStatements> m_append;
    bool m_autoCheckpoint = true;
    QString m_path;
    QString m_connection;
    bool m_open = false;
    Access m_access = Access::ReadWrite;
    QString m_deviceId;
    std::optional<DeviceKey> m_key;
};

} // namespace suara
