#include "serversettings.h"

#include "protocol/wiretime.h"
#include "store/localstore.h"
#include "writetransaction.h"

namespace suara::sync {

using namespace settingskeys;

ServerSettings ServerSettings::load(const LocalStore &store)
{
    ServerSettings s;
    s.document = store.setting(kDocument).toUtf8();
    s.etag = store.setting(kEtag).toLatin1();
    s.version = store.setting(kVersion, QStringLiteral("0")).toInt();
    s.receivedAt = protocol::parseTime(store.setting(kReceivedAt)).value_or(QDateTime());
    s.checkedAt = protocol::parseTime(store.setting(kCheckedAt)).value_or(QDateTime());
    return s;
}

StoreError ServerSettings::save(LocalStore *store, const QByteArray &document, const QByteArray &etag, int version,
                                const QDateTime &at)
{
    WriteTransaction tx(store->database());
    if (!tx.begun().ok())
        return tx.begun();
    const QString time = protocol::formatTime(at);
    for (const auto &[key, value] : {std::pair{kDocument, QString::fromUtf8(document)},
                                     std::pair{kEtag, QString::fromLatin1(etag)},
                                     std::pair{kVersion, QString::number(version)},
                                     std::pair{kReceivedAt, time}, std::pair{kCheckedAt, time}}) {
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
