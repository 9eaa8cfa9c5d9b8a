#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace suara::server {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One request as the HTTP layer hands it to a handler. Until the body has been read, `body` is empty
// and the request is only a head (see HttpHandler::admit).
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path and query
    QByteArray rawPath; // the path as sent (percent-encoded), without the query: what routing splits
    QString path; // percent-decoded path, for logs and messages only (never route on it)
    QByteArray query;
    HttpHeaders headers;
    QByteArray body;
    QHostAddress peer;
    int minorVersion = 1; // HTTP/1.x
    std::optional<qint64> contentLength;
    bool chunked = false;

    // Case-insensitive; the first header of that name, or empty.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;
    // A download written to a file beforehand: sent from it in chunks as the socket drains (bounded
    // memory, a Content-Length so the browser shows progress) instead of `body`, and removed once sent
    // or when the client goes away.
    QString bodyFile;
    QString logDevice; // who asked, for the request log (a device id or an admin user name)

    void setHeader(const QByteArray &name, const QByteArray &value);
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

[[nodiscard]] QByteArray reasonPhrase(int status);

// What the HTTP layer reports on its own, before or instead of a handler (the handler formats them,
// so every answer looks the same to a client).
enum class TransportError {
    BadRequest, // not HTTP/1.x
    HeadTooLarge, // request line + headers beyond the limit
    BodyTooLarge, // Content-Length or a chunked body beyond the handler's limit
    ShuttingDown, // the server is stopping
    Busy, // too many connections
};

// The seam between the HTTP layer and the API (docs/adr/0007): the API never sees a socket.
class HttpHandler
{
public:
    virtual ~HttpHandler() = default;

    struct Admission
    {
        std::optional<HttpResponse> reject; // answer now, without reading the body
        qint64 maxBody = 0; // otherwise: the largest body to accept
        bool authorizeFirst = false; // and call authorize() on a worker before reading it
    };
    // Called on the listener's thread as soon as the head has arrived, before any body byte is read.
    // Must be cheap and must not touch the database.
    virtual Admission admit(const HttpRequest &head) = 0;
    // Called on a worker thread with the head only, when admit() asked for it; the body is read only
    // if this returns nothing. Checks what needs the database (credentials). Must not throw.
    virtual std::optional<HttpResponse> authorize(const HttpRequest &head)
    {
        (void)head;
        return std::nullopt;
    }
    // Called on a worker thread with the whole request. Must not throw.
    virtual HttpResponse handle(const HttpRequest &request) = 0;
    virtual HttpResponse transportError(TransportError error, const HttpRequest *head) = 0;
};

} // namespace suara::server
