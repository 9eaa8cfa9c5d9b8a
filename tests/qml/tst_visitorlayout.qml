import QtQuick
import QtTest
import Suara.App

// What a visitor sees of the layout: the "more below" hint never covers a choice, the comment page
// keeps Back, the language switch, the privacy warning and a box of several lines while the on-screen
// keyboard is open, and the faces of a question stay in line when one label wraps further.
KioskTestCase {
    name: "VisitorLayout"

    function init() {
        setUpUnit()
        Session.reset()
    }

    function cleanup() {
        if (Qt.inputMethod.visible)
            Qt.inputMethod.hide()
        closeKiosk()
    }

    function flickableOf(item) {
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentY !== undefined && p.contentHeight !== undefined)
                return p
        }
        return null
    }

    // Every chip of every field on the page, by the names ChoiceGroup gives them.
    function chipsOf(prefix, fields) {
        const chips = []
        for (let f = 0; f < fields.length; ++f) {
            for (let o = 0; o < fields[f].options.length; ++o) {
                const chip = findChild(window.contentItem, prefix + "_" + fields[f].key + "_" + fields[f].options[o].value)
                verify(chip !== null, "no chip for " + fields[f].key + "=" + fields[f].options[o].value)
                chips.push(chip)
            }
        }
        return chips
    }

    // Walks the list from the top to the end: wherever it stops, the hint covers no visible part of a
    // chip (or field), and at the end it is gone.
    function checkHint(items) {
        const hint = findChild(window.contentItem, "moreBelowHint")
        verify(hint !== null)
        const flick = flickableOf(items[0])
        verify(flick !== null)
        verify(hint.visible, "the list does not fit at this size, so the hint must show")
        const end = flick.contentHeight - flick.height
        for (let step = 0; step <= 4; ++step) {
            flick.contentY = end * step / 4
            verify(waitForRendering(window.contentItem))
            if (!hint.visible)
                continue
            const h = rectOf(hint)
            for (let i = 0; i < items.length; ++i) {
                const v = visibleRect(items[i])
                if (v.width > 0 && v.height > 0)
                    verify(!intersects(v, h), items[i].objectName + " is under the hint at " + flick.contentY)
            }
        }
        flick.contentY = end
        tryVerify(function() { return !hint.visible }, 2000, "the hint stays at the end of the list")
    }

    function goToProfile() {
        tap("startButton")
        tap("serviceButton_kunjungan")
        control("profilePage")
    }

    function test_hintNeverCoversAProfileChoice_data() {
        return [{tag: "landscape", w: 1280, h: 800}, {tag: "portrait", w: 800, h: 1280},
                {tag: "small landscape", w: 1024, h: 600}]
    }

    function test_hintNeverCoversAProfileChoice(data) {
        openKiosk(data.w, data.h)
        goToProfile()
        checkHint(chipsOf("profileField", Session.profileFields))
    }

    function test_hintNeverCoversAReportField() {
        openKiosk(1280, 800)
        goToProfile()
        tap("profileNextButton")
        answerAllQuestions(3)
        state("reportRewardButton")
        control("gratificationReportPage")
        const items = chipsOf("reportField", Session.reportFields)
        items.push(findChild(window.contentItem, "reportCounterInput"))
        checkHint(items)
    }

    function goToComment(width, height) {
        openKiosk(width, height)
        goToProfile()
        tap("profileNextButton")
        answerAllQuestions(3)
        state("noRewardButton")
        return control("commentPage")
    }

    FontMetrics {
        id: metrics
    }

    function test_theKeyboardLeavesTheCommentPageUsable_data() {
        return [{tag: "landscape", w: 1280, h: 800}, {tag: "portrait", w: 800, h: 1280}]
    }

    function test_theKeyboardLeavesTheCommentPageUsable(data) {
        goToComment(data.w, data.h)
        const note = control("commentPrivacyNote")
        const longNote = note.text
        tap("commentInput")
        Qt.inputMethod.show()
        tryVerify(function() { return Qt.inputMethod.visible && Qt.inputMethod.keyboardRectangle.height > 0 },
                  5000, "the on-screen keyboard did not open")
        const keyboardTop = Qt.inputMethod.keyboardRectangle.y
        verify(keyboardTop > 0 && keyboardTop < window.height)
        settled()

        // Back, the language switch, the warning, the box and Send: shown, whole, above the keyboard.
        for (const name of ["backButton", "languageButton", "commentPrivacyNote", "commentBox", "submitButton"]) {
            const item = control(name)
            const r = rectOf(item)
            verify(r.y >= 0 && r.y + r.height <= keyboardTop + 1,
                   name + " is not fully above the keyboard: " + r.y + "+" + r.height + " > " + keyboardTop)
        }
        verify(note.text.length > 0)
        if (data.tag === "landscape")
            verify(note.text !== longNote, "the warning takes its short form while typing on a landscape screen")

        // The box keeps at least three lines of text, and nothing lies over it.
        const box = control("commentBox")
        const input = control("commentInput")
        metrics.font = input.font
        const textHeight = box.height - input.topPadding - input.bottomPadding
        verify(textHeight >= 3 * metrics.lineSpacing,
               "the comment box shows " + (textHeight / metrics.lineSpacing).toFixed(1) + " lines")
        const b = rectOf(box)
        for (const name of ["commentPrivacyNote", "commentCounter", "submitButton", "backButton"])
            verify(!intersects(b, rectOf(control(name))), name + " overlaps the comment box")
    }

    // The comment box is tall without the keyboard too (the normal case is not the squeezed one).
    function test_withoutTheKeyboardTheQuestionIsShown() {
        goToComment(1280, 800)
        verify(!Qt.inputMethod.visible)
        const box = control("commentBox")
        const input = control("commentInput")
        metrics.font = input.font
        verify(box.height - input.topPadding - input.bottomPadding >= 3 * metrics.lineSpacing)
        verify(control("commentPrivacyNote").text.indexOf(qsTranslate("CommentPage", "Send")) >= 0)
    }

    // A question whose labels wrap to different numbers of lines keeps its faces on one line.
    function test_facesStayInLineWhenALabelWraps_data() {
        return [{tag: "id", lang: "id"}, {tag: "en", lang: "en"}]
    }

    function test_facesStayInLineWhenALabelWraps(data) {
        openKiosk(1100, 720)
        Language.language = data.lang
        goToProfile()
        tap("profileNextButton")
        let checked = 0
        let uneven = 0
        while (Session.step === Session.Question && Session.question.surveyKind === "skm") {
            verify(waitForRendering(window.contentItem))
            const buttons = [1, 2, 3, 4].map(v => control("answerButton_" + v))
            const lines = buttons.map(b => b.textLines)
            if (Math.min(...lines) !== Math.max(...lines))
                ++uneven
            const iconY = buttons.map(b => b.contentItem.children[0].mapToItem(window.contentItem, 0, 0).y)
            for (let i = 1; i < 4; ++i)
                compare(iconY[i], iconY[0], "face " + (i + 1) + " of " + Session.question.key + " is out of line")
            ++checked
            const index = Session.questionIndex
            tap("answerButton_3")
            tryVerify(function() { return Session.questionIndex !== index || Session.step !== Session.Question })
        }
        compare(checked, 9)
        verify(uneven > 0, "no question had labels of different lengths at this size: the test checks nothing")
    }

    function test_oneLanguageLabelOnEveryScreen() {
        openKiosk(1280, 800)
        compare(control("languageButton").text, "English")
        goToProfile()
        compare(control("languageButton").text, "English")
        tap("languageButton")
        compare(control("languageButton").text, "Bahasa Indonesia")
        closeKiosk()
        Session.reset()
        openKiosk(800, 1280)
        compare(control("languageButton").text, "English")
        tap("languageButton")
        compare(control("languageButton").text, "Bahasa Indonesia")
    }
}
