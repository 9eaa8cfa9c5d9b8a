import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtTest
import Suara.App
import Suara.Components

// Large text and high contrast as the screenshot tour shows them: switched on at the welcome screen,
// before any page of the visit exists, on the tablet's two window sizes and in both languages. On
// every visitor screen each control and text can be brought into view whole (inside the window, not cut
// by a scrolling list, not under the page's header or footer), nothing lies over anything else, and an
// answer's face and words stay inside its tile.
KioskTestCase {
    name: "LargeTextScreens"

    function init() {
        setUpUnit()
        // The tour's unit: every kind of question (faces, six stars, the yes/no control question).
        Settings.serviceProfile = "lapas"
        Settings.setQuestionnaireEnabled("spkp-lapas", true)
        Settings.setQuestionnaireEnabled("spak", true)
        Settings.ziScalePoints = 6
        // A voice for both languages, so Listen is on every screen as on a kiosk with a speech engine.
        TestSpeaker.setVoiceLanguages(["id", "en"])
        Session.reset()
    }

    function cleanup() {
        Display.largeText = false
        closeKiosk()
        TestSpeaker.setVoiceLanguages([])
        Language.language = "id"
    }

    function sizes_data() {
        return [{tag: "id landscape", lang: "id", w: 1280, h: 800},
                {tag: "en landscape", lang: "en", w: 1280, h: 800},
                {tag: "id portrait", lang: "id", w: 800, h: 1280},
                {tag: "en portrait", lang: "en", w: 800, h: 1280}]
    }

    // The tour's order: large text first, then the window, then the visit.
    function openLarge(data) {
        Language.language = data.lang
        Display.largeText = true
        openKiosk(data.w, data.h)
        compare(Theme.largeText, true)
    }

    function flickableOf(item) {
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentY !== undefined && p.contentHeight !== undefined)
                return p
        }
        return null
    }

    // The page's own bars (header, footer): content may not be drawn under them.
    function barsOf(page) {
        const bars = []
        for (const bar of [page.header, page.footer]) {
            if (bar && bar.visible && bar.height > 0)
                bars.push(bar)
        }
        return bars
    }

    function within(item, ancestor) {
        for (let p = item; p; p = p.parent) {
            if (p === ancestor)
                return true
        }
        return false
    }

    // Why the item is not seen whole right now, or "" when it is.
    function notWhole(item, page) {
        const r = rectOf(item)
        const v = visibleRect(item)
        const name = item.objectName || item.text || String(item)
        if (r.x < -0.5 || r.y < -0.5 || r.x + r.width > window.width + 0.5 || r.y + r.height > window.height + 0.5)
            return name + " is outside the window: " + JSON.stringify(r)
        if (Math.abs(v.width - r.width) >= 1 || Math.abs(v.height - r.height) >= 1)
            return name + " is cut by the scrolling area: " + JSON.stringify(v) + " of " + JSON.stringify(r)
        if (item.contentHeight !== undefined && item.lineCount !== undefined && item.contentHeight > item.height + 1)
            return name + " has more lines than its box: " + item.contentHeight + " > " + item.height
        const flick = flickableOf(item)
        const scrollBar = flick ? flick.ScrollBar.vertical : null
        if (scrollBar && scrollBar.visible && scrollBar.policy === ScrollBar.AlwaysOn && intersects(r, rectOf(scrollBar)))
            return name + " runs under the scroll bar at " + JSON.stringify(rectOf(scrollBar))
        for (const bar of barsOf(page)) {
            if (!within(item, bar) && intersects(r, rectOf(bar)))
                return name + " lies under the page's bar at " + JSON.stringify(rectOf(bar))
        }
        return ""
    }

    // Scrolls the item's list (if it has one) until the item is in the middle of it, and checks that
    // the visitor sees it whole there.
    function verifyReachable(item, page) {
        let why = "not tried"
        // A list that has just become scrollable settles over a frame or two: scroll again once it has
        // (polled like tryVerify, so a settled page passes at once).
        for (let attempt = 0; attempt < 40 && why !== ""; ++attempt) {
            if (attempt > 0)
                wait(50)
            const flick = flickableOf(item)
            if (flick) {
                const y = item.mapToItem(flick.contentItem, 0, 0).y
                const maxY = Math.max(0, flick.contentHeight - flick.height)
                flick.contentY = Math.max(0, Math.min(maxY, y - (flick.height - item.height) / 2))
            }
            why = notWhole(item, page)
        }
        verify(why === "", why)
    }

    // Every text shown inside the container: its box inside the container, its lines inside its box,
    // and no word split over two lines (a pane squeezed to a few letters a line breaks words apart).
    function verifyWordsInside(container) {
        const box = rectOf(container)
        const measure = Qt.createQmlObject("import QtQuick; TextMetrics {}", container)
        const texts = []
        const walk = function(item) {
            if (!item.visible || item.opacity === 0)
                return
            if (item.lineCount !== undefined && typeof item.text === "string" && item.text.length > 0)
                texts.push(item)
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i])
        }
        walk(container)
        verify(texts.length > 0, "no text found in " + container.objectName)
        for (const label of texts) {
            const name = label.objectName || label.text
            const r = textRectOf(label)
            verify(r.x >= box.x - 0.5 && r.y >= box.y - 0.5 && r.x + r.width <= box.x + box.width + 0.5
                   && r.y + r.height <= box.y + box.height + 0.5,
                   name + " is not inside " + container.objectName + ": " + JSON.stringify(r) + " in " + JSON.stringify(box))
            verify(label.contentHeight <= label.height + 1,
                   name + " has more lines than its box: " + label.contentHeight + " > " + label.height)
            measure.font = label.font
            for (const word of label.text.split(/\s+/)) {
                measure.text = word
                verify(measure.advanceWidth <= r.width + 1,
                       "the word '" + word + "' of " + name + " does not fit its line: " + measure.advanceWidth + " > " + r.width)
            }
        }
        measure.destroy()
    }

    function verifyApart(a, b) {
        verify(!intersects(rectOf(a), rectOf(b)), (a.objectName || a.text) + " and " + (b.objectName || b.text)
               + " overlap: " + JSON.stringify(rectOf(a)) + " " + JSON.stringify(rectOf(b)))
    }

    // A tile's face (or stars) and its words are inside the tile, and the words fit their box.
    function verifyInsideTile(button) {
        const b = rectOf(button)
        const parts = button.contentItem.children
        for (let i = 0; i < parts.length; ++i) {
            const part = parts[i]
            if (!part.visible)
                continue
            const r = rectOf(part)
            verify(r.x >= b.x - 0.5 && r.y >= b.y - 0.5 && r.x + r.width <= b.x + b.width + 0.5
                   && r.y + r.height <= b.y + b.height + 0.5,
                   "part " + i + " of " + button.objectName + " sticks out of its tile: " + JSON.stringify(r)
                   + " in " + JSON.stringify(b))
            if (part.contentHeight !== undefined)
                verify(part.contentHeight <= part.height + 1,
                       "the words of " + button.objectName + " do not fit their box: " + part.contentHeight + " > " + part.height)
        }
    }

    function verifyHeader(page) {
        for (const name of ["backButton", "listenButton", "largeTextButton", "languageButton"]) {
            const button = findChild(page.header, name)
            verify(button !== null && button.visible, "the header shows no " + name)
            const why = notWhole(button, page)
            verify(why === "", why)
        }
    }

    // Every question of the tour's unit: each answer reachable, whole and apart from Skip.
    function test_everyAnswerCanBeReached_data() {
        return sizes_data()
    }

    function test_everyAnswerCanBeReached(data) {
        openLarge(data)
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        const kinds = {}
        while (Session.step === Session.Question) {
            const page = control("questionPage")
            verify(waitForRendering(window.contentItem))
            verifyHeader(page)
            const values = Session.question.options.map(o => o.value)
            const skip = control("skipButton")
            verifyReachable(skip, page)
            for (const value of values) {
                const button = control("answerButton_" + value)
                verifyReachable(button, page)
                verifyInsideTile(button)
                verifyWordsInside(button)
                verifyApart(button, skip)
            }
            kinds[Session.question.kind + values.length] = true
            const index = Session.questionIndex
            tap("answerButton_" + values[values.length - 1])
            tryVerify(function() { return Session.step !== Session.Question || Session.questionIndex === index + 1 },
                      5000, "the last answer did not move on")
        }
        // Faces, six stars and yes/no were all seen, or the walk checked less than the tour shows.
        compare(Object.keys(kinds).length >= 3, true, JSON.stringify(kinds))
        control("gratificationPage")
    }

    // The integrity statement with large text on from the start: the shield beside the title, both
    // statements and Continue reachable, nothing over the first statement.
    function test_integrityStatementFromTheStart_data() {
        return sizes_data()
    }

    function test_integrityStatementFromTheStart(data) {
        openLarge(data)
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        answerAllQuestions(3)
        const page = control("gratificationPage")
        verify(waitForRendering(window.contentItem))
        verifyHeader(page)
        const icon = control("integrityIcon")
        const title = control("integrityTitle")
        const none = control("noRewardButton")
        const report = control("reportRewardButton")
        const confirm = findChild(page, "confirmStatementButton")
        verify(!intersects(rectOf(icon), textRectOf(title)), "the shield lies over the title's words")
        for (const other of [none, report, confirm])
            verifyApart(icon, other)
        verifyApart(none, report)
        verifyApart(none, confirm)
        verifyApart(report, confirm)
        verifyApart(title, none)
        verifyReachable(icon, page)
        verifyReachable(none, page)
        verifyReachable(report, page)
        verifyWordsInside(none)
        verifyWordsInside(report)
        tap("noRewardButton")
        tryCompare(Session, "gratification", "none")
        verifyReachable(control("confirmStatementButton"), page)
    }

    function welcomeItems(page) {
        const names = ["welcomeGreeting", "welcomeIntro", "startButton", "listenButton", "largeTextButton",
                       "welcomePoint_0", "welcomePoint_1", "publishedResult"]
        return names.map(function(name) {
            const item = findChild(page, name)
            verify(item !== null && item.visible, "the welcome page shows no " + name)
            return item
        })
    }

    // The welcome screen with the unit's published result: every line and button whole, apart from
    // each other, from the header and from the officer's and admin's corner buttons.
    // The unit and its result come with the server's settings: before the welcome page is shown, or
    // while it is (the page first says the kiosk is not set up).
    function test_welcomeFits_data() {
        const rows = []
        for (const size of sizes_data()) {
            rows.push(Object.assign({}, size, {later: false}))
            rows.push(Object.assign({}, size, {tag: size.tag + " result arriving", later: true}))
        }
        return rows
    }

    function applyPublishedResult() {
        verify(StoreProbe.applyServerSettings({
            version: 7,
            unit: {code: "LP-01", name: "Lapas Kelas IIA Yogyakarta", complaint_contact: ""},
            kiosk: {questionnaires: ["skm", "spkp-lapas", "spak"], service_profile: "lapas", zi_scale_points: 6, idle_timeout: 60,
                    cooldown: 0, default_language: "id", ask_profile: true},
            questionnaires: [],
            published_result: {
                unit: "LP-01", unit_name: "Lapas Kelas IIA Yogyakarta",
                period: {label: "2026-Q3", from: "2026-07-01", to: "2026-09-30"},
                respondents: 212, ikm: 84.2013, ikm_rounded: 84.2, ikm_hundredths: 8420,
                category: "B", category_label: {id: "Baik", en: "Good"},
                unsur: [], published_at: "2026-10-05T02:00:00Z"
            }
        }))
    }

    function test_welcomeFits(data) {
        if (data.later)
            Settings.unitCode = "" // as on a kiosk the admin sets up: the unit's name and result come later
        else
            applyPublishedResult()
        openLarge(data)
        const page = control("welcomePage")
        if (data.later) {
            verify(waitForRendering(window.contentItem))
            applyPublishedResult()
        }
        control("publishedResult")
        verify(waitForRendering(window.contentItem))
        const items = welcomeItems(page)
        const corners = [findChild(window.contentItem, "officerAccess"), findChild(page, "adminAccess")]
        for (const item of items) {
            verifyReachable(item, page)
            for (const corner of corners)
                verifyApart(item, corner)
        }
        for (let i = 0; i < items.length; ++i) {
            for (let j = i + 1; j < items.length; ++j)
                verifyApart(items[i], items[j])
        }
        verifyWordsInside(findChild(page, "publishedResult"))
    }

    // Thanks after a report: the thanks, the report note, Done and the countdown stay apart from the
    // complaint channels beside (or under) them, and all can be seen whole.
    // In the usual size too: side by side on landscape, the left pane ran under the channels.
    function test_thankYouFits_data() {
        const rows = []
        for (const size of sizes_data()) {
            rows.push(size)
            rows.push(Object.assign({}, size, {tag: size.tag + " usual size", usual: true}))
        }
        return rows
    }

    function test_thankYouFits(data) {
        Settings.complaintContact = "WA 0811-2600-0000" // the tour's unit lists its own channel too
        if (data.usual) {
            Language.language = data.lang
            openKiosk(data.w, data.h)
        } else {
            openLarge(data)
        }
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        answerAllQuestions(3)
        state("reportRewardButton")
        tap("reportDoneButton")
        tap("submitButton")
        const page = control("thankYouPage")
        verify(waitForRendering(window.contentItem))
        const items = ["thankYouMark", "thankYouTitle", "thankYouSaved", "reportReceivedNote", "thankYouDoneButton",
                       "thankYouCountdown", "thankYouCountdownHint"].map(function(name) {
            const item = findChild(page, name)
            verify(item !== null && item.visible, "the thank-you page shows no " + name)
            return item
        })
        const channels = findChild(page, "complaintChannels")
        verify(channels !== null && channels.visible)
        for (const item of items) {
            verifyReachable(item, page)
            verifyApart(item, channels)
        }
        verifyReachable(channels, page)
        verifyWordsInside(channels)
        verifyWordsInside(findChild(page, "reportReceivedNote"))
    }
}
