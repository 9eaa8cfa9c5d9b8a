#pragma once

#include "http1parser.h"
#include "httpmessage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

class QTcpSocket;
class QThreadPool;

namespace suara::server {

struct HttpLimits
{
    qsizetype maxHeadBytes = 16 * 1024;
    int idleTimeoutMs = 30'000;   // no byte from the client for this long: close
    int lingerMs = 2'000;         // after an early refusal, drain the unread body this long, then close
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
                   RequestLogger logger, QObject *parent = nullptr);
    ~HttpConnection() override;

    // Stop after the request in hand, if any; an idle or half-read connection ends now.
    void beginShutdown();
    [[nodiscard]] bool isHandling() const { return m_state == State::Handling; }

signals:
    void finished(suara::server::HttpConnection *self);

private:
    enum class State { Head, Body, Handling, Sending, Lingering, Closed };

    void onReadyRead();
    void process();
    void dispatch();
    void onHandled(const HttpResponse &response);
    void respond(const HttpResponse &response, bool close);
    void startFile(const HttpResponse &response, bool close);
    void pumpFile();   // tops the socket's write buffer up from the file, a chunk at a time
    void dropFile();   // closes and removes the file of a download
    void afterResponse(bool close);
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
    std::unique_ptr<QFile> m_file; // the download being sent (State::Sending)
    qint64 m_fileLeft = 0;
    bool m_closeAfterFile = false;
    QElapsedTimer m_clock;
    QTimer m_idle;
    bool m_shutdown = false;
    bool m_peerGone = false;
    bool m_wroteAll = false;
    bool m_finished = false;
};

} // namespace suara::server
