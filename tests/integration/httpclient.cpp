#include "httpclient.h"

#include "protocol/wiretime.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

namespace suara::testing {

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpResult::errorCode() const
{
    return json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

HttpClient::HttpClient(QUrl base)
    : m_base(std::move(base))
    , m_nam(std::make_unique<QNetworkAccessManager>())
{
}

void HttpClient::setBasic(const QString &user, const QString &password)
{
    m_auth = "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

QNetworkReply *HttpClient::start(const QByteArray &method, const QString &path, const QByteArray &body,
                                 const Headers &headers, const QByteArray &contentType)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_auth.isEmpty())
        request.setRawHeader("Authorization", m_auth);
    request.setRawHeader("X-Suara-Device-Time",
                         protocol::formatTime(QDateTime::currentDateTimeUtc().addSecs(m_clockOffset)).toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_nam->sendCustomRequest(request, method, body);
}

HttpResult HttpClient::collect(QNetworkReply *reply, int timeoutMs)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    HttpResult r;
    if (!reply->isFinished()) {
        reply->abort();
        r.error = QNetworkReply::TimeoutError;
        r.errorString = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
        reply->deleteLater();
        return r;
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    r.error = reply->error();
    r.errorString = reply->errorString();
    reply->deleteLater();
    return r;
}

HttpResult HttpClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                            const Headers &headers, const QByteArray &contentType)
{
    return collect(start(method, path, body, headers, contentType));
}

HttpResult HttpClient::get(const QString &path, const Headers &headers)
{
    return send("GET", path, {}, headers, {});
}

HttpResult HttpClient::post(const QString &path, const QByteArray &body, const Headers &headers,
                            const QByteArray &contentType)
{
    return send("POST", path, body, headers, contentType);
}

HttpResult HttpClient::put(const QString &path, const QByteArray &body, const Headers &headers)
{
    return send("PUT", path, body, headers, "application/json");
}

QByteArray rawExchange(quint16 port, const QByteArray &bytes, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5'000))
        return {};
    socket.write(bytes);
    socket.flush();
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(100);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    return answer;
}

} // namespace suara::testing
