import QtQuick
import QtTest
import Suara.App

// Issue 7, acceptance: a visitor who taps every target twice within 80 ms stores nothing they did not
// see. Each second tap lands on the page that has just appeared, on whatever is under the finger.
KioskTestCase {
    name: "DoubleTap"

    function init() {
        setUpUnit()
        Session.reset()
        openKiosk()
    }

    function cleanup() {
        closeKiosk()
    }

    function test_aDoubleTapWalkStoresOnlyWhatWasSeen() {
        const before = StoreProbe.records().length

        doubleTap("startButton")
        compare(Session.step, Session.Service)
        compare(Session.service, "")

        doubleTap("serviceButton_kunjungan")
        compare(Session.step, Session.Profile)
        verify(Session.profile.empty) // the bounce did not pick a sex or an age

        doubleTap("profileNextButton")
        compare(Session.step, Session.Question)
        compare(Session.questionIndex, 0)
        compare(Session.question.answer, -1)

        const count = Session.questionCount
        for (let i = 0; i < count; ++i) {
            const yesNo = Session.question.kind === "yesno"
            doubleTap("answerButton_" + (yesNo ? 1 : 3))
            if (i + 1 < count) {
                compare(Session.questionIndex, i + 1, "one question per double tap")
                compare(Session.question.answer, -1, "the next question was answered unseen")
            }
        }
        compare(Session.step, Session.Gratification)
        compare(Session.gratification, "", "the integrity statement was made unseen")

        doubleTap("noRewardButton")
        compare(Session.step, Session.Gratification) // chosen, not yet confirmed
        compare(Session.gratification, "none")

        doubleTap("confirmStatementButton")
        compare(Session.step, Session.Comment) // the bounce did not press "Send" in the same corner
        compare(StoreProbe.records().length, before)

        doubleTap("submitButton")
        tryCompare(Session, "step", Session.ThankYou)

        const records = StoreProbe.records().slice(before)
        compare(records.length, 2)
        const answers = records[0].data.answers
        compare(Object.keys(answers).length, count)
        for (const key in answers)
            verify(answers[key] === 3, key + " stored " + answers[key])
        compare(records[1].type, "gratification_ack")
        compare(records[1].data.statement, "no_reward")
    }

    // A single deliberate tap on each page, after a look, still walks straight through.
    function test_aCalmVisitorIsNotSlowedDown() {
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        answerAllQuestions(4)
        state("reportRewardButton")
        compare(Session.step, Session.GratificationReport)
    }
}
