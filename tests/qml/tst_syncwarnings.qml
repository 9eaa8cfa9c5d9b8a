import QtQuick
import QtTest
import Suara.App

// Long offline on a field tablet (ADR 0041), by sight: the officer's home screen says how many records
// wait and since when, warns after too many days without the server and when storage runs low, and
// shows neither warning on a tablet that is fine. Days pass on the kiosk's clock, never by sleeping.
KioskTestCase {
    name: "SyncWarnings"

    readonly property real day: 24 * 3600 * 1000

    function banner(name) {
        return findChild(window.contentItem, name)
    }

    // Siti signs in (again, after the tablet locked itself while days passed).
    function signInSiti() {
        if (Officers.signedIn)
            return
        control("officerSignInPage")
        tap("officer_siti-rahmawati")
        for (let i = 0; i < 6; ++i)
            tap("pinKey_" + "580314"[i])
        tap("pinConfirm")
        tryCompare(Officers, "checking", false)
        control("officerHomePage")
    }

    function initTestCase() {
        setUpUnit()
        openKiosk()
        Admin.requestAccess()
        control("pinPage")
        enterPin("802468")
        tryCompare(Admin, "unlocked", true)
        verify(Officers.addOfficer("Siti Rahmawati", "", "PKB Depok", "580314", "580314"), Officers.message)
        verify(Officers.setFieldMode(true))
        tap("adminLockButton")
        // A tablet with plenty of room, whatever the volume of the test machine holds.
        StoreProbe.setFreeSpace(20000, 32000)
        signInSiti()
    }

    function cleanupTestCase() {
        closeKiosk()
    }

    function test_1_aTabletThatIsFineShowsNoWarning() {
        compare(control("officerPending").text, "Semua catatan sudah terkirim.")
        verify(!banner("officerOfflineWarning").visible)
        verify(!banner("officerLowStorage").visible)
    }

    function test_2_recordsWaitingSayHowManyAndSinceWhen() {
        verify(StoreProbe.captureDaysAgo(3))
        verify(StoreProbe.captureDaysAgo(1))
        // The date itself (the oldest record's, in words) is checked against the calendar in tst_syncwarnings.
        tryVerify(function() {
            return /^2 menunggu sejak (Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} \S+ \d{4}$/
                .test(control("officerPending").text)
        }, 5000, control("officerPending").text)
        // Three days of waiting is within the unit's seven.
        verify(!banner("officerOfflineWarning").visible)
        Language.toggle()
        verify(/^2 waiting since (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} [A-Z][a-z]+ \d{4}$/
               .test(control("officerPending").text), control("officerPending").text)
        Language.toggle()
    }

    function test_3_tooManyDaysWithoutTheServerWarn() {
        Clock.advance(5 * day) // the oldest record has now waited eight days
        signInSiti()
        const warning = control("officerOfflineWarning")
        verify(warning.text.indexOf("8 hari") >= 0, warning.text)
        verify(!banner("officerLowStorage").visible)
        control("officerSyncCard")
    }

    function test_4_lowStorageSaysWhatToDo() {
        StoreProbe.setFreeSpace(150, 16000)
        const low = control("officerLowStorage")
        verify(low.text.indexOf("flashdisk") >= 0, low.text)
        // Room again: the banner goes.
        StoreProbe.setFreeSpace(8000, 16000)
        tryCompare(banner("officerLowStorage"), "visible", false)
    }
}
