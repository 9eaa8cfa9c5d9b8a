import QtQuick
import QtTest
import Suara.App

// Opens the real kiosk window (Main.qml, the real C++ services on a temporary store) and drives it
// by touch, finding controls by objectName the way a visitor finds them by sight. The kiosk's clock is
// a ManualClock (tst_qml.cpp): a visitor looks at a page for Session.settleMs before each tap, and
// timeouts are reached with Clock.advance(ms), never by sleeping.
TestCase {
    id: testCase

    property var window: null

    when: true

    function openKiosk(width, height) {
        const component = Qt.createComponent("qrc:/qt/qml/Suara/Ui/Main.qml")
        verify(component.status === Component.Ready, component.errorString())
        window = component.createObject(null, {width: width || 1280, height: height || 800})
        window.show()
        verify(waitForRendering(window.contentItem))
        return window
    }

    function closeKiosk() {
        if (window) {
            // Only once every pending relayout is drawn: Qt 6.4's layouts rearrange while a window is
            // torn down (the page Loader hides its page) and read items already freed if a polish is
            // still pending: without this wait, 8 of 15 runs of tst_visitorlayout and 1 of 15 of
            // tst_readaloud crashed, each deleting a window just after a language switch on the welcome
            // page (no polish loop reported). The frame is asked for, so the wait cannot time out on a
            // scene with nothing left to draw.
            settled()
            window.destroy()
            window = null
        }
    }

    // A frame drawn after the last change, so every layout has settled. It asks for the frame: a scene
    // with nothing left to do draws none, and waiting for one would time out.
    function settled() {
        window.update()
        verify(waitForRendering(window.contentItem))
    }

    // A control a person could use right now: present, shown, enabled and laid out with a real size.
    function control(name) {
        let found = null
        tryVerify(function() {
            found = findChild(window.contentItem, name)
            return found !== null && found.visible && found.enabled && found.width > 0 && found.height > 0
        }, 5000, "no usable control named " + name)
        return found
    }

    // Where an item is in the window.
    function rectOf(item) {
        const p = item.mapToItem(window.contentItem, 0, 0)
        return Qt.rect(p.x, p.y, item.width, item.height)
    }

    function intersects(a, b) {
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
    }

    // Where a label's words are: its rectangle less its padding (an icon can sit in the padding).
    function textRectOf(label) {
        const r = rectOf(label)
        return Qt.rect(r.x + label.leftPadding, r.y + label.topPadding, r.width - label.leftPadding - label.rightPadding,
                       r.height - label.topPadding - label.bottomPadding)
    }

    // The part of an item the visitor can see: inside the window and inside every clipping ancestor.
    function visibleRect(item) {
        let r = rectOf(item)
        for (let p = item.parent; p && p !== window.contentItem; p = p.parent) {
            if (!p.clip)
                continue
            const c = rectOf(p)
            const x = Math.max(r.x, c.x), y = Math.max(r.y, c.y)
            const right = Math.min(r.x + r.width, c.x + c.width), bottom = Math.min(r.y + r.height, c.y + c.height)
            r = Qt.rect(x, y, Math.max(0, right - x), Math.max(0, bottom - y))
        }
        return r
    }

    // Scrolls the enclosing list like a visitor would, until the item is inside the window. A page
    // whose layout is still settling (a list that has just become scrollable) is scrolled again once
    // it has.
    function scrollIntoView(item) {
        tryVerify(function() {
            for (let p = item.parent; p; p = p.parent) {
                if (p.contentY === undefined || p.contentHeight === undefined)
                    continue
                const y = item.mapToItem(p.contentItem, 0, 0).y
                const maxY = Math.max(0, p.contentHeight - p.height)
                // A third from the top, or centred when the item is too tall for that to show it whole.
                p.contentY = Math.max(0, Math.min(maxY, y - Math.min(p.height / 3, (p.height - item.height) / 2)))
            }
            const top = item.mapToItem(window.contentItem, 0, 0).y
            return top >= 0 && top + item.height <= window.height
        }, 3000, item.objectName + " cannot be scrolled into view")
    }

    // The visitor has looked at the page long enough for a tap to count.
    function look() {
        Clock.advance(Session.settleMs)
    }

    // Nothing above the item is still to be laid out: a page that has just come in places a positioner's
    // children on its first frame, and a tap aimed before that lands where the control is not yet.
    function laidOut(item) {
        tryVerify(function() {
            for (let p = item; p; p = p.parent) {
                if (isPolishScheduled(p))
                    return false
            }
            return true
        }, 3000, (item.objectName || String(item)) + " is still being laid out")
    }

    function tap(name) {
        const item = control(name)
        laidOut(item)
        scrollIntoView(item)
        look()
        mouseClick(item)
        return item
    }

    // Two taps on the same spot, `gapMs` apart (a double tap, or a tap that bounces): the second lands
    // on whatever is under the finger by then, usually the next page.
    function doubleTap(name, gapMs) {
        const item = control(name)
        scrollIntoView(item)
        look()
        const spot = item.mapToItem(window.contentItem, item.width / 2, item.height / 2)
        mouseClick(window.contentItem, spot.x, spot.y)
        verify(waitForRendering(window.contentItem)) // the next page is on screen
        Clock.advance(gapMs === undefined ? 80 : gapMs)
        mouseClick(window.contentItem, spot.x, spot.y)
    }

    // The integrity statement: tap one of the two statements, then confirm it.
    function state(statementButton) {
        tap(statementButton)
        tap("confirmStatementButton")
    }

    // Holds for `ms` on the kiosk's clock, not for real.
    function pressAndHold(name, ms) {
        const item = control(name)
        mousePress(item)
        Clock.advance(ms)
        mouseRelease(window.contentItem) // the pressed item may be gone by now
    }

    function enterPin(pin) {
        for (let i = 0; i < pin.length; ++i)
            tap("pinKey_" + pin[i])
        tap("pinConfirm")
        tryCompare(Admin, "checking", false) // the PIN is checked off the GUI thread
    }

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    // A unit that has been set up: PIN chosen, admin area closed, no waiting between visitors.
    function setUpUnit() {
        if (!Admin.hasPin)
            verify(Admin.setPin("802468", "802468"))
        Admin.lock()
        Settings.unitCode = "LP-01"
        Settings.cooldownSeconds = 0
        Settings.defaultLanguage = "id"
    }

    function answerAllQuestions(value) {
        while (Session.step === Session.Question) {
            const index = Session.questionIndex
            const yesNo = Session.question.kind === "yesno"
            tap("answerButton_" + (yesNo ? 0 : value))
            tryVerify(function() { return Session.step !== Session.Question || Session.questionIndex === index + 1 },
                      5000, "the answer did not move to the next question")
        }
    }
}
