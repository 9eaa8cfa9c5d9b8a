#include "enrolljob.h"

#include "httpclient.h"
#include "syncmeta.h"

#include "protocol/enrollment.h"
#include "store/localstore.h"

#include <QTimer>

namespace suara::sync {

EnrollJob::EnrollJob(LocalStore *store, SyncMeta *meta, HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_meta(meta)
    , m_http(http)
{
}

void EnrollJob::finish(const SyncFailure &failure)
{
    emit finished(failure);
}

void EnrollJob::start(const QUrl &server, const QString &code, const QString &label, const QString &appVersion)
{
    m_server = server;
    const QString normalized = protocol::normalizeEnrollmentCode(code);
    if (StoreError err = m_meta->setEnrollmentCode(protocol::formatEnrollmentCode(normalized), server); !err.ok()) {
        QTimer::singleShot(0, this, [this, err] { finish({SyncError::StoreFailed, err.message}); });
        return;
    }
    protocol::EnrollRequest body;
    body.code = normalized;
    body.deviceId = m_store->deviceId();
    body.publicKey = m_store->publicKey();
    body.label = label;
    body.appVersion = appVersion;

    ApiRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/api/v1/enroll");
    req.body = body.toJson();
    req.auth = ApiRequest::Auth::None;
    m_http->setBaseUrl(server);
    m_http->send(req, [this](const ApiReply &reply) { onReply(reply); });
}

void EnrollJob::onReply(const ApiReply &reply)
{
    if (!reply.ok())
        return finish(reply.failure);
    if (reply.status != 200 && reply.status != 201)
        return finish({SyncError::BadAnswer, QStringLiteral("HTTP %1 to an enrollment").arg(reply.status)});
    protocol::ApiError error;
    const std::optional<protocol::EnrollResponse> answer = protocol::EnrollResponse::parse(reply.body, &error);
    if (!answer)
        return finish({SyncError::BadAnswer, error.message});
    if (answer->deviceId != m_store->deviceId())
        return finish({SyncError::BadAnswer, QStringLiteral("the server enrolled another device id")});
    const QDateTime at = answer->serverTime.isValid() ? answer->serverTime : QDateTime::currentDateTimeUtc();
    if (StoreError err = m_meta->saveEnrollment(m_server, answer->token, answer->unitCode, answer->unitName, at,
                                                answer->recoveryCodeHash);
        !err.ok())
        return finish({SyncError::StoreFailed, err.message});
    m_http->setToken(answer->token);
    finish({});
}

} // namespace suara::sync
