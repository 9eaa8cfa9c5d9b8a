#pragma once

#include "syncerror.h"

#include "protocol/pushbatch.h"

#include <QObject>

namespace suara {
class LocalStore;
}

namespace suara::sync {

class HttpClient;
class Outbox;
struct ApiReply;

// One push pass (protocol §5, §8): sends the pending records in seq order, in batches, until none is
// left or something fails. Records are marked only from an answer that PushResponse::answers() accepts
// for the very request that was sent. A refused batch never blocks the queue for good: too large →
// smaller batches; one record the server names (records[i]) or that is too large alone → quarantined.
class PushJob : public QObject
{
    Q_OBJECT

public:
    PushJob(LocalStore *store, Outbox *outbox, HttpClient *http, int batchSize, QObject *parent = nullptr);

    void start();

signals:
    // Records settled in this pass (synced or quarantined) and how many were pending in all.
    void progress(qint64 done, qint64 total);
    // Emitted once. ok(): nothing is pending any more.
    void finished(const suara::sync::SyncFailure &failure);

private:
    void sendNext();
    void onReply(const ApiReply &reply);
    void onAccepted(const QByteArray &body);
    void onRefused(const ApiReply &reply);
    void finish(const SyncFailure &failure);
    void settleAndContinue(qint64 n);

    LocalStore *m_store;
    Outbox *m_outbox;
    HttpClient *m_http;
    int m_maxBatch;
    int m_batch;
    protocol::PushRequest m_request;
    qint64 m_sent = 0;
    qint64 m_total = 0;
    bool m_done = false;
};

} // namespace suara::sync
