#include "settingsjob.h"

#include "httpclient.h"
#include "serversettings.h"

#include "protocol/unitsettings.h"
#include "store/localstore.h"

#include <QTimer>

#include <QJsonDocument>

namespace suara::sync {

SettingsJob::SettingsJob(LocalStore *store, HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_http(http)
{
}

void SettingsJob::start()
{
    const StoreResult<ServerSettings> stored = ServerSettings::load(*m_store);
    if (!stored.ok()) {
        // Queued, like every other outcome: finished() is never emitted from inside start().
        const SyncFailure failure{SyncError::StoreFailed, stored.error().message};
        QTimer::singleShot(0, this, [this, failure] { emit finished(failure); });
        return;
    }
    const ServerSettings &current = *stored;
    m_version = current.version;
    ApiRequest req;
    req.path = QStringLiteral("/api/v1/settings");
    // Without a stored document, an ETag would only ask for what the device does not have.
    if (!current.isEmpty())
        req.ifNoneMatch = current.etag;
    m_http->send(req, [this](const ApiReply &reply) { onReply(reply); });
}

void SettingsJob::onReply(const ApiReply &reply)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!reply.ok())
        return emit finished(reply.failure);
    if (reply.notModified()) {
        if (StoreError err = ServerSettings::markChecked(m_store, now); !err.ok())
            return emit finished({SyncError::StoreFailed, err.message});
        return emit finished({});
    }
    if (reply.status != 200)
        return emit finished({SyncError::BadAnswer, QStringLiteral("HTTP %1 to a settings pull").arg(reply.status)});
    protocol::ApiError error;
    const std::optional<protocol::SettingsDocument> doc = protocol::SettingsDocument::parse(reply.body, &error);
    if (!doc)
        return emit finished({SyncError::BadAnswer, QStringLiteral("settings: ") + error.message});
    const QByteArray text = QJsonDocument(reply.json).toJson(QJsonDocument::Compact);
    if (StoreError err = ServerSettings::save(m_store, text, reply.etag, doc->version, now); !err.ok())
        return emit finished({SyncError::StoreFailed, err.message});
    m_changed = true;
    m_version = doc->version;
    emit finished({});
}

} // namespace suara::sync
