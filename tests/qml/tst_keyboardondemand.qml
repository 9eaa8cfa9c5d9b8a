import QtQuick
import QtTest
import Suara.App
import Suara.Components

// The on-screen keyboard is not part of start-up (docs/adr/0043): the kiosk shows its first screen,
// and a visit that types nothing runs, without one; the first tap on a text field makes it, and that
// same tap opens it over the page, which gives up the room it takes.
KioskTestCase {
    name: "KeyboardOnDemand"

    function init() {
        setUpUnit()
        Session.reset()
    }

    function cleanup() {
        if (OnScreenKeyboard.visible)
            OnScreenKeyboard.hide()
        closeKiosk()
    }

    // Every Qt Virtual Keyboard InputPanel in the window, found by a property only an InputPanel has,
    // so the check does not depend on how the kiosk names or wraps it.
    function inputPanels() {
        const found = []
        const walk = function(item) {
            if (item.externalLanguageSwitchEnabled !== undefined)
                found.push(item)
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i])
        }
        walk(window.contentItem)
        return found
    }

    function test_1_noKeyboardAtStartNorForAVisitWithoutText() {
        openKiosk(1280, 800)
        verify(waitForRendering(window.contentItem))
        compare(inputPanels().length, 0, "the on-screen keyboard was made at start-up")
        verify(!OnScreenKeyboard.needed)

        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        answerAllQuestions(3)
        control("gratificationPage")
        compare(inputPanels().length, 0, "pages without a text field made the keyboard")
    }

    function test_2_theFirstTapOnATextFieldMakesTheKeyboardAndOpensIt() {
        openKiosk(1280, 800)
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        answerAllQuestions(3)
        state("noRewardButton")
        control("commentPage")
        compare(inputPanels().length, 0)
        const pageBottom = control("submitButton").mapToItem(window.contentItem, 0, 0).y

        const input = tap("commentInput")
        verify(input.activeFocus)
        tryVerify(function() { return inputPanels().length === 1 }, 5000, "no keyboard after the tap on the field")
        tryCompare(OnScreenKeyboard, "visible", true, 5000, "the tap that made the keyboard did not open it")
        const panel = inputPanels()[0]
        verify(panel.height > 0)
        verify(waitForRendering(window.contentItem))
        const top = panel.mapToItem(window.contentItem, 0, 0).y
        verify(top > 0 && top < window.height, "the keyboard is not on screen: y " + top)
        // The page moved up out of its way.
        const send = control("submitButton")
        verify(send.mapToItem(window.contentItem, 0, 0).y + send.height <= top + 1)
        verify(send.mapToItem(window.contentItem, 0, 0).y < pageBottom)

        // Closed and opened again: still the one keyboard.
        OnScreenKeyboard.hide()
        tryCompare(OnScreenKeyboard, "visible", false)
        Qt.inputMethod.show()
        tryCompare(OnScreenKeyboard, "visible", true)
        compare(inputPanels().length, 1)
    }
}
