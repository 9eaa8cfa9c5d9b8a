import QtQuick
import QtTest
import Suara.App

// A visitor who cannot read completes a visit by ear: "Listen" on every screen reads the page's
// question and then each choice, in the visitor's language, in order; tapping a choice stops it. The
// speaker is a recorder (tst_qml.cpp); each utterance ends when the test says the engine finished.
KioskTestCase {
    name: "ReadAloud"

    function init() {
        setUpUnit()
        ReadAloud.enabled = true
        ReadAloud.everyScreen = false
        TestSpeaker.setVoiceLanguages(["id", "en"])
        TestSpeaker.clear()
        Session.reset()
        openKiosk()
    }

    function cleanup() {
        closeKiosk()
        Language.language = "id"
        TestSpeaker.setVoiceLanguages([])
    }

    // Taps "Listen" and lets the engine finish every text; returns what was heard.
    function listen() {
        const before = TestSpeaker.spoken.length
        tap("listenButton")
        verify(ReadAloud.speaking, "Listen did not start reading")
        for (let guard = 0; ReadAloud.speaking && guard < 200; ++guard)
            TestSpeaker.finishCurrent()
        verify(!ReadAloud.speaking)
        return TestSpeaker.spoken.slice(before)
    }

    function labels(list) {
        return list.map(o => o.label)
    }

    function hearWholeVisit(language) {
        if (Language.language !== language)
            tap("languageButton")
        compare(Language.language, language)
        const welcome = listen()
        verify(welcome.length >= 2, "the welcome screen says what it is and how to start")
        tap("startButton")

        const service = listen()
        verify(service[0].length > 0 && labels(Session.services).indexOf(service[0]) < 0, "the service question first")
        compare(service.slice(1), labels(Session.services))
        tap("serviceButton_kunjungan")

        const profile = listen()
        for (const field of Session.profileFields)
            verify(profile.indexOf(field.label) >= 0 && profile.indexOf(field.options[0].label) > profile.indexOf(field.label),
                   "the profile reads " + field.label + " before its choices")
        tap("profileNextButton")

        let questions = 0
        while (Session.step === Session.Question) {
            const q = Session.question
            compare(listen(), [q.text].concat(labels(q.options)), "question " + (Session.questionIndex + 1))
            ++questions
            tap("answerButton_" + (q.kind === "yesno" ? 0 : 4))
        }
        compare(questions, Session.questionCount)

        const statement = listen()
        verify(statement.length >= 4, "the integrity statement reads both statements")
        compare(statement[2], findChild(window.contentItem, "noRewardButton").text)
        compare(statement[3], findChild(window.contentItem, "reportRewardButton").text)
        state("noRewardButton")
        verify(listen().length === 2)
        tap("submitButton")
        tryCompare(Session, "step", Session.ThankYou)
        verify(listen().length >= 2)
        // Everything in the visitor's language, nothing in the other.
        compare(TestSpeaker.languages.filter(l => l !== language).length, 0)
        tap("thankYouDoneButton")
    }

    function test_aWholeVisitHeardInIndonesian() {
        hearWholeVisit("id")
        // The first question as the SKM definition words it in Indonesian.
        verify(TestSpeaker.spoken.some(t => t.indexOf("persyaratan") >= 0), "the SKM's first question (persyaratan) was read")
    }

    function test_aWholeVisitHeardInEnglish() {
        hearWholeVisit("en")
        verify(TestSpeaker.spoken.some(t => t.indexOf("requirements") >= 0), "the SKM's first question (requirements) was read")
    }

    function test_tappingAnAnswerStopsTheReading() {
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        tap("listenButton")
        TestSpeaker.finishCurrent() // the question is over, the first answer is being read
        compare(TestSpeaker.spoken.length, 2)
        tap("answerButton_3")
        verify(!ReadAloud.speaking)
        verify(!TestSpeaker.busy)
        compare(TestSpeaker.spoken.length, 2)
        // The same button stops it as well.
        tap("listenButton")
        verify(ReadAloud.speaking)
        tap("listenButton")
        verify(!ReadAloud.speaking)
    }

    function test_noVoiceForTheLanguageHidesTheButton() {
        control("listenButton")
        TestSpeaker.setVoiceLanguages(["en"])
        tryVerify(() => !findChild(window.contentItem, "listenButton").visible)
        control("startButton") // the rest of the screen is unchanged
        tap("languageButton")
        control("listenButton")
        ReadAloud.enabled = false
        tryVerify(() => !findChild(window.contentItem, "listenButton").visible)
    }

    function test_everyScreenReadsEachQuestionAsItAppears() {
        ReadAloud.everyScreen = true
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        tryVerify(() => ReadAloud.speaking)
        compare(TestSpeaker.spoken[TestSpeaker.spoken.length - 1], Session.question.text)
        tap("answerButton_4")
        tryCompare(Session, "questionIndex", 1)
        tryVerify(() => ReadAloud.speaking)
        compare(TestSpeaker.spoken[TestSpeaker.spoken.length - 1], Session.question.text)
    }
}
