#pragma once

#include "fault.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpSocket>

namespace suara::faultproxy {

class FaultProxy;

// One client connection and its upstream connection. Requests are handled one at a time (HTTP/1.1
// clients do not pipeline), so every upstream byte after a request was forwarded belongs to its answer.
class ProxyConnection : public QObject
{
    Q_OBJECT

public:
    ProxyConnection(QTcpSocket *client, FaultProxy *proxy, const QHostAddress &upstream, quint16 port);

private:
    void onClientData();
    void onUpstreamData();
    void processRequests();
    // The size of the first complete request header + body in m_in, or -1 when incomplete; -2 when
    // the header ends but the request is not HTTP we understand.
    [[nodiscard]] qint64 requestSize() const;
    void toUpstream(const QByteArray &bytes);
    void forward(const QByteArray &request);
    void answerAndClose(const QByteArray &response);
    void closeBoth();

    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    FaultProxy *m_proxy;
    QByteArray m_in; // client bytes not yet handled
    QByteArray m_pendingUp; // bytes for the server while it is still connecting
    bool m_holding = false; // a delayed request: wait before handling more
    bool m_swallowing = false;
    qint64 m_responseBudget = -1; // CutResponse: answer bytes still allowed through; -1 = unlimited
    bool m_cutting = false; // CutResponse: the budget is spent, the connection is about to drop
    bool m_closed = false;
};

} // namespace suara::faultproxy
