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
        tap("reportRewardButton")
        compare(Session.step, Session.GratificationReport)
        control("gratificationReportPage")
        tap("reportField_kind_asked")
        tap("reportField_what_money")
        tap("reportField_when_today")
        tap("reportCounterInput")
        typeText("Loket 2")
        tap("reportDoneButton")
        compare(Session.report.kind, "asked")
        compare(Session.report.what, "money")
        compare(Session.report.counter, "Loket 2")
        compare(Session.step, Session.Comment)
        tap("submitButton")
        tryCompare(Session, "step", Session.ThankYou)
        Summary.refresh()
        compare(Summary.gratificationReports, 1)
    }

    function test_backFromTheReportKeepsTheChoiceOpen() {
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        answerAllQuestions(3)
        tap("reportRewardButton")
        tap("backButton")
        compare(Session.step, Session.Gratification)
        tap("noRewardButton")
        compare(Session.step, Session.Comment)
    }
}
