import QtQuick
import QtTest
import Suara.App

// A visitor walks away mid-survey: after the idle timeout the kiosk is back on the welcome screen and
// nothing they chose is visible or reachable.
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
        wait(6000)
        compare(Session.step, Session.Question) // not yet
        tryCompare(Session, "step", Session.Welcome, 8000)
        control("welcomePage")
        compare(Object.keys(Session.profile).length, 0)
        compare(Session.service, "")
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        compare(Session.question.answer, -1)
    }
}
