#include "serversettings.h"

#include "protocol/wiretime.h"
#include "store/localstore.h"
#include "writetransaction.h"

namespace suara::sync {

using namespace settingskeys;

StoreResult<ServerSettings> ServerSettings::load(const LocalStore &store)
{
    const StoreResult<QString> document = store.setting(kDocument);
    const StoreResult<QString> etag = store.setting(kEtag);
    const StoreResult<QString> version = store.setting(kVersion, QStringLiteral("0"));
    const StoreResult<QString> receivedAt = store.setting(kReceivedAt);
    const StoreResult<QString> checkedAt = store.setting(kCheckedAt);
    if (StoreError err = firstError(document, etag, version, receivedAt, checkedAt); !err.ok())
        return err;
    ServerSettings s;
    s.document = document->toUtf8();
    s.etag = etag->toLatin1();
    s.version = version->toInt();
    s.receivedAt = protocol::parseTime(*receivedAt).value_or(QDateTime());
    s.checkedAt = protocol::parseTime(*checkedAt).value_or(QDateTime());
    return s;
}

StoreError ServerSettings::save(LocalStore *store, const QByteArray &document, const QByteArray &etag, int version,
                                const QDateTime &at)
{
    WriteTransaction tx(store->database());
    if (!tx.begun().ok())
        return tx.begun();
    const QString time = protocol::formatTime(at);
    for (const auto &[key, value] :
         {std::pair{kDocument, QString::fromUtf8(document)}, std::pair{kEtag, QString::fromLatin1(etag)},
          std::pair{kVersion, QString::number(version)}, std::pair{kReceivedAt, time}, std::pair{kCheckedAt, time}}) {
        if (StoreError err = store->setSetting(key, orEmpty(value)); !err.ok())
            return err;
    }
    return tx.commit();
}

StoreError ServerSettings::markChecked(LocalStore *store, const QDateTime &at)
{
    return store->setSetting(kCheckedAt, protocol::formatTime(at));
}

} // namespace suara::sync
