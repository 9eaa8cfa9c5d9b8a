#include "clock.h"

namespace suara {

SystemClock::SystemClock(QObject *parent)
    : Clock(parent)
{
    m_offsetSeconds = QDateTime::currentDateTime().offsetFromUtc();
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_offsetSeconds = QDateTime::currentDateTime().offsetFromUtc();
        emit ticked();
    });
    m_timer.start();
}

} // namespace suara
