import QtQuick
import QtTest
import Suara.App

// A language switch on the profile and the report pages changes the words of their questions in place:
// the same ChoiceGroups and chips stay, with what the visitor chose still chosen. Re-creating them
// while the page re-laid out made Qt 6.4's layouts loop on their polish ("Polish loop detected") and
// crash in the window's teardown (issue 10).
KioskTestCase {
    name: "ProfileLanguage"

    function init() {
        setUpUnit()
        Session.reset()
        failOnWarning(/Polish loop detected/)
    }

    function cleanup() {
        closeKiosk()
    }

    // Switches the language with the page's own button, as a visitor does, and waits for the new words
    // to be drawn.
    function switchLanguage(to) {
        tap("languageButton")
        compare(Language.language, to)
        settled()
    }

    function test_theProfileKeepsItsQuestionsAcrossALanguageSwitch() {
        openKiosk(1280, 800)
        compare(Language.language, "id")
        tap("startButton")
        tap("serviceButton_kunjungan")
        control("profilePage")
        const group = control("profileGroup_gender")
        const chip = control("profileField_gender_L")
        compare(group.field.label, "Jenis kelamin")
        compare(chip.text, "Laki-laki")
        tap("profileField_gender_L")
        verify(chip.selected)

        switchLanguage("en")
        verify(findChild(window.contentItem, "profileGroup_gender") === group, "the field's group was made again")
        verify(findChild(window.contentItem, "profileField_gender_L") === chip, "the choice was made again")
        compare(group.field.label, "Sex")
        compare(chip.text, "Male")
        verify(chip.selected, "the choice was lost with the language")

        switchLanguage("id")
        verify(findChild(window.contentItem, "profileGroup_gender") === group)
        compare(chip.text, "Laki-laki")
        verify(chip.selected)
    }

    // A counter kiosk's visitor may skip the whole profile, and the page says so (a field tablet asks
    // for every field instead: tst_fieldinterview).
    function test_aCounterVisitorMaySkipTheProfile() {
        openKiosk(1280, 800)
        verify(!Officers.fieldMode)
        tap("startButton")
        tap("serviceButton_kunjungan")
        control("profilePage")
        verify(control("profileNote").text.indexOf("Bapak/\u2060Ibu boleh melewati semua pertanyaan ini") === 0,
               control("profileNote").text)
        compare(control("profileNextButton").text, "Lewati")
        switchLanguage("en")
        verify(control("profileNote").text.indexOf("You may skip any of these") === 0, control("profileNote").text)
    }

    function test_theReportKeepsItsQuestionsAcrossALanguageSwitch() {
        openKiosk(1280, 800)
        tap("startButton")
        tap("serviceButton_kunjungan")
        tap("profileNextButton")
        answerAllQuestions(3)
        state("reportRewardButton")
        control("gratificationReportPage")
        const group = control("reportGroup_what")
        const chip = control("reportField_what_money")
        compare(chip.text, "Uang")
        tap("reportField_what_money")
        verify(chip.selected)

        switchLanguage("en")
        verify(findChild(window.contentItem, "reportGroup_what") === group, "the field's group was made again")
        verify(findChild(window.contentItem, "reportField_what_money") === chip, "the choice was made again")
        compare(chip.text, "Money")
        verify(chip.selected, "the choice was lost with the language")
    }
}
