#pragma once

#include <QObject>

namespace suara {

class SurveySession;

// How the current visitor wants the screens shown: large text with high contrast, or the usual look.
// The visitor's choice lasts until their visit ends (back on the welcome screen after a visit, by
// "Done", the thank-you timeout or the idle reset); the next visitor starts with the usual look.
class VisitorDisplay : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY largeTextChanged)

public:
    explicit VisitorDisplay(SurveySession *session, QObject *parent = nullptr);

    [[nodiscard]] bool largeText() const { return m_largeText; }
    void setLargeText(bool on);
    Q_INVOKABLE void toggle() { setLargeText(!m_largeText); }

signals:
    void largeTextChanged();

private:
    SurveySession *m_session;
    bool m_largeText = false;
    bool m_inVisit = false; // left the welcome screen since the choice was made
};

} // namespace suara
