#include "pushjob.h"

#include "httpclient.h"
#include "outbox.h"

#include "protocol/protocol.h"
#include "store/localstore.h"

#include <QRegularExpression>
#include <QTimer>

namespace suara::sync {

namespace {
// "records[3].sig" → 3: the server named one record of the batch as the reason for refusing it.
std::optional<qsizetype> recordIndex(const QString &field)
{
    static const QRegularExpression re(QStringLiteral("^records\\[(\\d+)\\]"));
    const QRegularExpressionMatch m = re.match(field);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toLongLong();
}

SyncFailure storeFailure(const StoreError &err)
{
    return {SyncError::StoreFailed, err.message};
}
} // namespace

PushJob::PushJob(LocalStore *store, Outbox *outbox, HttpClient *http, int batchSize, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_outbox(outbox)
    , m_http(http)
    , m_maxBatch(qBound(1, batchSize, protocol::kMaxBatchRecords))
    , m_batch(m_maxBatch)
{
}

void PushJob::start()
{
    const StoreResult<Outbox::Counts> counts = m_outbox->counts();
    // Queued, so finished() is never emitted from inside start().
    if (!counts.ok()) {
        const SyncFailure failure = storeFailure(counts.error());
        QTimer::singleShot(0, this, [this, failure] { finish(failure); });
        return;
    }
    m_total = counts->pending;
    emit progress(0, m_total);
    QTimer::singleShot(0, this, &PushJob::sendNext);
}

void PushJob::settleAndContinue(qint64 n)
{
    m_sent += n;
    const StoreResult<Outbox::Counts> counts = m_outbox->counts();
    if (!counts.ok())
        return finish(storeFailure(counts.error()));
    // Visits saved during the pass join it: the total grows rather than the pass ending early.
    m_total = std::max(m_total, m_sent + counts->pending);
    emit progress(m_sent, m_total);
    sendNext();
}

void PushJob::finish(const SyncFailure &failure)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(failure);
}

void PushJob::sendNext()
{
    // "Nothing to send" only from a read that worked: a busy or damaged outbox fails the pass.
    const StoreResult<QList<qint64>> pending = m_outbox->nextPending(m_batch);
    if (!pending.ok())
        return finish(storeFailure(pending.error()));
    const QList<qint64> &seqs = *pending;
    if (seqs.isEmpty())
        return finish({});
    const StoreResult<qint64> lastSeq = m_store->lastSeq();
    if (!lastSeq.ok())
        return finish(storeFailure(lastSeq.error()));
    StoreResult<QList<Record>> records = m_store->recordsBySeq(seqs);
    if (!records.ok())
        return finish(storeFailure(records.error()));
    m_request = {};
    m_request.deviceId = m_store->deviceId();
    m_request.lastSeq = *lastSeq;
    m_request.records = std::move(records).value();
    if (m_request.records.size() != seqs.size())
        return finish({SyncError::StoreFailed, QStringLiteral("records to send could not be read")});
    if (StoreError err = m_outbox->noteAttempt(seqs); !err.ok())
        return finish(storeFailure(err));

    ApiRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/api/v1/records");
    req.body = m_request.toJson();
    m_http->send(req, [this](const ApiReply &reply) { onReply(reply); });
}

void PushJob::onReply(const ApiReply &reply)
{
    if (reply.ok() && reply.status == 200)
        return onAccepted(reply.body);
    if (reply.ok())
        return finish({SyncError::BadAnswer, QStringLiteral("HTTP %1 to a push").arg(reply.status)});
    if (reply.apiError)
        return onRefused(reply);
    finish(reply.failure);
}

void PushJob::onAccepted(const QByteArray &body)
{
    protocol::ApiError parseError;
    const std::optional<protocol::PushResponse> response = protocol::PushResponse::parse(body, &parseError);
    // A 200 that does not answer exactly this batch (count, order, ids, seqs) marks nothing.
    if (!response)
        return finish({SyncError::BadAnswer, parseError.message});
    if (!response->answers(m_request))
        return finish({SyncError::BadAnswer,
                       QStringLiteral("the results do not match the %1 records sent").arg(m_request.records.size())});
    if (StoreError err = m_outbox->apply(response->results); !err.ok())
        return finish(storeFailure(err));
    m_batch = m_maxBatch;
    settleAndContinue(m_request.records.size());
}

void PushJob::onRefused(const ApiReply &reply)
{
    using protocol::ErrorCode;
    const protocol::ApiError &e = *reply.apiError;
    const bool tooLarge = e.code == ErrorCode::PayloadTooLarge || e.code == ErrorCode::BatchTooLarge;
    const bool clientError = reply.status == 400 || reply.status == 413 || reply.status == 422;
    const std::optional<qsizetype> index = recordIndex(e.field);

    // The server named one record: quarantine it, send the rest again.
    if (clientError && index && *index < m_request.records.size()) {
        const Record &bad = m_request.records.at(*index);
        if (StoreError err = m_outbox->quarantine(bad.seq, protocol::errorCodeName(e.code), e.message); !err.ok())
            return finish(storeFailure(err));
        return settleAndContinue(1);
    }
    if (tooLarge && m_request.records.size() > 1) {
        m_batch = std::max<int>(1, int(m_request.records.size()) / 2);
        return sendNext();
    }
    if (tooLarge) {
        // One record alone is too large for this server: it can never pass as it is.
        if (StoreError err =
                m_outbox->quarantine(m_request.records.first().seq, protocol::errorCodeName(e.code), e.message);
            !err.ok())
            return finish(storeFailure(err));
        return settleAndContinue(1);
    }
    // Anything else is about the request, not a record (a revoked device, an unknown field of a newer
    // client): nothing is quarantined for it; the engine decides whether to stop or back off.
    finish(reply.failure);
}

} // namespace suara::sync
