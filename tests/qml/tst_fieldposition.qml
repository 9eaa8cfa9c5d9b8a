import QtQuick
import QtTest
import Suara.App

// A field tablet whose unit allows positions: on the step before the questions the officer reads whether
// the interview will carry one, in the kiosk's language, and the line changes as the fix ages (ADR 0044).
KioskTestCase {
    name: "FieldPosition"

    function settingsDocument(allowLocation) {
        return {
            version: 9,
            unit: {code: "KB-SLM", name: "Balai Penyuluhan KB Depok", complaint_contact: ""},
            kiosk: {questionnaires: ["skm"], service_profile: "", zi_scale_points: 4, idle_timeout: 600,
                    cooldown: 0, default_language: "id", ask_profile: false,
                    device_mode: "field", officer_lock_minutes: 10, offline_warning_days: 7,
                    allow_location: allowLocation},
            questionnaires: [],
            officers: [{id: "pkb-01", name: "Ayu Lestari", nip: "198901012015032001", position: "PKB Depok",
                        pin_hash: StoreProbe.pinHash("580314")}],
            regions: [
                {code: "34.04.07.2001", name: "Caturtunggal", kecamatan: "Depok", kabupaten: "Kab. Sleman",
                 province: "DI Yogyakarta"}]
        }
    }

    function initTestCase() {
        if (!Admin.hasPin)
            verify(Admin.setPin("802468", "802468"))
        Admin.lock()
        verify(StoreProbe.applyServerSettings(settingsDocument(true)))
        compare(Officers.fieldMode, true)
        openKiosk()
        control("officerSignInPage")
        tap("officer_pkb-01")
        for (const digit of "580314")
            tap("pinKey_" + digit)
        tap("pinConfirm")
        tryCompare(Officers, "checking", false)
        verify(Officers.signedIn, Officers.message)
        tap("officerStartInterview")
        control("regionPickerPage")
        tap("region_34.04.07.2001")
        if (Session.step === Session.Service)
            tap("serviceButton_" + Session.services[0].value)
        control("profilePage")
        tap("profileField_gender_P")
        tap("profileField_age_30-39")
        tap("profileField_education_SMA")
        tap("profileField_occupation_WIRAUSAHA")
        tap("profileNextButton")
        control("fieldAdministerPage")
    }

    function cleanupTestCase() {
        closeKiosk()
    }

    function lineText() {
        const line = findChild(window.contentItem, "fieldPositionLine")
        verify(line !== null)
        if (!line.visible)
            return ""
        return findChild(line, "fieldPositionText").text
    }

    function test_theLineSaysWhatTheRecordWillCarry_data() {
        return [
            {tag: "id", lang: "id", kept: "Lokasi tercatat untuk wawancara ini",
             none: "Lokasi belum didapat — wawancara tetap bisa disimpan tanpa lokasi"},
            {tag: "en", lang: "en", kept: "Location will be kept with this interview",
             none: "No position yet — the interview can still be saved without it"}
        ]
    }

    function test_theLineSaysWhatTheRecordWillCarry(data) {
        Language.language = data.lang
        TestPosition.lose() // no fix yet
        compare(Session.positionState, Session.NotYet)
        compare(lineText(), data.none)
        // A fix measured 4 min 50 s ago is fresh; eleven seconds later it is not, on the clock alone.
        TestPosition.receive(5 * 60 - 10)
        compare(Session.positionState, Session.WillBeKept)
        compare(lineText(), data.kept)
        Clock.advance(11 * 1000)
        compare(Session.positionState, Session.NotYet)
        compare(lineText(), data.none)
        TestPosition.receive(0)
        compare(lineText(), data.kept)
    }
}
