#include "proxyconnection.h"

#include "faultproxy.h"

#include <QTimer>

namespace suara::faultproxy {

namespace {
QByteArray cannedResponse(int status, const QByteArray &reason, const QByteArray &html)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: text/html\r\nContent-Length: "
        + QByteArray::number(html.size()) + "\r\nConnection: close\r\n\r\n" + html;
}
} // namespace

ProxyConnection::ProxyConnection(QTcpSocket *client, FaultProxy *proxy, const QHostAddress &upstream, quint16 port)
    : QObject(proxy)
    , m_client(client)
    , m_upstream(new QTcpSocket(this))
    , m_proxy(proxy)
{
    m_client->setParent(this);
    connect(m_client, &QTcpSocket::readyRead, this, &ProxyConnection::onClientData);
    connect(m_client, &QTcpSocket::disconnected, this, &ProxyConnection::closeBoth);
    connect(m_upstream, &QTcpSocket::readyRead, this, &ProxyConnection::onUpstreamData);
    connect(m_upstream, &QTcpSocket::disconnected, this, &ProxyConnection::closeBoth);
    connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            closeBoth(); // the server is down: the client sees its connection drop
    });
    connect(m_upstream, &QTcpSocket::connected, this, [this] { m_upstream->write(std::exchange(m_pendingUp, {})); });
    m_upstream->connectToHost(upstream, port);
}

void ProxyConnection::toUpstream(const QByteArray &bytes)
{
    if (m_upstream->state() == QAbstractSocket::ConnectedState)
        m_upstream->write(bytes);
    else
        m_pendingUp += bytes;
}

void ProxyConnection::forward(const QByteArray &request)
{
    toUpstream(request);
    m_upstream->flush();
    m_proxy->forwarded(request.left(request.indexOf("\r\n")));
}

void ProxyConnection::closeBoth()
{
    if (m_closed)
        return;
    m_closed = true;
    // Aborting one socket emits its disconnected() at once; nothing may react to that any more.
    m_client->disconnect(this);
    m_upstream->disconnect(this);
    m_client->abort();
    m_upstream->abort();
    deleteLater();
}

void ProxyConnection::answerAndClose(const QByteArray &response)
{
    m_closed = true;
    m_upstream->disconnect(this);
    m_upstream->abort();
    m_client->write(response);
    m_client->flush();
    m_client->disconnectFromHost();
    QTimer::singleShot(2000, this, [this] {
        m_client->abort();
        deleteLater();
    });
}

qint64 ProxyConnection::requestSize() const
{
    const qsizetype headerEnd = m_in.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return -1;
    qint64 length = 0;
    for (const QByteArray &line : m_in.left(headerEnd).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            length = line.mid(colon + 1).trimmed().toLongLong();
        if (colon > 0 && line.left(colon).trimmed().toLower() == "transfer-encoding")
            return -2; // chunked requests are not needed by Suara's clients
    }
    const qint64 total = headerEnd + 4 + length;
    return m_in.size() >= total ? total : -1;
}

void ProxyConnection::onClientData()
{
    if (m_closed)
        return;
    m_in += m_client->readAll();
    processRequests();
}

void ProxyConnection::processRequests()
{
    while (!m_closed && !m_holding && !m_swallowing) {
        const qint64 size = requestSize();
        if (size == -2)
            return closeBoth();
        if (size < 0)
            return; // wait for the rest
        const QByteArray request = m_in.left(size);
        m_in.remove(0, size);
        const Fault fault = m_proxy->nextFault(request.left(request.indexOf("\r\n")));
        switch (fault.kind) {
        case Fault::Kind::Pass:
            m_responseBudget = -1; // a cut larger than the previous answer does not carry over
            forward(request);
            break;
        case Fault::Kind::CutRequest:
            toUpstream(request.left(fault.bytes));
            m_upstream->flush();
            // Give the bytes a moment to reach the server, then drop both ends mid-request.
            m_holding = true;
            QTimer::singleShot(50, this, &ProxyConnection::closeBoth);
            return;
        case Fault::Kind::CutResponse:
            m_responseBudget = fault.bytes;
            forward(request);
            break;
        case Fault::Kind::Delay:
            m_holding = true;
            QTimer::singleShot(fault.ms, this, [this, request] {
                if (m_closed)
                    return;
                m_holding = false;
                forward(request);
                processRequests();
            });
            return;
        case Fault::Kind::Reply502:
            return answerAndClose(
                cannedResponse(502, "Bad Gateway", "<html><body><h1>502 Bad Gateway</h1></body></html>"));
        case Fault::Kind::CaptivePortal:
            return answerAndClose(cannedResponse(200, "OK",
                                                 "<html><body>Welcome! Please log in to use the "
                                                 "Wi-Fi.<form><input name=room></form></body></html>"));
        case Fault::Kind::Hang:
            m_swallowing = true; // nothing more is read or answered on this connection
            return;
        }
    }
}

void ProxyConnection::onUpstreamData()
{
    if (m_closed)
        return;
    const QByteArray bytes = m_upstream->readAll();
    if (m_responseBudget < 0) {
        m_client->write(bytes);
        return;
    }
    if (m_cutting)
        return;
    const qint64 allowed = std::min<qint64>(m_responseBudget, bytes.size());
    m_client->write(bytes.left(allowed));
    m_client->flush();
    m_responseBudget -= allowed;
    if (m_responseBudget == 0) {
        // The server has answered (and committed); the client never sees the end of it.
        m_cutting = true;
        QTimer::singleShot(20, this, &ProxyConnection::closeBoth);
    }
}

} // namespace suara::faultproxy
