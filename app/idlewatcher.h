#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

namespace suara {

class Clock;

// Watches every touch, click and key press in the application and says when nobody has touched the
// kiosk for the configured time, so the next visitor never sees the previous one's answers.
// When a visit is under way it first asks "Still there?" with a countdown; any touch cancels it.
class IdleWatcher : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int warningRemaining READ warningRemaining NOTIFY warningChanged)

public:
    static constexpr int kWarningSeconds = 15;

    explicit IdleWatcher(Clock *clock, QObject *parent = nullptr);

    void setTimeoutSeconds(int seconds);
    // Asked at the timeout: is there something of a visitor's to lose (then warn first)?
    void setWarnWhen(std::function<bool()> hasVisit) { m_hasVisit = std::move(hasVisit); }
    void watch(QObject *target);
    Q_INVOKABLE void poke();

    // Seconds until the reset while "Still there?" shows; 0 when it does not.
    [[nodiscard]] int warningRemaining() const { return m_warningRemaining; }

signals:
    void idle();
    void warningChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTick();
    void setWarningRemaining(int seconds);

    Clock *m_clock;
    std::function<bool()> m_hasVisit;
    int m_timeoutMs = 60 * 1000;
    QDateTime m_lastInput;
    QDateTime m_warningUntil; // invalid: no warning showing
    bool m_fired = false; // idle() is said once per quiet spell
    int m_warningRemaining = 0;
};

} // namespace suara
