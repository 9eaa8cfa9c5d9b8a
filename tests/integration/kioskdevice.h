#pragma once

#include "httpclient.h"
#include "protocol/pushbatch.h"
#include "store/localstore.h"

#include <QTemporaryDir>

namespace suara::testing {

// A kiosk as the tests need it: the real core LocalStore (records sealed, chained and signed exactly
// as on a device) plus the few protocol calls a device makes. Not the sync engine: no outbox, no retry.
class KioskDevice
{
public:
    // A new device with its own store in a temporary directory (or at `storePath`).
    explicit KioskDevice(const QString &storePath = {});

    [[nodiscard]] LocalStore &store() { return *m_store; }
    [[nodiscard]] QString id() const { return m_store->deviceId(); }
    [[nodiscard]] QByteArray publicKey() const { return m_store->publicKey(); }
    [[nodiscard]] DeviceKey key() const;
    [[nodiscard]] QString token() const { return m_token; }
    [[nodiscard]] QString storePath() const { return m_path; }

    // Seals n visitor responses (skm answers), in transactions of up to 500 like a busy kiosk.
    QList<Record> addResponses(int n);
    [[nodiscard]] QList<Record> records(qint64 afterSeq = 0, int limit = -1) const
    {
        return m_store->records(afterSeq, limit).value();
    }

    // POST /api/v1/enroll; keeps the token of a 200/201.
    HttpResult enroll(HttpClient &http, const QString &code, const QString &label = QStringLiteral("Loket 1"));
    // POST /api/v1/records with this device's token; lastSeq defaults to the store's.
    HttpResult push(HttpClient &http, const QList<Record> &records, std::optional<qint64> lastSeq = std::nullopt);
    [[nodiscard]] QByteArray pushBody(const QList<Record> &records, std::optional<qint64> lastSeq = std::nullopt) const;
    // Pushes the whole store in batches; false on the first answer that is not 200 with every record stored.
    bool pushAll(HttpClient &http, int batchSize, QString *error);

    // Closes and reopens the store (e.g. after changing its file from outside).
    void reopen();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<LocalStore> m_store;
    QString m_token;
};

} // namespace suara::testing
