#pragma once

#include "fault.h"

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QRandomGenerator>
#include <functional>

namespace suara::faultproxy {

// A TCP proxy between a client and an HTTP server that injects scripted faults per request. It reads
// just enough HTTP (request line, headers, Content-Length) to tell requests apart on a kept-alive
// connection; answers are passed through as bytes. Requests take faults from the script in order,
// then from the random menu (if set), else pass.
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    FaultProxy(QHostAddress upstream, quint16 upstreamPort, QObject *parent = nullptr);

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }

    void setScript(const QList<Fault> &script) { m_script = script; }
    // After the script: each request gets a fault from `menu` with this probability (reproducible seed).
    void setRandom(double probability, const QList<Fault> &menu, quint32 seed);
    // Only requests whose path contains this text are faulted (e.g. "/records"); others pass.
    void setPathFilter(const QString &contains) { m_pathFilter = contains; }

    [[nodiscard]] int requests() const { return m_requests; }
    [[nodiscard]] int faults() const { return m_faults; }
    [[nodiscard]] QMap<QString, int> faultCounts() const { return m_counts; }

    // Called when a whole request has been handed to the server (tests kill the server right then).
    std::function<void(const QByteArray &requestLine)> onForwarded;

    // Used by the connections.
    Fault nextFault(const QByteArray &requestLine);
    void forwarded(const QByteArray &requestLine);

private:
    void onNewConnection();

    QTcpServer m_server;
    QHostAddress m_upstream;
    quint16 m_upstreamPort;
    QList<Fault> m_script;
    QList<Fault> m_menu;
    double m_probability = 0;
    QRandomGenerator m_random;
    QString m_pathFilter;
    int m_requests = 0;
    int m_faults = 0;
    QMap<QString, int> m_counts;
};

} // namespace suara::faultproxy
