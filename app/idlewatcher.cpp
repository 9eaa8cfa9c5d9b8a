#include "idlewatcher.h"

#include <QEvent>

namespace suara {

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    setTimeoutSeconds(60);
}

void IdleWatcher::setTimeoutSeconds(int seconds)
{
    m_timer.setInterval(qMax(1, seconds) * 1000);
    poke();
}

void IdleWatcher::watch(QObject *target)
{
    target->installEventFilter(this);
}

void IdleWatcher::poke()
{
    m_timer.start();
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
