#pragma once

#include "syncerror.h"

#include <QObject>

namespace suara {
class LocalStore;
}

namespace suara::sync {

class HttpClient;
struct ApiReply;

// After a push: uploads, one at a time, every evidence file whose record the server has acknowledged
// and that it has not confirmed yet (PUT /api/v1/evidence/{sha256}, protocol §5.5). A file is marked
// sent only from the server's 200/201 for it, so a kill or an outage between the record and its file
// leaves the file waiting for the next sync, and sending it again is harmless (the server answers 200).
class EvidenceJob : public QObject
{
    Q_OBJECT

public:
    EvidenceJob(LocalStore *store, HttpClient *http, QObject *parent = nullptr);

    void start();
    [[nodiscard]] qint64 uploaded() const { return m_uploaded; }

signals:
    // Emitted once. ok(): every file of an acknowledged record is on the server. Any refusal or
    // failure stops the pass with it: the files stay waiting, nothing is dropped.
    void finished(const suara::sync::SyncFailure &failure);

private:
    void sendNext();
    void onReply(const QString &sha256, const ApiReply &reply);
    void finish(const SyncFailure &failure);

    LocalStore *m_store;
    HttpClient *m_http;
    qint64 m_uploaded = 0;
    bool m_done = false;
};

} // namespace suara::sync
