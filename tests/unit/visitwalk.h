#pragma once

#include "kioskcontext.h"

namespace suara::testing {

// A visitor walking the real SurveySession, with the kiosk's time in the test's hand: before each tap
// the visitor looks at the page for `lookMs` (the kiosk ignores taps on a page not yet seen), and each
// tap counts as input for the idle watcher, as a touch on the screen does.
class VisitWalk
{
public:
    VisitWalk(KioskContext &ctx, ManualClock &clock, int lookMs = SurveySession::kSettleMs)
        : m_ctx(ctx)
        , m_clock(clock)
        , m_lookMs(lookMs)
    {
    }

    SurveySession &session() { return m_ctx.session(); }
    void setLookMs(int ms) { m_lookMs = ms; }

    void look() { look(m_lookMs); }
    void look(int ms)
    {
        m_ctx.idle().poke();
        m_clock.advance(ms);
    }

    // Welcome -> the first question, with `service` and no profile.
    [[nodiscard]] bool begin(const QString &service = QStringLiteral("kunjungan"))
    {
        look();
        if (!session().start())
            return false;
        look();
        if (session().step() == SurveySession::Step::Service) {
            session().chooseService(service);
            look();
        }
        if (session().step() == SurveySession::Step::Profile) {
            session().finishProfile();
            look();
        }
        return session().step() == SurveySession::Step::Question;
    }

    void answerAll(int value)
    {
        while (session().step() == SurveySession::Step::Question) {
            session().answer(session().question().kind == QLatin1String("yesno") ? 0 : value);
            look();
        }
    }

    // "none" or "reported": choose the statement, look at the choice, confirm it.
    [[nodiscard]] bool state(const QString &statement)
    {
        session().chooseStatement(statement);
        look();
        session().confirmStatement();
        look();
        return session().step() != SurveySession::Step::Gratification;
    }

    [[nodiscard]] bool complete(int value, const QString &comment = {})
    {
        if (!begin())
            return false;
        answerAll(value);
        return state(QStringLiteral("none")) && session().submit(comment);
    }

    // ...who was asked for a reward, reports it without details, and sends.
    [[nodiscard]] bool completeWithReport(int value)
    {
        if (!begin())
            return false;
        answerAll(value);
        if (!state(QStringLiteral("reported")))
            return false;
        session().finishReport();
        look();
        return session().submit(QString());
    }

private:
    KioskContext &m_ctx;
    ManualClock &m_clock;
    int m_lookMs;
};

} // namespace suara::testing
