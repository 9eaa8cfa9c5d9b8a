import QtQuick
import QtTest
import Suara.App

// Officers on a shared tablet, by touch: the admin adds them, an officer signs in with two taps and a
// PIN, wrong PINs lock sign-in with a countdown, and the tablet locks itself on the kiosk's clock.
KioskTestCase {
    name: "Officers"

    function enterOfficerPin(pin) {
        for (let i = 0; i < pin.length; ++i)
            tap("pinKey_" + pin[i])
        tap("pinConfirm")
        tryCompare(Officers, "checking", false) // checked off the GUI thread
    }

    function initTestCase() {
        openKiosk()
        if (!Admin.hasPin)
            verify(Admin.setPin("802468", "802468"))
        Settings.unitCode = "KB-SLM"
        Settings.unitName = "Balai Penyuluhan KB Depok"
        Settings.cooldownSeconds = 0
        Settings.defaultLanguage = "id"
    }

    function cleanupTestCase() {
        closeKiosk()
    }

    function test_1_theAdminAddsAnOfficerInTheAdminArea() {
        verify(Admin.unlocked)
        tap("adminSection_officers")
        typeInto("officerNameInput", "Siti Rahmawati")
        typeInto("officerPositionInput", "PKB Depok")
        typeInto("officerPinInput", "580314")
        typeInto("officerPinConfirmInput", "580314")
        Qt.inputMethod.hide() // the keyboard closes, as a tap beside the fields does
        tap("officerAddButton")
        compare(Officers.message, "")
        Qt.inputMethod.hide()
        compare(Officers.officers.length, 1)
        compare(Officers.officers[0].id, "siti-rahmawati")
        // A PIN anyone would try is refused, with the reason on screen.
        typeInto("officerNameInput", "Budi Santoso")
        typeInto("officerPinInput", "123456")
        typeInto("officerPinConfirmInput", "123456")
        Qt.inputMethod.hide() // the keyboard closes, as a tap beside the fields does
        tap("officerAddButton")
        compare(Officers.officers.length, 1)
        verify(control("officerAddMessage").text.length > 0)
        verify(Officers.addOfficer("Budi Santoso", "", "PLKB", "730916", "730916"), Officers.message)
        tap("adminLockButton")
        verify(!Admin.unlocked)
    }

    function test_2_twoTapsAndAPinSwitchTheOfficer() {
        tap("officerAccess")
        control("officerSignInPage")
        tap("officer_siti-rahmawati")
        compare(Officers.selectedId, "siti-rahmawati")
        control("officerPinPad")
        enterOfficerPin("580314")
        control("officerHomePage")
        compare(Officers.officerId, "siti-rahmawati")
        compare(control("officerHomeName").text, "Siti Rahmawati")
        // Budi takes the tablet: his name, his PIN.
        tap("officerSwitch")
        tap("officer_budi-santoso")
        enterOfficerPin("730916")
        control("officerHomePage")
        compare(Officers.officerId, "budi-santoso")
        tap("officerSignOut")
        control("welcomePage")
        verify(!Officers.signedIn)
    }

    function test_3_wrongPinsLockSignInWithACountdown() {
        tap("officerAccess")
        tap("officer_siti-rahmawati")
        // Four wrong PINs say how many tries are left; the fifth locks sign-in.
        for (let i = 0; i < 4; ++i) {
            enterOfficerPin("999111")
            verify(control("officerMessage").text.length > 0)
            verify(!Officers.signedIn)
        }
        enterOfficerPin("999111")
        compare(Officers.lockoutRemaining, 60)
        verify(control("officerLockout").text.indexOf("1:00") >= 0)
        // Locked: the keypad takes nothing, even the right PIN.
        verify(!findChild(window.contentItem, "pinKey_5").enabled)
        Clock.advance(30 * 1000)
        verify(control("officerLockout").text.indexOf("0:30") >= 0)
        Clock.advance(31 * 1000)
        tryCompare(Officers, "lockoutRemaining", 0)
        enterOfficerPin("580314")
        control("officerHomePage")
        compare(Officers.officerId, "siti-rahmawati")
    }

    function test_4_theTabletLocksItselfOnTheKiosksClock() {
        verify(Officers.signedIn)
        const ms = Officers.lockMinutes * 60 * 1000
        Clock.advance(ms - 2000)
        verify(Officers.signedIn)
        control("officerHomePage")
        Clock.advance(3000)
        tryCompare(Officers, "signedIn", false)
        // A counter kiosk goes back to its visitors; nothing of the officer is left on screen.
        control("welcomePage")
    }

    // A tap on the field, then the keys; the keyboard of the field before closes first (a tap beside
    // the fields), so it never covers the next one.
    function typeInto(name, text) {
        Qt.inputMethod.hide()
        const field = control(name)
        scrollIntoView(field)
        mouseClick(field)
        typeText(text)
    }

    // One stroke across the pad, from (0.1, 0.6) up to (0.9, 0.3).
    function signOnPad() {
        const area = control("signatureArea")
        mousePress(area, area.width * 0.1, area.height * 0.6)
        for (let i = 1; i <= 10; ++i)
            mouseMove(area, area.width * (0.1 + 0.08 * i), area.height * (0.6 - 0.03 * i))
        mouseRelease(area, area.width * 0.9, area.height * 0.3)
    }

    // Whether the pad shows ink on that stroke at (0.74, 0.36), as drawn on the screen: a colour other
    // than the pad's at (0.9, 0.1), where nothing is drawn (the "sign here" words sit in the middle).
    // The window is grabbed and the pad found in it (grabbing the pad alone took the wrong part here).
    function inkOnPad() {
        const pad = control("signaturePad")
        settled()
        const image = grabImage(window.contentItem)
        const r = rectOf(pad)
        const at = (x, y) => image.pixel(Math.round(r.x + r.width * x), Math.round(r.y + r.height * y))
        return !Qt.colorEqual(at(0.74, 0.36), at(0.9, 0.1))
    }

    function test_5_theOfficerReportsARefusedGift() {
        tap("officerAccess")
        tap("officer_siti-rahmawati")
        enterOfficerPin("580314")
        tap("officerReportStart")
        control("officerReportPage")
        // Nothing filled in: the form says what is missing and stays.
        tap("officerReportNext")
        control("officerReportPage")
        verify(OfficerReport.missing.indexOf("giverName") >= 0)
        verify(OfficerReport.message.length > 0)
        tap("reportChoice_kind_refusal")
        typeInto("reportInput_giverName", "Keluarga warga binaan A.S.")
        typeInto("reportInput_giverRelation", "kakak")
        tap("reportChoice_form_money")
        typeInto("reportInput_description", "Amplop berisi uang")
        typeInto("reportInput_valueIdr", "1500000")
        compare(control("reportValueText").text, "Rp 1.500.000")
        typeInto("reportInput_place", "Ruang kunjungan")
        typeInto("reportArea_chronology", "Ditawarkan setelah kunjungan, saya menolak.")
        Qt.inputMethod.hide()
        compare(OfficerReport.missing.length, 0)
        compare(OfficerReport.message, "") // the "fill in" message went with the last marked field
        tap("officerReportNext")
        control("officerReportSignPage")
        // The PIN alone does not send an unsigned report.
        enterOfficerPin("580314")
        control("officerReportSignPage")
        verify(control("reportSignMessage").text.length > 0)
        verify(!inkOnPad())
        signOnPad()
        compare(OfficerReport.signatureStrokes, 1)
        verify(inkOnPad(), "the stroke is not drawn")
        // Back to the form and on again: the page is made anew, and its pad shows the stroke the PIN
        // would store (it was stored but no longer shown, so a PIN alone signed what nobody saw).
        tap("reportBackToForm")
        control("officerReportPage")
        tap("officerReportNext")
        control("officerReportSignPage")
        compare(OfficerReport.signatureStrokes, 1)
        compare(control("signaturePad").strokes.length, 1)
        verify(!findChild(window.contentItem, "signatureHint").visible, "the pad looks empty")
        verify(inkOnPad(), "the stroke is not drawn")
        // Clearing clears what is shown and what would be stored; the PIN then sends nothing.
        tap("signatureClear")
        compare(OfficerReport.signatureStrokes, 0)
        compare(control("signaturePad").strokes.length, 0)
        verify(findChild(window.contentItem, "signatureHint").visible)
        verify(!inkOnPad(), "the cleared stroke is still drawn")
        enterOfficerPin("580314")
        control("officerReportSignPage")
        verify(control("reportSignMessage").text.length > 0)
        signOnPad()
        compare(OfficerReport.signatureStrokes, 1)
        verify(inkOnPad())
        enterOfficerPin("580314")
        control("officerReportReceiptPage")
        const records = StoreProbe.records()
        const last = records[records.length - 1]
        compare(last.type, "gratification_report")
        compare(last.officer, "siti-rahmawati")
        compare(last.data.valueIdr, 1500000)
        compare(last.data.giver.name, "Keluarga warga binaan A.S.")
        compare(control("receiptNumber").text, "GR-KB-SLM-" + last.seq)
        // The signature is in the store with the record, under the hash the record carries.
        const files = StoreProbe.evidence()
        compare(files.length, 1)
        compare(files[0].record, last.id)
        compare(files[0].sha256, last.data.signature.sha256)
        compare(files[0].bytesHash, files[0].sha256)
        compare(files[0].type, "image/png")
        tap("receiptDone")
        control("officerHomePage")
        tap("officerSignOut")
    }
}
