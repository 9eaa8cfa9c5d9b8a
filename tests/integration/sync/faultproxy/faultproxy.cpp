#include "faultproxy.h"

#include "proxyconnection.h"

namespace suara::faultproxy {

FaultProxy::FaultProxy(QHostAddress upstream, quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstream(std::move(upstream))
    , m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

bool FaultProxy::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

void FaultProxy::setRandom(double probability, const QList<Fault> &menu, quint32 seed)
{
    m_probability = probability;
    m_menu = menu;
    m_random.seed(seed);
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection())
        new ProxyConnection(client, this, m_upstream, m_upstreamPort);
}

void FaultProxy::forwarded(const QByteArray &requestLine)
{
    if (onForwarded)
        onForwarded(requestLine);
}

Fault FaultProxy::nextFault(const QByteArray &requestLine)
{
    ++m_requests;
    Fault fault;
    if (!m_pathFilter.isEmpty() && !requestLine.contains(m_pathFilter.toLatin1()))
        return fault;
    if (!m_script.isEmpty())
        fault = m_script.takeFirst();
    else if (!m_menu.isEmpty() && m_random.generateDouble() < m_probability)
        fault = m_menu.at(m_random.bounded(int(m_menu.size())));
    if (fault.kind != Fault::Kind::Pass) {
        ++m_faults;
        ++m_counts[fault.name()];
    }
    return fault;
}

} // namespace suara::faultproxy
