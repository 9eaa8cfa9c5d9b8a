#pragma once

#include "syncerror.h"

#include <QObject>
#include <QUrl>

namespace suara {
class LocalStore;
}

namespace suara::sync {

class HttpClient;
class SyncMeta;
struct ApiReply;

// Enrollment (protocol §3): the one-time code, the device id and the public key the device made on its
// first start. The token and the unit are saved in one transaction; the code is kept (before sending)
// so a device that cannot reach the server can still enroll through an offline bundle.
class EnrollJob : public QObject
{
    Q_OBJECT

public:
    EnrollJob(LocalStore *store, SyncMeta *meta, HttpClient *http, QObject *parent = nullptr);

    void start(const QUrl &server, const QString &code, const QString &label, const QString &appVersion);

signals:
    void finished(const suara::sync::SyncFailure &failure);

private:
    void onReply(const ApiReply &reply);
    void finish(const SyncFailure &failure);

    LocalStore *m_store;
    SyncMeta *m_meta;
    HttpClient *m_http;
    QUrl m_server;
};

} // namespace suara::sync
