import QtQuick
import QtTest
import Suara.App

// A visitor walks away mid-survey: "Still there?" first, then after its countdown the kiosk is back on
// the welcome screen and nothing they chose is visible or reachable. A tap on the prompt keeps the visit.
KioskTestCase {
    name: "IdleReset"

    function initTestCase() {
        setUpUnit()
        Settings.idleTimeoutSeconds = 10
        openKiosk()
    }

    function cleanupTestCase() {
        closeKiosk()
    }

    function test_walkingAwayResetsTheKiosk() {
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileField_age_30-39")
        tap("profileNextButton")
        tap("answerButton_1")
        tryCompare(Session, "questionIndex", 1)
        Clock.advance(9000)
        compare(Session.step, Session.Question) // not yet
        compare(Idle.warningRemaining, 0)
        Clock.advance(1000)
        control("stillTherePrompt")
        compare(Idle.warningRemaining, 15)

        tap("stillThereButton") // "yes": the visit stays, the prompt goes
        compare(Idle.warningRemaining, 0)
        compare(Session.step, Session.Question)
        compare(Session.questionIndex, 1)

        Clock.advance(10000)
        control("stillTherePrompt")
        Clock.advance(14000)
        compare(Session.step, Session.Question) // the countdown is not over
        Clock.advance(1000)
        compare(Session.step, Session.Welcome)
        control("welcomePage")
        verify(Session.profile.empty)
        compare(Session.service, "")
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        compare(Session.question.answer, -1)
    }

    function test_aTapOnThePromptDoesNotAnswer() {
        Session.reset()
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        Clock.advance(10000)
        const prompt = control("stillTherePrompt")
        // Where the answers are, under the dimmed page: the tap only keeps the visit.
        const face = findChild(window.contentItem, "answerButton_4")
        const spot = face.mapToItem(window.contentItem, face.width / 2, face.height / 2)
        mouseClick(window.contentItem, spot.x, spot.y)
        compare(Idle.warningRemaining, 0)
        compare(Session.questionIndex, 0)
        compare(Session.question.answer, -1)
        Session.reset()
    }
}
