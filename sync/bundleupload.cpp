#include "bundleupload.h"

#include "httpclient.h"
#include "outbox.h"

#include "protocol/bundle.h"
#include "protocol/protocol.h"
#include "store/evidencestore.h"
#include "store/localstore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTimer>

namespace suara::sync {

namespace {
constexpr int kUploadTimeoutMs = 10 * 60 * 1000; // a whole offline period over a slow link
} // namespace

BundleUploadJob::BundleUploadJob(HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{
}

void BundleUploadJob::finishLater(const SyncFailure &failure)
{
    QTimer::singleShot(0, this, [this, failure] { emit finished(failure); });
}

void BundleUploadJob::start(const QString &path, const QUrl &server, const Credentials &credentials, Outbox *outbox,
                            const QString &deviceId)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return finishLater({SyncError::FileFailed, QStringLiteral("%1: %2").arg(path, file.errorString())});
    if (file.size() > protocol::kMaxBundleBytes)
        return finishLater({SyncError::FileFailed, QStringLiteral("%1 is larger than the server accepts").arg(path)});
    const QByteArray bytes = file.readAll();
    protocol::ApiError error;
    const std::optional<protocol::Bundle> bundle =
        protocol::readBundle(bytes, protocol::kMaxBundleDecompressedBytes, &error);
    if (!bundle)
        return finishLater({SyncError::BadBundle, error.message});
    m_request.deviceId = bundle->deviceId;
    m_request.lastSeq = bundle->lastSeq;
    m_request.records = bundle->records;
    if (outbox && bundle->deviceId == deviceId)
        m_outbox = outbox;
    for (const EvidenceFile &f : bundle->evidence)
        m_evidence << f.sha256;

    ApiRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/api/v1/bundles");
    req.body = bytes;
    req.contentType = protocol::kBundleContentType;
    req.gzipBody = false; // the file is gzip already
    req.auth = ApiRequest::Auth::Basic;
    req.user = credentials.user;
    req.password = credentials.password;
    req.timeoutMs = kUploadTimeoutMs;
    m_http->setBaseUrl(server);
    m_http->send(req, [this](const ApiReply &reply) { onReply(reply); });
}

StoreError BundleUploadJob::markEvidenceSent(const QJsonObject &answer)
{
    QStringList confirmed;
    for (const QJsonValue &v : answer.value(QLatin1String("evidence")).toArray())
        confirmed << v.toObject().value(QLatin1String("sha256")).toString();
    EvidenceStore store(m_outbox->store()->database());
    for (const QString &sha : std::as_const(m_evidence)) {
        if (!confirmed.contains(sha))
            continue; // an older server that ignores evidence: the next push uploads the file
        if (StoreError err = store.markSent(sha, QDateTime::currentDateTimeUtc()); !err.ok())
            return err;
    }
    return {};
}

void BundleUploadJob::onReply(const ApiReply &reply)
{
    if (!reply.ok()) {
        SyncFailure failure = reply.failure;
        if (reply.status == 401)
            failure.error = SyncError::LoginFailed;
        else if (reply.apiError && reply.apiError->code == protocol::ErrorCode::BadBundle)
            failure.error = SyncError::BadBundle;
        return emit finished(failure);
    }
    if (reply.status != 200 && reply.status != 201)
        return emit finished({SyncError::BadAnswer, QStringLiteral("HTTP %1 to a bundle upload").arg(reply.status)});
    protocol::ApiError error;
    const std::optional<protocol::PushResponse> response = protocol::PushResponse::parse(reply.body, &error);
    if (!response)
        return emit finished({SyncError::BadAnswer, error.message});
    if (!response->answers(m_request))
        return emit finished(
            {SyncError::BadAnswer,
             QStringLiteral("the results do not match the bundle's %1 records").arg(m_request.records.size())});
    m_results = response->results;
    if (m_outbox) {
        if (StoreError err = m_outbox->apply(m_results); !err.ok())
            return emit finished({SyncError::StoreFailed, err.message});
        // The import kept (or already had) every file the bundle carried, or it would have refused it.
        if (StoreError err = markEvidenceSent(reply.json); !err.ok())
            return emit finished({SyncError::StoreFailed, err.message});
        m_applied = true;
    }
    emit finished({});
}

} // namespace suara::sync
