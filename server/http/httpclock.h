#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace suara::server {

// The time the HTTP layer judges its deadlines by (head, whole request, idle, keep-alive, linger).
// Connections read nowMs() and check their deadlines on each tick(); tests drive a manual clock, so
// a deadline test advances time instead of waiting for it.
class HttpClock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    [[nodiscard]] virtual qint64 nowMs() const = 0;

signals:
    void tick();
};

// Monotonic time, ticking every `granularityMs`: one timer for all connections instead of one each.
class SteadyHttpClock : public HttpClock
{
    Q_OBJECT
public:
    explicit SteadyHttpClock(int granularityMs = 250, QObject *parent = nullptr)
        : HttpClock(parent)
    {
        m_elapsed.start();
        m_timer.setInterval(granularityMs);
        connect(&m_timer, &QTimer::timeout, this, &HttpClock::tick);
        m_timer.start();
    }
    [[nodiscard]] qint64 nowMs() const override { return m_elapsed.elapsed(); }

private:
    QElapsedTimer m_elapsed;
    QTimer m_timer;
};

} // namespace suara::server
