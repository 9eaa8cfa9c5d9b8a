#include "evidencejob.h"

#include "httpclient.h"

#include "store/evidencestore.h"
#include "store/localstore.h"

#include <QDateTime>
#include <QTimer>

namespace suara::sync {

EvidenceJob::EvidenceJob(LocalStore *store, HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_http(http)
{
}

void EvidenceJob::start()
{
    QTimer::singleShot(0, this, &EvidenceJob::sendNext); // finished() is never emitted from inside start()
}

void EvidenceJob::finish(const SyncFailure &failure)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(failure);
}

void EvidenceJob::sendNext()
{
    // One file at a time: up to 5 MiB each, never all of them in memory at once.
    const StoreResult<QList<EvidenceFile>> next = EvidenceStore(m_store->database()).uploadable(1);
    if (!next.ok())
        return finish({SyncError::StoreFailed, next.error().message});
    if (next->isEmpty())
        return finish({});
    const EvidenceFile &file = next->first();
    ApiRequest req;
    req.method = "PUT";
    req.path = QStringLiteral("/api/v1/evidence/") + file.sha256;
    req.body = file.bytes;
    req.contentType = file.type.toLatin1();
    req.gzipBody = false; // PNG and JPEG are compressed already
    const QString sha256 = file.sha256;
    m_http->send(req, [this, sha256](const ApiReply &reply) { onReply(sha256, reply); });
}

void EvidenceJob::onReply(const QString &sha256, const ApiReply &reply)
{
    if (!reply.ok())
        return finish(reply.failure);
    if (reply.status != 200 && reply.status != 201)
        return finish({SyncError::BadAnswer, QStringLiteral("HTTP %1 to an evidence upload").arg(reply.status)});
    if (reply.json.value(QLatin1String("sha256")).toString() != sha256)
        return finish({SyncError::BadAnswer, QStringLiteral("the server confirmed another file than %1").arg(sha256)});
    if (const StoreError err = EvidenceStore(m_store->database()).markSent(sha256, QDateTime::currentDateTimeUtc());
        !err.ok())
        return finish({SyncError::StoreFailed, err.message});
    ++m_uploaded;
    sendNext();
}

} // namespace suara::sync
