import QtQuick
import QtTest
import Suara.App

// The visitor's words: the unit's published result on the welcome screen when the server sent one
// (and nothing without), the same form of address on every question, a scale whose words follow the
// faces, and system messages put in words.
KioskTestCase {
    name: "VisitorWords"

    // A settings document as the server sends it (protocol §4), with or without a published result.
    function settingsDocument(published) {
        const doc = {
            version: 7,
            unit: {code: "LP-01", name: "Lapas Uji", complaint_contact: ""},
            kiosk: {questionnaires: ["skm"], service_profile: "", zi_scale_points: 4, idle_timeout: 60,
                    cooldown: 0, default_language: "id", ask_profile: true},
            questionnaires: []
        }
        if (published)
            doc.published_result = {
                unit: "LP-01", unit_name: "Lapas Uji",
                period: {label: "2026-Q3", from: "2026-07-01", to: "2026-09-30"},
                respondents: 212, ikm: 84.2013, ikm_rounded: 84.2, ikm_hundredths: 8420,
                category: "B", category_label: {id: "Baik", en: "Good"},
                unsur: [], published_at: "2026-10-05T02:00:00Z"
            }
        return doc
    }

    function init() {
        setUpUnit()
        Session.reset()
        Language.language = "id"
    }

    function cleanup() {
        closeKiosk()
        TestSpeaker.setVoiceLanguages([])
        verify(StoreProbe.applyServerSettings(settingsDocument(false)))
    }

    function resultLine() {
        return findChild(window.contentItem, "publishedResult")
    }

    function test_noPublishedResultShowsNothing() {
        verify(StoreProbe.applyServerSettings(settingsDocument(false)))
        openKiosk(1280, 800)
        control("startButton")
        const line = resultLine()
        verify(line !== null)
        verify(!line.visible, "a result is shown although none was published: " + line.text)
        verify(!Settings.publishedResult.hasIkm)
    }

    function test_thePublishedResultIsOnTheWelcomeScreen_data() {
        return [{tag: "landscape", w: 1280, h: 800}, {tag: "portrait", w: 800, h: 1280}]
    }

    function test_thePublishedResultIsOnTheWelcomeScreen(data) {
        verify(StoreProbe.applyServerSettings(settingsDocument(true)))
        openKiosk(data.w, data.h)
        control("publishedResult")
        const text = control("publishedResultText")
        compare(text.text, "Hasil survei kepuasan periode triwulan III 2026: 84,20 (Baik)")
        Language.language = "en"
        compare(text.text, "Satisfaction survey result for Q3 2026: 84.20 (Good)")
        // Withdrawn on the server: the next settings document has none, and the line goes.
        verify(StoreProbe.applyServerSettings(settingsDocument(false)))
        tryVerify(function() { return !resultLine().visible })
        const start = control("startButton")
        verify(start.visible)
    }

    // In the usual text size the whole welcome screen, the published result included, is seen at once:
    // nothing to scroll to, every line inside the window and clear of the officer's and admin's corner
    // buttons. On a 1280×800 landscape screen the result line was below the fold, under a "More below"
    // pill that lay over the Officer button.
    function test_theWholeWelcomeIsSeenAtOnce_data() {
        return [{tag: "id landscape", lang: "id", w: 1280, h: 800}, {tag: "en landscape", lang: "en", w: 1280, h: 800},
                {tag: "id portrait", lang: "id", w: 800, h: 1280}, {tag: "en portrait", lang: "en", w: 800, h: 1280},
                {tag: "id small landscape", lang: "id", w: 1024, h: 768}]
    }

    function test_theWholeWelcomeIsSeenAtOnce(data) {
        TestSpeaker.setVoiceLanguages(["id", "en"]) // with read-aloud: its button takes room too
        verify(StoreProbe.applyServerSettings(settingsDocument(true)))
        Language.language = data.lang
        openKiosk(data.w, data.h)
        const page = control("welcomePage")
        control("publishedResult")
        settled()
        settled() // the scroll area decides whether it scrolls once the layout has settled
        compare(findChild(page, "welcomeScroll").scrollable, false, "the welcome screen scrolls")
        const corners = [findChild(window.contentItem, "officerAccess"), findChild(page, "adminAccess")]
        for (const name of ["welcomeGreeting", "welcomeIntro", "startButton", "listenButton", "largeTextButton",
                            "welcomePoint_0", "welcomePoint_1", "publishedResult"]) {
            const item = findChild(page, name)
            verify(item !== null && item.visible, "the welcome page shows no " + name)
            const r = rectOf(item)
            const seen = visibleRect(item)
            verify(Math.abs(seen.width - r.width) < 0.5 && Math.abs(seen.height - r.height) < 0.5,
                   name + " is not seen whole: " + JSON.stringify(seen) + " of " + JSON.stringify(r))
            verify(r.y >= 0 && r.y + r.height <= window.height, name + " is outside the window")
            for (const corner of corners)
                verify(!intersects(r, rectOf(corner)), name + " lies over " + corner.objectName)
        }
    }

    function test_periodsInWords() {
        openKiosk(1280, 800)
        const line = resultLine()
        const cases = [
            [{label: "2026-S1"}, "semester I 2026", "the first half of 2026"],
            [{label: "2026-S2"}, "semester II 2026", "the second half of 2026"],
            [{label: "2026-07"}, "Juli 2026", "July 2026"],
            [{label: "2026"}, "tahun 2026", "the year 2026"],
            [{label: "2026-Q1"}, "triwulan I 2026", "Q1 2026"],
            [{label: "2026-07-01..2026-08-15", from: "2026-07-01", to: "2026-08-15"},
             "1 Juli 2026\u00a0–\u00a015 Agustus 2026", "1 July 2026\u00a0–\u00a015 August 2026"],
        ]
        for (const c of cases) {
            Language.language = "id"
            compare(line.periodText(c[0]), c[1])
            Language.language = "en"
            compare(line.periodText(c[0]), c[2])
        }
    }

    // Every question addresses the visitor as every other screen does: "Bapak/Ibu", never "Saudara".
    function test_oneFormOfAddress() {
        openKiosk(1280, 800)
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        let asked = 0
        while (Session.step === Session.Question && Session.question.surveyKind === "skm") {
            const text = Session.question.text
            verify(text.indexOf("Saudara") < 0 && text.indexOf("saudara") < 0, text)
            verify(text.indexOf("Bapak/\u2060Ibu") >= 0, text)
            ++asked
            tap("answerButton_3")
            tryVerify(function() { return Session.step !== Session.Question || Session.questionIndex === asked })
        }
        compare(asked, 9)
    }

    // The second word of every scale says "less than good", as its frowning face does.
    function test_theSecondChoiceReadsBelowSatisfactory() {
        openKiosk(1280, 800)
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        const seen = []
        while (Session.step === Session.Question && Session.question.surveyKind === "skm") {
            const second = Session.question.options[1].label
            seen.push(second)
            verify(/^(Kurang|Cukup mahal|Ada tetapi)/.test(second), Session.question.key + ": " + second)
            const index = Session.questionIndex
            tap("answerButton_3")
            tryVerify(function() { return Session.questionIndex !== index || Session.step !== Session.Question })
        }
        compare(seen.length, 9)
        verify(seen.indexOf("Cukup") < 0)
    }

    function test_systemMessagesInWords() {
        const refused = Errors.technicalDetail("Connection refused")
        verify(refused.indexOf("menolak") >= 0, refused)
        verify(refused.indexOf("Pesan sistem: Connection refused") >= 0, refused) // the original stays for IT staff
        const host = Errors.technicalDetail("Host suara.example.go.id not found")
        verify(host.indexOf("tidak ditemukan") >= 0, host)
        const unknown = Errors.technicalDetail("Something new")
        verify(unknown.indexOf("bahasa Inggris") >= 0 && unknown.indexOf("Something new") >= 0, unknown)
        compare(Errors.technicalDetail(""), "")
        Language.language = "en"
        verify(Errors.technicalDetail("Connection refused").indexOf("refused the connection") >= 0)
    }
}
