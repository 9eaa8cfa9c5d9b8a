#include "httplistener.h"

#include <QTcpSocket>

namespace suara::server {

HttpListener::HttpListener(HttpHandler *handler, QThreadPool *pool, HttpLimits limits, HttpClock *clock,
                           QObject *parent)
    : QObject(parent)
    , m_handler(handler)
    , m_pool(pool)
    , m_limits(limits)
    , m_clock(clock ? clock : new SteadyHttpClock(250, this))
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpListener::onNewConnection);
}

bool HttpListener::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_server.listen(address, port)) {
        *error = m_server.errorString();
        return false;
    }
    return true;
}

void HttpListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_stopping || m_connections.size() >= m_limits.maxConnections) {
            const HttpResponse busy =
                m_handler->transportError(m_stopping ? TransportError::ShuttingDown : TransportError::Busy, nullptr);
            QByteArray out = "HTTP/1.1 " + QByteArray::number(busy.status) + ' ' + reasonPhrase(busy.status) + "\r\n";
            for (const auto &[name, value] : busy.headers)
                out += name + ": " + value + "\r\n";
            out +=
                "Content-Length: " + QByteArray::number(busy.body.size()) + "\r\nConnection: close\r\n\r\n" + busy.body;
            socket->write(out);
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        auto *connection = new HttpConnection(socket, m_handler, m_pool, m_limits, m_clock, m_logger, this);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::finished, this, &HttpListener::onFinished, Qt::QueuedConnection);
    }
}

void HttpListener::onFinished(HttpConnection *connection)
{
    if (!m_connections.remove(connection))
        return;
    connection->deleteLater();
    if (m_stopping && m_connections.isEmpty())
        emit stopped();
}

void HttpListener::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_server.close();
    const QSet<HttpConnection *> open = m_connections;
    for (HttpConnection *c : open)
        c->beginShutdown();
    if (m_connections.isEmpty())
        QMetaObject::invokeMethod(this, &HttpListener::stopped, Qt::QueuedConnection);
}

} // namespace suara::server
