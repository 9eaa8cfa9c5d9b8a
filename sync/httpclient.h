#pragma once

#include "apireply.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace suara::sync {

// One request to Suara. Paths are relative to the server's base URL ("/api/v1/records").
struct ApiRequest
{
    enum class Auth { None, Device, Basic };

    QByteArray method = "GET";
    QString path;
    QByteArray body;
    QByteArray contentType = "application/json";
    bool gzipBody = true; // Content-Encoding: gzip (bundles are gzip already: off)
    Auth auth = Auth::Device;
    QByteArray ifNoneMatch; // an ETag, as received
    QString user; // Auth::Basic
    QString password;
    int timeoutMs = 0; // 0: the client's default
};

// Sends requests to one Suara server through an injected QNetworkAccessManager (tests pass a fake,
// the kiosk its own). Every request carries X-Request-ID and X-Suara-Device-Time, asks for gzip, and
// has a hard deadline: a server that hangs or trickles bytes cannot hang the engine.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiReply &)>;

    HttpClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_base = url; }
    [[nodiscard]] QUrl baseUrl() const { return m_base; }
    void setToken(const QString &token) { m_token = token; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // `done` is called exactly once, later (never from inside send()), unless abortAll() ran first.
    void send(const ApiRequest &request, Done done);
    // Drops every request in flight; their callbacks are not called.
    void abortAll();
    [[nodiscard]] int inFlight() const;

    // "http://host:8080/suara/" + "/api/v1/records", without doubling or losing slashes.
    [[nodiscard]] static QUrl endpoint(const QUrl &base, const QString &path);

private:
    QNetworkAccessManager *m_nam;
    QUrl m_base;
    QString m_token;
    int m_timeoutMs = 60000;
    std::function<QDateTime()> m_clock;
    QList<QPointer<QNetworkReply>> m_replies;
    QList<QSslCertificate> m_extraCa; // from SUARA_CA_FILE
    QString m_caError;
    int m_generation = 0; // bumped by abortAll()
};

} // namespace suara::sync
