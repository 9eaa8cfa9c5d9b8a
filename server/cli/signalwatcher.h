#pragma once

#include <QObject>

class QSocketNotifier;

namespace suara::server::cli {

// SIGTERM and SIGINT as a Qt signal, through a self-pipe: the handler only writes one byte, and
// everything else happens in the event loop. After the watcher is gone both signals are ignored.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminate(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace suara::server::cli
