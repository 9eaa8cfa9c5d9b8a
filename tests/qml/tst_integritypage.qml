import QtQuick
import QtTest
import Suara.App
import Suara.Components

// The integrity statement in every look and orientation: the shield stands beside the title, both
// statements and Continue can be reached (scrolling only when the page is taller than the screen), and
// Continue moves on. Large text on a landscape tablet is the case that used to leave Continue below
// the screen with nothing to scroll.
KioskTestCase {
    name: "IntegrityPage"

    function init() {
        setUpUnit()
        Session.reset()
    }

    function cleanup() {
        closeKiosk()
    }

    function goToStatement(data) {
        openKiosk(data.w, data.h)
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        answerAllQuestions(3)
        control("gratificationPage")
        if (data.large)
            tap("largeTextButton")
        compare(Theme.largeText, data.large)
        verify(waitForRendering(window.contentItem))
    }

    // An item the visitor can see whole: inside the window and not cut by the page's scrolling.
    function verifyWhole(item) {
        const r = rectOf(item)
        const v = visibleRect(item)
        verify(r.y >= 0 && r.y + r.height <= window.height && r.x >= 0 && r.x + r.width <= window.width,
               item.objectName + " is outside the window: " + JSON.stringify(r))
        verify(Math.abs(v.width - r.width) < 1 && Math.abs(v.height - r.height) < 1,
               item.objectName + " is cut by the scrolling area: " + JSON.stringify(v))
    }

    function flickableOf(item) {
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentY !== undefined && p.contentHeight !== undefined)
                return p
        }
        return null
    }

    function test_statementCanBeConfirmed_data() {
        return [{tag: "large landscape", large: true, w: 1280, h: 800},
                {tag: "large small landscape", large: true, w: 1024, h: 600},
                {tag: "large portrait", large: true, w: 800, h: 1280},
                {tag: "normal landscape", large: false, w: 1280, h: 800},
                {tag: "normal portrait", large: false, w: 800, h: 1280}]
    }

    function test_statementCanBeConfirmed(data) {
        goToStatement(data)

        const icon = control("integrityIcon")
        const title = control("integrityTitle")
        verify(!intersects(rectOf(icon), textRectOf(title)), "the shield lies over the title")
        verify(rectOf(icon).x + icon.width <= textRectOf(title).x, "the shield is not beside the title")
        verifyWhole(icon)

        // A statement in large text on a landscape screen can be taller than the part that scrolls:
        // the visitor scrolls until its middle is in view and taps there.
        const statement = control("noRewardButton")
        const flick = flickableOf(statement)
        verify(flick !== null)
        const middle = statement.mapToItem(flick.contentItem, 0, statement.height / 2).y
        flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, middle - flick.height / 2))
        verify(waitForRendering(window.contentItem))
        const spot = statement.mapToItem(window.contentItem, statement.width / 2, statement.height / 2)
        const v = visibleRect(statement)
        verify(spot.y > v.y && spot.y < v.y + v.height && spot.y < window.height, "the statement cannot be reached")
        look()
        mouseClick(window.contentItem, spot.x, spot.y)
        tryCompare(Session, "gratification", "none")
        const confirm = control("confirmStatementButton")
        scrollIntoView(confirm)
        verify(waitForRendering(window.contentItem))
        verifyWhole(confirm)
        look()
        mouseClick(confirm)
        control("commentPage")
    }

    // The normal look does not scroll: both statements share the row, Continue sits under them, and
    // no scroll bar or "more below" hint appears. Large text in landscape is the case that must scroll.
    function test_onlyLargeLandscapeScrolls_data() {
        return [{tag: "normal landscape", large: false, w: 1280, h: 800, scrolls: false},
                {tag: "normal portrait", large: false, w: 800, h: 1280, scrolls: false},
                {tag: "large landscape", large: true, w: 1280, h: 800, scrolls: true}]
    }

    function test_onlyLargeLandscapeScrolls(data) {
        goToStatement(data)
        const scroll = control("gratificationScroll")
        compare(scroll.scrollable, data.scrolls)
        compare(findChild(window.contentItem, "moreBelowHint").visible, data.scrolls)
        if (data.scrolls)
            return
        const none = rectOf(control("noRewardButton"))
        const report = rectOf(control("reportRewardButton"))
        if (data.w > data.h) {
            compare(none.y, report.y)
            compare(none.height, report.height)
        }
        verifyWhole(findChild(window.contentItem, "confirmStatementButton"))
        // The layout spans the page's whole content width, with no gutter for a scroll bar.
        compare(Math.round(report.x + report.width), Math.round(rectOf(scroll).x + scroll.width))
    }
}
