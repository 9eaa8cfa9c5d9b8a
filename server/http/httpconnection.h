#pragma once

#include "http1parser.h"
#include "httpclock.h"
#include "httpmessage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <functional>
#include <memory>

class QTcpSocket;
class QThreadPool;

namespace suara::server {

// Every phase of a connection is bounded in time, so a client sending one byte every 29 s cannot hold
// a connection (and its buffers) forever: each limit is a total, not a gap between bytes.
struct HttpLimits
{
    qsizetype maxHeadBytes = 16 * 1024;
    int idleTimeoutMs = 30'000; // mid-request, no byte from the client for this long: close
    int keepAliveTimeoutMs = 15'000; // no new request this long after the last answer (or the accept): close
    int headTimeoutMs = 20'000; // the request line and headers must be in within this of their first byte
    int requestTimeoutMs = 300'000; // the whole request, head and body (a 32 MiB bundle at 1 Mbit/s fits)
    int lingerMs = 2'000; // after an early refusal, drain the unread body this long, then close
    int maxConnections = 512;
};

using RequestLogger = std::function<void(const HttpRequest &request, const HttpResponse &response, qint64 elapsedMs)>;

// One client connection: reads a head, lets the handler admit it, reads the body only if admitted, hands
// the request to the worker pool and writes the answer; keep-alive and pipelining, one request at a time.
// While a request is being handled the socket is not read, so TCP flow control holds the client back.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpHandler *handler, QThreadPool *pool, const HttpLimits &limits,
                   HttpClock *clock, RequestLogger logger, QObject *parent = nullptr);
    ~HttpConnection() override;

    // Stop after the request in hand, if any; an idle or half-read connection ends now.
    void beginShutdown();
    // Bytes read from the client so far, all requests together.
    [[nodiscard]] qint64 bytesReceived() const { return m_bytesReceived; }
    // A worker holds a reference to this connection (authorizing or handling): it must not be deleted.
    [[nodiscard]] bool isHandling() const { return m_state == State::Handling || m_state == State::Authorizing; }

signals:
    void finished(suara::server::HttpConnection *self);

private:
    enum class State { Head, Authorizing, Body, Handling, Sending, Lingering, Closed };

    void onReadyRead();
    void onTick();
    void process();
    void authorize();
    void onAuthorized(const std::optional<HttpResponse> &refusal, qint64 workedNs);
    void startBody();
    void dispatch();
    void onHandled(HttpResponse response, qint64 workedNs);
    void respond(const HttpResponse &response, bool close);
    void afterResponse(bool closed); // ready for the next request on a kept-alive connection
    void startFile(const HttpResponse &response, bool close); // a download (HttpResponse::bodyFile)
    void pumpFile();
    void dropFile();
    void refuse(const HttpResponse &response); // answer without reading the body, then linger
    void startLinger();
    void close();

    QTcpSocket *m_socket;
    HttpHandler *m_handler;
    QThreadPool *m_pool;
    HttpLimits m_limits;
    RequestLogger m_logger;
    State m_state = State::Head;
    QByteArray m_in;
    HttpRequest m_request;
    qint64 m_maxBody = 0;
    std::unique_ptr<http1::ChunkedDecoder> m_chunked;
    QElapsedTimer m_clock; // for the request log
    HttpClock *m_time;
    qint64 m_lastByteAt = 0; // on m_time
    qint64 m_phaseStart = 0; // when the current head, request, linger or close began
    qint64 m_requestStart = -1; // first byte of the request in hand, -1 between requests
    qint64 m_bytesReceived = 0;
    qint64 m_workedNs = 0; // on workers for the request in hand: authorization, then handling
    std::unique_ptr<QFile> m_file; // the download being sent (State::Sending)
    qint64 m_fileLeft = 0;
    bool m_closeAfterFile = false;
    bool m_shutdown = false;
    bool m_peerGone = false;
    bool m_wroteAll = false;
    bool m_finished = false;
};

} // namespace suara::server
