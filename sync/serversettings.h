#pragma once

#include "store/storeerror.h"
#include "store/storeresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace suara {
class LocalStore;
}

namespace suara::sync {

// The unit's settings as the server last sent them (protocol §4), kept in the device store's `settings`
// table under the keys below. The engine only stores them; the kiosk applies them between visitors.
namespace settingskeys {
inline const QString kDocument = QStringLiteral("server.settings"); // the JSON document, as received
inline const QString kEtag = QStringLiteral("server.settings_etag"); // for If-None-Match
inline const QString kVersion = QStringLiteral("server.settings_version");
inline const QString kReceivedAt = QStringLiteral("server.settings_received_at");
inline const QString kCheckedAt = QStringLiteral("server.settings_checked_at"); // last 200 or 304
} // namespace settingskeys

struct ServerSettings
{
    QByteArray document;
    QByteArray etag;
    int version = 0;
    QDateTime receivedAt;
    QDateTime checkedAt;

    [[nodiscard]] bool isEmpty() const { return document.isEmpty(); }

    static StoreResult<ServerSettings> load(const LocalStore &store);
    // The whole document, ETag and version in one transaction.
    static StoreError save(LocalStore *store, const QByteArray &document, const QByteArray &etag, int version,
                           const QDateTime &at);
    static StoreError markChecked(LocalStore *store, const QDateTime &at);
};

} // namespace suara::sync
