#include "clock.h"

namespace suara {

SystemClock::SystemClock(QObject *parent)
    : Clock(parent)
{
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &Clock::ticked);
    m_timer.start();
}

} // namespace suara
