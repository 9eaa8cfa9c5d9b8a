import QtQuick
import QtTest
import Suara.App

// A visitor walks the whole SKM by touch; the thank-you screen appears only after the visit is stored.
KioskTestCase {
    name: "SkmFlow"

    function init() {
        setUpUnit()
        Session.reset()
        openKiosk()
    }

    function cleanup() {
        closeKiosk()
    }

    function test_fullVisitByTouch() {
        control("welcomePage")
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileField_gender_P")
        compare(Session.profile.value("gender"), "P")
        tap("profileNextButton")
        compare(Session.questionCount, 9)
        answerAllQuestions(4)
        compare(Session.step, Session.Gratification)
        Clock.advance(10000) // reads the integrity statement
        state("noRewardButton")
        compare(Session.step, Session.Comment)
        tap("submitButton")
        tryCompare(Session, "step", Session.ThankYou)
        control("thankYouPage")
        // The summary is read off the GUI thread at start and folds each visit in; wait for the read.
        tryCompare(Summary, "ready", true)
        compare(Summary.today, 1)
        // A visitor who looks at every page before tapping is not taken for misuse (the machine-speed
        // case is tst_surveysession's machineSpeedAnswersAreFlaggedNotDropped).
        compare(Summary.flagged, 0)

        // The next visitor starts clean.
        tap("thankYouDoneButton")
        control("welcomePage")
        tap("startButton")
        tap("serviceButton_kunjungan")
        verify(Session.profile.empty)
        tap("profileNextButton")
        compare(Session.question.answer, -1)
    }

    function test_wholeVisitOnAPortraitTablet() {
        closeKiosk()
        openKiosk(800, 1280)
        tap("startButton")
        tap("serviceButton_penitipan_barang")
        tap("profileField_education_SMA")
        tap("profileNextButton")
        answerAllQuestions(3)
        state("noRewardButton")
        tap("skipCommentButton")
        tryCompare(Session, "step", Session.ThankYou)
        control("thankYouPage")
    }

    function test_skipAndBack() {
        tap("startButton")
        tap("serviceButton_informasi")
        tap("profileNextButton")
        tap("answerButton_3")
        tryCompare(Session, "questionIndex", 1)
        tap("backButton")
        tryCompare(Session, "questionIndex", 0)
        compare(Session.question.answer, 3) // the chosen answer is still shown
        tap("skipButton")
        tryCompare(Session, "questionIndex", 1)
    }

    function test_languageSwitchOnTheWelcomeScreen() {
        compare(Language.language, "id")
        tap("languageButton")
        compare(Language.language, "en")
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        verify(Session.question.text.indexOf("requirements") >= 0, Session.question.text)
        Session.reset() // the next visitor gets the unit's default language again
        compare(Language.language, "id")
    }
}
