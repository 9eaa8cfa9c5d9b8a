#include "httpconnection.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>
#include <QThreadPool>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace suara::server {

namespace {
constexpr qint64 kSocketReadBuffer = 256 * 1024;
// A download is read from its file in chunks of this size while less than kSendWindow waits in the
// socket: memory per download stays at a few hundred KB whatever the file's size.
constexpr qint64 kFileChunk = 64 * 1024;
constexpr qint64 kSendWindow = 256 * 1024;

QByteArray serializeHead(const HttpResponse &r, bool close, qint64 bodyLength)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    out += "Date: "
        + QLocale::c()
              .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
              .toLatin1()
        + "\r\n";
    for (const auto &[name, value] : r.headers)
        out += name + ": " + value + "\r\n";
    const bool bodyless = r.status == 304 || r.status == 204 || (r.status >= 100 && r.status < 200);
    if (!bodyless)
        out += "Content-Length: " + QByteArray::number(bodyLength) + "\r\n";
    out += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    return out;
}

QByteArray serialize(const HttpResponse &r, bool close)
{
    QByteArray out = serializeHead(r, close, r.body.size());
    const bool bodyless = r.status == 304 || r.status == 204 || (r.status >= 100 && r.status < 200);
    if (!bodyless)
        out += r.body;
    return out;
}

// Linux delays the ACK of a segment by up to 40 ms hoping to piggyback it on an answer. A client that
// writes its head and its body in two writes (QNetworkAccessManager does) holds the body back under
// Nagle's rule until that ACK: each request would wait for the timer. Asking for an immediate ACK while
// a request is incomplete releases the body at once. Linux clears the flag by itself, so it is set
// again on every read. A failure costs latency only, never data, so it is not an error.
void ackNow(QTcpSocket *socket)
{
#ifdef TCP_QUICKACK
    const int one = 1;
    (void)::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
#else
    Q_UNUSED(socket);
#endif
}

// How long the server itself worked on a request, for the client to compare with what it waited
// (Server-Timing, W3C; docs/benchmarks.md "One sync batch on a LAN").
QByteArray serverTiming(qint64 ns)
{
    return "app;dur=" + QByteArray::number(double(ns) / 1e6, 'f', 3);
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpHandler *handler, QThreadPool *pool, const HttpLimits &limits,
                               HttpClock *clock, RequestLogger logger, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_pool(pool)
    , m_limits(limits)
    , m_logger(std::move(logger))
    , m_time(clock)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kSocketReadBuffer);
    // Every answer goes out in one write; Nagle would only hold its last segment back.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_time, &HttpClock::tick, this, &HttpConnection::onTick);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_peerGone = true;
        if (!isHandling())
            close(); // a request in hand finishes first; a download in progress ends here, its file removed
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_state == State::Sending) {
            m_phaseStart = m_time->nowMs(); // the client is reading: not idle
            pumpFile();
            return;
        }
        if (m_state == State::Lingering && !m_wroteAll && m_socket->bytesToWrite() == 0) {
            m_wroteAll = true;
            // Half-close: the client reads our answer, then sees EOF, instead of a reset that could
            // destroy the answer while it is still sending the body we refused.
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        }
    });
    m_lastByteAt = m_phaseStart = m_time->nowMs();
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    dropFile();
}

void HttpConnection::onReadyRead()
{
    if (m_state == State::Lingering) {
        m_socket->readAll(); // drained and dropped
        return;
    }
    if (isHandling() || m_state == State::Sending || m_state == State::Closed)
        return; // left in the socket buffer until the answer is out
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty() && m_in.isEmpty())
        return;
    m_bytesReceived += bytes.size();
    m_lastByteAt = m_time->nowMs();
    if (m_requestStart < 0 && (!bytes.isEmpty() || !m_in.isEmpty()))
        m_requestStart = m_phaseStart = m_lastByteAt; // the head's clock starts with its first byte
    m_in += bytes;
    process();
    if (m_state == State::Authorizing || m_state == State::Body || (m_state == State::Head && !m_in.isEmpty()))
        ackNow(m_socket); // the rest of this request is on its way
}

// Every deadline is a total measured on the injected clock, checked on its ticks: silence, a head
// that never ends, a request that trickles in, a refused client that keeps sending, an answer unread.
void HttpConnection::onTick()
{
    const qint64 now = m_time->nowMs();
    const auto over = [now](qint64 since, int limitMs) { return now - since >= limitMs; };
    switch (m_state) {
    case State::Authorizing:
    case State::Handling:
        return; // the worker is bounded by the database's statement timeout
    case State::Head:
        if (m_requestStart < 0 ? over(m_phaseStart, m_limits.keepAliveTimeoutMs)
                               : over(m_requestStart, m_limits.headTimeoutMs)
                    || over(m_lastByteAt, m_limits.idleTimeoutMs) || over(m_requestStart, m_limits.requestTimeoutMs))
            close(); // nothing was handled, so nothing is lost
        return;
    case State::Body:
        if (over(m_requestStart, m_limits.requestTimeoutMs) || over(m_lastByteAt, m_limits.idleTimeoutMs))
            close();
        return;
    case State::Sending:
        if (over(m_phaseStart, m_limits.idleTimeoutMs))
            close(); // a client that stopped reading its download
        return;
    case State::Lingering:
        if (over(m_phaseStart, m_limits.lingerMs))
            close();
        return;
    case State::Closed:
        if (over(m_phaseStart, m_limits.idleTimeoutMs))
            close(); // a client that never reads the answer
        return;
    }
}

void HttpConnection::process()
{
    while (m_state == State::Head || m_state == State::Body) {
        if (m_state == State::Head) {
            if (m_in.isEmpty())
                return;
            qsizetype consumed = 0;
            HttpRequest head;
            switch (http1::parseHead(m_in, m_limits.maxHeadBytes, &head, &consumed)) {
            case http1::Status::NeedMore:
                return;
            case http1::Status::TooLarge:
                refuse(m_handler->transportError(TransportError::HeadTooLarge, nullptr));
                return;
            case http1::Status::Error:
                refuse(m_handler->transportError(TransportError::BadRequest, nullptr));
                return;
            case http1::Status::Done:
                break;
            }
            m_clock.start();
            m_in.remove(0, consumed);
            head.peer = m_socket->peerAddress();
            m_request = std::move(head);
            HttpHandler::Admission admission = m_handler->admit(m_request);
            if (admission.reject) {
                refuse(*admission.reject);
                return;
            }
            m_maxBody = admission.maxBody;
            if (m_request.contentLength && *m_request.contentLength > m_maxBody) {
                refuse(m_handler->transportError(TransportError::BodyTooLarge, &m_request));
                return;
            }
            if (admission.authorizeFirst) {
                authorize();
                return;
            }
            startBody();
        }
        if (m_state == State::Body) {
            if (m_chunked) {
                switch (m_chunked->feed(m_in, m_request.body)) {
                case http1::Status::NeedMore:
                    return;
                case http1::Status::TooLarge:
                    refuse(m_handler->transportError(TransportError::BodyTooLarge, &m_request));
                    return;
                case http1::Status::Error:
                    refuse(m_handler->transportError(TransportError::BadRequest, &m_request));
                    return;
                case http1::Status::Done:
                    break;
                }
            } else {
                const qint64 length = m_request.contentLength.value_or(0);
                if (m_in.size() < length)
                    return;
                m_request.body = m_in.left(qsizetype(length));
                m_in.remove(0, qsizetype(length));
            }
            dispatch();
        }
    }
}

void HttpConnection::startBody()
{
    m_chunked.reset(m_request.chunked ? new http1::ChunkedDecoder(m_maxBody) : nullptr);
    // Only now, with the caller known, is the client told to send its body.
    if (http1::expectsContinue(m_request))
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_state = State::Body;
}

void HttpConnection::authorize()
{
    m_state = State::Authorizing;
    HttpConnection *self = this;
    HttpHandler *handler = m_handler;
    HttpRequest head = m_request;
    // As in dispatch(): never deleted while Authorizing, so `self` outlives the worker's call.
    m_pool->start([self, handler, head] {
        QElapsedTimer worked;
        worked.start();
        std::optional<HttpResponse> refusal = handler->authorize(head);
        const qint64 ns = worked.nsecsElapsed();
        QMetaObject::invokeMethod(
            self, [self, refusal, ns] { self->onAuthorized(refusal, ns); }, Qt::QueuedConnection);
    });
}

void HttpConnection::onAuthorized(const std::optional<HttpResponse> &refusal, qint64 workedNs)
{
    m_state = State::Head; // neither busy nor reading until decided below
    m_workedNs += workedNs;
    if (m_peerGone) {
        close();
        return;
    }
    if (refusal) {
        refuse(*refusal);
        return;
    }
    if (m_shutdown) {
        refuse(m_handler->transportError(TransportError::ShuttingDown, &m_request));
        return;
    }
    startBody();
    m_lastByteAt = m_time->nowMs(); // the client waited for us, not the other way round
    process();
    if (m_state == State::Body && m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::dispatch()
{
    m_state = State::Handling;
    HttpConnection *self = this;
    HttpHandler *handler = m_handler;
    HttpRequest request = m_request;
    // A connection is never deleted while Handling (see close()), so `self` outlives the worker's call.
    m_pool->start([self, handler, request] {
        QElapsedTimer worked;
        worked.start();
        HttpResponse response = handler->handle(request);
        const qint64 ns = worked.nsecsElapsed();
        QMetaObject::invokeMethod(
            self, [self, response, ns] { self->onHandled(response, ns); }, Qt::QueuedConnection);
    });
}

void HttpConnection::onHandled(HttpResponse response, qint64 workedNs)
{
    // The authorization before the body counts as the server's work too.
    response.setHeader("Server-Timing", serverTiming(m_workedNs + workedNs));
    if (m_logger)
        m_logger(m_request, response, m_clock.elapsed());
    if (m_peerGone) {
        if (!response.bodyFile.isEmpty())
            QFile::remove(response.bodyFile); // a download nobody waits for any more
        close();
        return;
    }
    const bool closeAfter = m_shutdown || !http1::keepAlive(m_request);
    if (!response.bodyFile.isEmpty()) {
        startFile(response, closeAfter);
        return;
    }
    respond(response, closeAfter);
    afterResponse(closeAfter);
}

void HttpConnection::afterResponse(bool closed)
{
    if (closed)
        return;
    m_state = State::Head;
    m_workedNs = 0;
    m_request = HttpRequest();
    m_requestStart = -1;
    m_phaseStart = m_time->nowMs(); // the keep-alive wait starts with the answer
    // Bytes that arrived while the request was handled (pipelining) are still in the socket.
    if (m_socket->bytesAvailable() > 0 || !m_in.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::respond(const HttpResponse &response, bool close)
{
    m_socket->write(serialize(response, close));
    if (close) {
        m_state = State::Closed;
        m_phaseStart = m_time->nowMs(); // a client that never reads the answer: see onTick()
        m_socket->disconnectFromHost(); // after the answer has been written
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            this->close();
    }
}

void HttpConnection::startFile(const HttpResponse &response, bool close)
{
    m_file = std::make_unique<QFile>(response.bodyFile);
    if (!m_file->open(QIODevice::ReadOnly)) {
        // The handler wrote it a moment ago; a file that cannot be opened now is a server fault.
        dropFile();
        HttpResponse failed;
        failed.status = 500;
        failed.setHeader("Content-Type", "application/json");
        failed.body = R"({"error":{"code":"internal","message":"the export file could not be read; retry later"}})";
        respond(failed, true);
        return;
    }
    m_fileLeft = m_file->size();
    m_closeAfterFile = close;
    m_state = State::Sending;
    m_phaseStart = m_time->nowMs();
    m_socket->write(serializeHead(response, close, m_fileLeft));
    pumpFile();
}

void HttpConnection::pumpFile()
{
    while (m_state == State::Sending && m_socket->bytesToWrite() < kSendWindow) {
        if (m_fileLeft == 0) {
            dropFile();
            if (m_closeAfterFile) {
                m_state = State::Closed;
                m_phaseStart = m_time->nowMs();
                m_socket->disconnectFromHost(); // after the rest has been written
                if (m_socket->state() == QAbstractSocket::UnconnectedState)
                    this->close();
                return;
            }
            afterResponse(false);
            return;
        }
        const QByteArray chunk = m_file->read(qMin(kFileChunk, m_fileLeft));
        if (chunk.isEmpty()) {
            // A short read: the client must see fewer bytes than Content-Length promised, never a
            // complete-looking file, so the connection is cut here.
            close();
            return;
        }
        m_fileLeft -= chunk.size();
        m_socket->write(chunk);
    }
}

void HttpConnection::dropFile()
{
    if (!m_file)
        return;
    m_file->close();
    m_file->remove();
    m_file.reset();
    m_fileLeft = 0;
}

void HttpConnection::refuse(const HttpResponse &response)
{
    if (m_logger)
        m_logger(m_request, response, m_clock.isValid() ? m_clock.elapsed() : 0);
    m_socket->write(serialize(response, true));
    m_socket->flush();
    startLinger();
}

void HttpConnection::startLinger()
{
    m_state = State::Lingering;
    m_in.clear();
    m_request.body.clear();
    m_phaseStart = m_time->nowMs();
    if (!m_wroteAll && m_socket->bytesToWrite() == 0) {
        m_wroteAll = true;
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    }
    m_socket->readAll();
}

void HttpConnection::beginShutdown()
{
    m_shutdown = true;
    if (isHandling() || m_state == State::Closed)
        return; // onAuthorized()/onHandled() see m_shutdown
    if (m_state == State::Head && m_in.isEmpty()) {
        close();
        return;
    }
    if (m_state == State::Head || m_state == State::Body) {
        refuse(m_handler->transportError(TransportError::ShuttingDown, m_state == State::Body ? &m_request : nullptr));
        return;
    }
    close();
}

void HttpConnection::close()
{
    if (isHandling() || m_finished)
        return;
    m_finished = true;
    m_state = State::Closed;
    dropFile();
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
    emit finished(this);
}

} // namespace suara::server
