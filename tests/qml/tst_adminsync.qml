import QtQuick
import QtTest
import Suara.App

// The admin "Sync" section: a kiosk that is not enrolled shows the form; an address where no server
// answers gives a sentence in the kiosk's language, and visitors carry on as if nothing happened.
KioskTestCase {
    name: "AdminSync"

    function initTestCase() {
        setUpUnit()
        openKiosk()
    }

    function cleanupTestCase() {
        closeKiosk()
    }

    function openSyncSection() {
        Admin.requestAccess()
        control("pinPage")
        enterPin("802468")
        tryCompare(Admin, "unlocked", true)
        tap("adminSection_sync")
    }

    function replaceText(name, text) {
        const field = tap(name)
        tryVerify(function() { return field.activeFocus }, 2000, name + " did not take focus")
        field.selectAll()
        keyClick(Qt.Key_Delete)
        typeText(text)
        compare(field.text, text)
    }

    function test_1_notEnrolledShowsTheForm() {
        openSyncSection()
        compare(Sync.enrolled, false)
        compare(Sync.state, "notEnrolled")
        control("syncEnrollCard")
        control("syncServerInput")
        control("syncCodeInput")
        control("syncEnrollButton")
        verify(!findChild(window.contentItem, "syncNowButton").visible)
        verify(!findChild(window.contentItem, "syncError").visible)
        compare(findChild(window.contentItem, "syncPending").value, "0")
    }

    function test_2_aMissingCodeIsAskedFor() {
        replaceText("syncServerInput", "http://127.0.0.1:9")
        tap("syncEnrollButton")
        const notice = control("syncEnrollNotice")
        compare(notice.tone, "danger")
        verify(notice.text.indexOf("kode") >= 0, notice.text)
        compare(Sync.busy, false)
    }

    function test_3_anUnreachableServerIsExplainedInWords() {
        replaceText("syncCodeInput", "7KQ4-MX2P")
        tap("syncEnrollButton")
        tryVerify(function() { return !Sync.busy && Sync.noticeIsError && Sync.notice.length > 0 }, 20000,
                  "enrolling with an unreachable server never ended")
        const notice = control("syncEnrollNotice")
        compare(notice.tone, "danger")
        // Indonesian, the kiosk's default language, and it says the answers are safe.
        verify(notice.text.indexOf("Server tidak dapat dihubungi") >= 0, notice.text)
        verify(notice.text.indexOf("aman") >= 0, notice.text)
        compare(Sync.enrolled, false)
        control("syncEnrollButton") // usable again
        // A sync problem is never the visitors' problem.
        compare(Errors.kioskUnavailable, false)
        compare(Session.step, Session.Welcome)

        // The sentence follows the language switch.
        Language.toggle()
        compare(Language.language, "en")
        tryVerify(function() { return notice.text.indexOf("cannot be reached") >= 0 }, 2000, notice.text)
        Language.toggle()
        tryVerify(function() { return notice.text.indexOf("tidak dapat dihubungi") >= 0 }, 2000, notice.text)
    }

    function test_4_visitorsCarryOn() {
        tap("adminLockButton")
        tryCompare(Admin, "unlocked", false)
        control("welcomePage")
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        answerAllQuestions(4)
        state("noRewardButton")
        tap("submitButton")
        tryCompare(Session, "step", Session.ThankYou)
        control("thankYouPage")
        tryCompare(Sync, "pendingCount", 2)
        compare(Errors.kioskUnavailable, false)
    }
}
