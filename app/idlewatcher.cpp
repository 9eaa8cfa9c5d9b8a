#include "idlewatcher.h"

#include "clock.h"

#include <QEvent>

namespace suara {

IdleWatcher::IdleWatcher(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_lastInput(clock->now())
{
    connect(m_clock, &Clock::ticked, this, &IdleWatcher::onTick);
}

void IdleWatcher::setTimeoutSeconds(int seconds)
{
    m_timeoutMs = qMax(1, seconds) * 1000;
    poke();
}

void IdleWatcher::watch(QObject *target)
{
    target->installEventFilter(this);
}

void IdleWatcher::poke()
{
    m_lastInput = m_clock->now();
    m_warningUntil = {};
    m_fired = false;
    setWarningRemaining(0);
}

void IdleWatcher::setWarningRemaining(int seconds)
{
    if (m_warningRemaining == seconds)
        return;
    m_warningRemaining = seconds;
    emit warningChanged();
}

void IdleWatcher::onTick()
{
    if (m_fired)
        return;
    const QDateTime now = m_clock->now();
    if (m_warningUntil.isValid()) {
        const qint64 left = now.msecsTo(m_warningUntil);
        if (left > 0) {
            setWarningRemaining(int((left + 999) / 1000));
            return;
        }
    } else if (m_lastInput.msecsTo(now) < m_timeoutMs) {
        return;
    } else if (m_hasVisit && m_hasVisit()) {
        m_warningUntil = now.addSecs(kWarningSeconds);
        setWarningRemaining(kWarningSeconds);
        return;
    }
    m_fired = true;
    m_warningUntil = {};
    setWarningRemaining(0);
    emit idle();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace suara
