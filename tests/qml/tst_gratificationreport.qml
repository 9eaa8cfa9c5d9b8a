import QtQuick
import QtTest
import Suara.App

// A visitor reports that a reward was asked for; the report is stored for the UPG, without a name.
KioskTestCase {
    name: "GratificationReport"

    function init() {
        setUpUnit()
        Session.reset()
        openKiosk()
    }

    function cleanup() {
        closeKiosk()
    }

    function test_reportAReward() {
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        answerAllQuestions(2)
        state("reportRewardButton")
        compare(Session.step, Session.GratificationReport)
        control("gratificationReportPage")
        tap("reportField_kind_asked")
        tap("reportField_what_money")
        tap("reportField_when_today")
        tap("reportCounterInput")
        typeText("Loket 2")
        tap("reportDoneButton")
        compare(Session.report.value("kind"), "asked")
        compare(Session.report.value("what"), "money")
        compare(Session.report.value("counter"), "Loket 2")
        compare(Session.step, Session.Comment)
        tap("submitButton")
        tryCompare(Session, "step", Session.ThankYou)
        control("reportReceivedNote") // the thank-you says the report was received
        // The summary is read off the GUI thread at start and folds each visit in; wait for the read.
        tryCompare(Summary, "ready", true)
        compare(Summary.gratificationReports, 1)
    }

    function test_backFromTheReportKeepsTheChoiceOpen() {
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        answerAllQuestions(3)
        state("reportRewardButton")
        tap("backButton")
        compare(Session.step, Session.Gratification)
        state("noRewardButton")
        compare(Session.step, Session.Comment)
    }

    // Both statements look alike: neither is the coloured "continue" of every other page.
    function test_theStatementsAreEquals() {
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        answerAllQuestions(3)
        const none = control("noRewardButton")
        const reported = control("reportRewardButton")
        compare(none.kind, reported.kind)
        compare(none.large, reported.large)
        compare(none.height, reported.height)
        compare(none.width, reported.width)
        compare(none.background.color, reported.background.color)
        verify(!findChild(window.contentItem, "confirmStatementButton").enabled, "nothing to confirm yet")
        tap("reportRewardButton")
        verify(reported.selected && !none.selected)
        control("confirmStatementButton")
    }

    function test_aTypedMessageIsNeverSkippedAway() {
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        answerAllQuestions(3)
        state("noRewardButton")
        control("skipCommentButton")
        tap("commentInput")
        typeText("Ramah")
        tryVerify(function() { return !findChild(window.contentItem, "skipCommentButton").visible })
        control("clearCommentButton")
        verify(findChild(window.contentItem, "commentCounter").text.indexOf("5 / 2.000") === 0,
               findChild(window.contentItem, "commentCounter").text)
        tap("submitButton")
        tryCompare(Session, "step", Session.ThankYou)
        const records = StoreProbe.records()
        compare(records[records.length - 2].data.comment, "Ramah")
    }
}
