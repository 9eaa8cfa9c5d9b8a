#include "httpclient.h"

#include "protocol/gzip.h"
#include "protocol/protocol.h"
#include "protocol/wiretime.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

namespace suara::sync {

HttpClient::HttpClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    // A server behind a proxy with its own (e.g. self-signed) certificate: its CA, in PEM, added to the
    // system's (docs/deployment.md). A file that cannot be used fails every request, never silently.
    if (const QString caFile = qEnvironmentVariable("SUARA_CA_FILE"); !caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly))
            m_caError = QStringLiteral("SUARA_CA_FILE %1 cannot be read: %2").arg(caFile, file.errorString());
        else if ((m_extraCa = QSslCertificate::fromData(file.readAll(), QSsl::Pem)).isEmpty())
            m_caError = QStringLiteral("SUARA_CA_FILE %1 holds no PEM certificate").arg(caFile);
    }
}

QUrl HttpClient::endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = base.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

int HttpClient::inFlight() const
{
    int n = 0;
    for (const QPointer<QNetworkReply> &r : m_replies)
        n += r ? 1 : 0;
    return n;
}

void HttpClient::send(const ApiRequest &request, Done done)
{
    if (!m_caError.isEmpty()) {
        RawReply raw;
        raw.networkError = QNetworkReply::SslHandshakeFailedError;
        raw.networkErrorString = m_caError;
        QTimer::singleShot(0, this, [this, raw, generation = m_generation, done = std::move(done)] {
            if (generation == m_generation) // abortAll() drops this answer too
                done(judgeReply(raw));
        });
        return;
    }
    QNetworkRequest req(endpoint(m_base, request.path));
    if (!m_extraCa.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCa);
        req.setSslConfiguration(tls);
    }
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // A captive portal answers with a redirect to its login page: that is a failure, never followed.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("X-Request-ID", requestId.toLatin1());
    req.setRawHeader(protocol::kDeviceTimeHeader, protocol::formatTime(m_clock()).toLatin1());
    // Set by hand, so Qt does not inflate on its own: judgeReply() inflates with a size limit.
    req.setRawHeader("Accept-Encoding", "gzip");
    req.setRawHeader("Accept", protocol::kJsonContentType);
    switch (request.auth) {
    case ApiRequest::Auth::Device:
        if (!m_token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        break;
    case ApiRequest::Auth::Basic:
        req.setRawHeader("Authorization",
                         "Basic " + (request.user + QLatin1Char(':') + request.password).toUtf8().toBase64());
        break;
    case ApiRequest::Auth::None:
        break;
    }
    if (!request.ifNoneMatch.isEmpty())
        req.setRawHeader("If-None-Match", request.ifNoneMatch);

    QNetworkReply *reply = nullptr;
    if (request.method == "GET") {
        reply = m_nam->get(req);
    } else {
        QByteArray body = request.body;
        req.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
        if (request.gzipBody) {
            body = gzip::compress(body);
            req.setRawHeader("Content-Encoding", "gzip");
        }
        reply = m_nam->sendCustomRequest(req, request.method, body);
    }
    m_replies.append(reply);

    // The deadline covers the whole exchange, not only silences, so a trickling answer times out too.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    auto tooLarge = std::make_shared<bool>(false);
    connect(deadline, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    deadline->start(request.timeoutMs > 0 ? request.timeoutMs : m_timeoutMs);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, tooLarge](qint64 received, qint64) {
        if (received > kMaxAnswerBytes && !*tooLarge) {
            *tooLarge = true;
            reply->abort();
        }
    });

    connect(reply, &QNetworkReply::finished, this,
            [this, reply, requestId, timedOut, tooLarge, done = std::move(done)] {
                m_replies.removeAll(reply);
                reply->deleteLater();
                RawReply raw;
                raw.networkError = reply->error();
                raw.networkErrorString = reply->errorString();
                raw.timedOut = *timedOut;
                raw.tooLarge = *tooLarge;
                raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                raw.protocolHeader = reply->rawHeader(protocol::kProtocolHeader);
                raw.contentType = reply->rawHeader("Content-Type");
                raw.contentEncoding = reply->rawHeader("Content-Encoding");
                raw.etag = reply->rawHeader("ETag");
                raw.serverHeader = reply->rawHeader("Server");
                if (!raw.timedOut && !raw.tooLarge)
                    raw.body = reply->readAll();
                ApiReply judged = judgeReply(raw);
                judged.requestId = requestId;
                done(judged);
            });
}

void HttpClient::abortAll()
{
    ++m_generation;
    const QList<QPointer<QNetworkReply>> replies = std::exchange(m_replies, {});
    for (const QPointer<QNetworkReply> &r : replies) {
        if (!r)
            continue;
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
}

} // namespace suara::sync
