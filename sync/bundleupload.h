#pragma once

#include "syncerror.h"

#include "protocol/pushbatch.h"
#include "store/storeerror.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace suara::sync {

class HttpClient;
class Outbox;
struct ApiReply;

// Uploads a bundle file to POST /api/v1/bundles with an admin's credentials (protocol §6, §7). The file
// is read and its signature checked first, so a damaged stick is reported before anything is sent.
// When the bundle is this device's own (an Outbox is given), the answer marks its records like a push.
class BundleUploadJob : public QObject
{
    Q_OBJECT

public:
    struct Credentials
    {
        QString user;
        QString password;
    };

    BundleUploadJob(HttpClient *http, QObject *parent = nullptr);

    // `outbox` and `deviceId`: optional, to apply the answer to this device's outbox.
    void start(const QString &path, const QUrl &server, const Credentials &credentials, Outbox *outbox = nullptr,
               const QString &deviceId = {});

    [[nodiscard]] QString bundleDeviceId() const { return m_request.deviceId; }
    [[nodiscard]] const QList<protocol::RecordResult> &results() const { return m_results; }
    [[nodiscard]] bool appliedToOutbox() const { return m_applied; }

signals:
    void finished(const suara::sync::SyncFailure &failure);

private:
    void onReply(const ApiReply &reply);
    void finishLater(const SyncFailure &failure);
    // Marks sent the bundle's evidence files the server's answer names (`evidence`, protocol §6).
    StoreError markEvidenceSent(const QJsonObject &answer);

    HttpClient *m_http;
    Outbox *m_outbox = nullptr;
    protocol::PushRequest m_request; // the bundle's records, to check the answer against
    QList<protocol::RecordResult> m_results;
    QStringList m_evidence; // the hashes of the files the bundle carries
    bool m_applied = false;
};

} // namespace suara::sync
