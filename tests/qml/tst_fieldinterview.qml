import QtQuick
import QtTest
import Suara.App

// A field tablet, by touch: settings from the server make it a field tablet with its officers and the
// unit's desa; the officer signs in, picks the desa (searching), the service and the respondent's
// profile (required), then reads the questions aloud or hands the tablet over. Each record says which.
KioskTestCase {
    name: "FieldInterview"

    function settingsDocument() {
        return {
            version: 9,
            unit: {code: "KB-SLM", name: "Balai Penyuluhan KB Depok", complaint_contact: ""},
            kiosk: {questionnaires: ["skm"], service_profile: "", zi_scale_points: 4, idle_timeout: 600,
                    cooldown: 0, default_language: "id", ask_profile: false,
                    device_mode: "field", officer_lock_minutes: 10, offline_warning_days: 7,
                    allow_location: false},
            questionnaires: [],
            officers: [{id: "pkb-01", name: "Ayu Lestari", nip: "198901012015032001", position: "PKB Depok",
                        pin_hash: StoreProbe.pinHash("580314")}],
            regions: [
                {code: "34.04.07.2001", name: "Caturtunggal", kecamatan: "Depok", kabupaten: "Kab. Sleman",
                 province: "DI Yogyakarta"},
                {code: "34.04.07.2002", name: "Maguwoharjo", kecamatan: "Depok", kabupaten: "Kab. Sleman",
                 province: "DI Yogyakarta"},
                {code: "34.04.08.2003", name: "Sinduadi", kecamatan: "Mlati", kabupaten: "Kab. Sleman",
                 province: "DI Yogyakarta"}]
        }
    }

    function enterOfficerPin(pin) {
        for (let i = 0; i < pin.length; ++i)
            tap("pinKey_" + pin[i])
        tap("pinConfirm")
        tryCompare(Officers, "checking", false)
    }

    function initTestCase() {
        if (!Admin.hasPin)
            verify(Admin.setPin("802468", "802468"))
        Admin.lock()
        verify(StoreProbe.applyServerSettings(settingsDocument()))
        compare(Officers.fieldMode, true)
        compare(Officers.lockMinutes, 10)
        compare(Officers.officers.length, 1)
        openKiosk()
    }

    function cleanupTestCase() {
        closeKiosk()
    }

    // Sign-in, desa, service, the whole profile: up to the choice of how the answers are given.
    function beginInterview(search, code) {
        if (!Officers.signedIn) {
            control("officerSignInPage") // a field tablet starts here
            tap("officer_pkb-01")
            enterOfficerPin("580314")
        }
        verify(Officers.signedIn, Officers.message)
        verify(Session.unitConfigured, "unit " + Settings.unitCode)
        tap("officerStartInterview")
        control("regionPickerPage")
        const field = control("regionSearch")
        mouseClick(field)
        typeText(search)
        Qt.inputMethod.hide()
        tryVerify(function() { return findChild(window.contentItem, "region_34.04.07.2002") === null })
        tap("region_" + code)
        if (Session.step === Session.Service)
            tap("serviceButton_" + Session.services[0].value)
        control("profilePage")
        // The page asks for every field, and offers no skipping it would then refuse.
        compare(Language.language, "id")
        const note = control("profileNote").text
        verify(note.indexOf("Isi semua kolom") === 0, note)
        verify(note.indexOf("laporan SKM") > 0, note)
        verify(note.indexOf("melewati") < 0, note)
        // The profile is required here: going on with part of it stays on the page.
        tap("profileField_gender_P")
        verify(!findChild(window.contentItem, "profileNextButton").enabled)
        tap("profileField_age_30-39")
        tap("profileField_education_SMA")
        tap("profileField_occupation_WIRAUSAHA")
        verify(Session.profileComplete)
        tap("profileNextButton")
        control("fieldAdministerPage")
    }

    function finishInterview() {
        answerAllQuestions(3)
        state("noRewardButton")
        tap("submitButton")
        control("thankYouPage")
    }

    function test_1_readAloud() {
        beginInterview("catur", "34.04.07.2001")
        tap("administerReadAloud")
        finishInterview()
        const records = StoreProbe.records()
        const response = records.find(r => r.type === "response")
        compare(response.mode, "field")
        compare(response.officer, "pkb-01")
        compare(response.data.administered, "read_aloud")
        compare(response.data.region.code, "34.04.07.2001")
        compare(response.data.region.name, "Caturtunggal")
        compare(response.data.profile.occupation, "WIRAUSAHA")
        verify(response.data.location === undefined) // no position on this device
        records.forEach(r => compare(r.officer, "pkb-01"))
    }

    function test_2_handedOver() {
        tap("thankYouDoneButton")
        control("officerHomePage")
        beginInterview("mlati", "34.04.08.2003")
        tap("administerHandOver")
        finishInterview()
        const responses = StoreProbe.records().filter(r => r.type === "response")
        compare(responses.length, 2)
        compare(responses[1].data.administered, "handed_over")
        compare(responses[1].data.region.code, "34.04.08.2003")
    }
}
