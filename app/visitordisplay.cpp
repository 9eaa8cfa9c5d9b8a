#include "visitordisplay.h"

#include "surveysession.h"

namespace suara {

VisitorDisplay::VisitorDisplay(SurveySession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(m_session, &SurveySession::stepChanged, this, [this] {
        const bool welcome = m_session->step() == SurveySession::Step::Welcome;
        // A choice made on the welcome screen holds for the visit that follows it.
        if (welcome && m_inVisit)
            setLargeText(false);
        m_inVisit = !welcome;
    });
}

void VisitorDisplay::setLargeText(bool on)
{
    if (on == m_largeText)
        return;
    m_largeText = on;
    emit largeTextChanged();
}

} // namespace suara
