#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace suara {

// The kiosk's one source of time. Everything in app/ that waits (the page-settle gate, countdowns,
// the idle reset, the retry of a held visit) asks this clock and re-checks its deadlines on `ticked`,
// so tests drive time with a ManualClock instead of sleeping.
class Clock : public QObject
{
    Q_OBJECT
    // For QML, which measures how long something is held or shown on this clock (HoldButton's `now`).
    Q_PROPERTY(double nowMs READ nowMs NOTIFY ticked)

public:
    using QObject::QObject;

    // Local time with its UTC offset; callers convert with toUTC() where they need UTC.
    [[nodiscard]] virtual QDateTime now() const = 0;
    [[nodiscard]] double nowMs() const { return double(now().toMSecsSinceEpoch()); }

signals:
    // Often enough for a one-second countdown to look right; deadlines are checked here.
    void ticked();
};

// The wall clock, ticking four times a second. The local UTC offset is looked up at each tick, not at
// each now(): a local-time conversion asks the C library to re-check the time zone (a stat of
// /etc/localtime), and a visit asks for the time many times.
class SystemClock : public Clock
{
    Q_OBJECT

public:
    explicit SystemClock(QObject *parent = nullptr);
    [[nodiscard]] QDateTime now() const override
    {
        return QDateTime::currentDateTimeUtc().toOffsetFromUtc(m_offsetSeconds);
    }

private:
    QTimer m_timer;
    int m_offsetSeconds = 0;
};

// Time that moves only when a test says so; each advance ticks once.
class ManualClock : public Clock
{
    Q_OBJECT

public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTime(), QObject *parent = nullptr)
        : Clock(parent)
        , m_now(std::move(start))
    {
    }

    [[nodiscard]] QDateTime now() const override { return m_now; }
    Q_INVOKABLE void advance(int ms)
    {
        m_now = m_now.addMSecs(ms);
        emit ticked();
    }

private:
    QDateTime m_now;
};

} // namespace suara
