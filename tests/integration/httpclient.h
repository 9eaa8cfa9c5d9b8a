#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>
#include <memory>

namespace suara::testing {

struct HttpResult
{
    int status = 0; // 0: no HTTP answer (see error)
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;

    [[nodiscard]] QJsonObject json() const;
    [[nodiscard]] QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // error.code of a Suara error answer.
    [[nodiscard]] QString errorCode() const;
    // Whether this is an answer from Suara at all (protocol §1).
    [[nodiscard]] bool isSuara() const { return header("x-suara-protocol") == "1"; }
};

// Real HTTP with QNetworkAccessManager, made synchronous for tests. start()/collect() run many
// requests at once; each HttpClient has its own connection pool.
class HttpClient
{
public:
    explicit HttpClient(QUrl base);

    void setBearer(const QString &token) { m_auth = "Bearer " + token.toLatin1(); }
    void setBasic(const QString &user, const QString &password);
    void clearAuth() { m_auth.clear(); }
    // Sent as X-Suara-Device-Time on every request (a device clock that is off, when asked).
    void setDeviceClockOffsetSeconds(qint64 seconds) { m_clockOffset = seconds; }

    using Headers = QList<QPair<QByteArray, QByteArray>>;
    HttpResult get(const QString &path, const Headers &headers = {});
    HttpResult post(const QString &path, const QByteArray &body, const Headers &headers = {},
                    const QByteArray &contentType = "application/json");
    HttpResult put(const QString &path, const QByteArray &body, const Headers &headers = {});
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body, const Headers &headers,
                    const QByteArray &contentType);

    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body,
                         const Headers &headers = {}, const QByteArray &contentType = "application/json");
    static HttpResult collect(QNetworkReply *reply, int timeoutMs = 120'000);

private:
    QUrl m_base;
    QByteArray m_auth;
    qint64 m_clockOffset = 0;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

// Bytes straight onto a socket: for what QNetworkAccessManager will not send (a lying Content-Length,
// garbage). Returns what the server answered until it closed, or until timeoutMs.
[[nodiscard]] QByteArray rawExchange(quint16 port, const QByteArray &bytes, int timeoutMs = 10'000);

} // namespace suara::testing
