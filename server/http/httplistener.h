#pragma once

#include "httpconnection.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTcpServer>

class QThreadPool;

namespace suara::server {

// Our own small HTTP/1.1 server over QTcpServer (docs/adr/0007-own-http-layer-and-early-413.md):
// Qt HTTP Server 6.4 buffers every request whole before any code of ours runs, so it cannot refuse a
// body by its Content-Length. Handlers run on `pool`; the socket work stays on this object's thread.
class HttpListener : public QObject
{
    Q_OBJECT
public:
    // `clock` judges every connection's deadlines; nullptr: a steady clock of the listener's own.
    HttpListener(HttpHandler *handler, QThreadPool *pool, HttpLimits limits = {}, HttpClock *clock = nullptr,
                 QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] int connectionCount() const { return int(m_connections.size()); }
    void setRequestLogger(RequestLogger logger) { m_logger = std::move(logger); }

    // Stops accepting, lets every request in hand finish and be answered, then emits stopped().
    void stop();

signals:
    void stopped();

private:
    void onNewConnection();
    void onFinished(HttpConnection *connection);

    QTcpServer m_server;
    HttpHandler *m_handler;
    QThreadPool *m_pool;
    HttpLimits m_limits;
    HttpClock *m_clock;
    RequestLogger m_logger;
    QSet<HttpConnection *> m_connections;
    bool m_stopping = false;
};

} // namespace suara::server
