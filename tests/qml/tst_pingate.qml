import QtQuick
import QtTest
import Suara.App
import Suara.Components

// The admin area: a PIN chosen on first run (weak ones refused, the keypad never moving), asked for on
// every entry, locked for longer after each wrong try past the free ones, and the recovery code of an
// enrolled kiosk as the way back. The corner lock says it must be held. The admin keyboard closes on
// Enter and on a tap beside the fields.
KioskTestCase {
    name: "PinGate"

    function initTestCase() {
        openKiosk()
    }

    function cleanupTestCase() {
        closeKiosk()
    }

    function typeDigits(pin) {
        for (let i = 0; i < pin.length; ++i)
            tap("pinKey_" + pin[i])
    }

    // Where the keypad is and how big, in window coordinates.
    function padGeometry() {
        settled()
        const pad = control("pinSetupPad")
        const p = pad.mapToItem(window.contentItem, 0, 0)
        return Math.round(p.x) + "," + Math.round(p.y) + " " + Math.round(pad.width) + "x" + Math.round(pad.height)
    }

    function message() {
        const banner = findChild(window.contentItem, "pinSetupMessage")
        return banner && banner.visible ? banner.text : ""
    }

    function test_0_theKeypadStaysPutThroughBothEntries_data() {
        return [{tag: "landscape", w: 1280, h: 800}, {tag: "portrait", w: 800, h: 1280}]
    }
    function test_0_theKeypadStaysPutThroughBothEntries(data) {
        window.width = data.w
        window.height = data.h
        settled()
        control("pinSetupPage")
        const first = padGeometry()
        enterPin("123456") // weak: a message appears under the keypad
        verify(message().length > 0)
        compare(padGeometry(), first, "a message moved the keypad")
        enterPin("802468")
        compare(findChild(window.contentItem, "pinSetupStep").text, "Masukkan PIN yang sama sekali lagi")
        compare(padGeometry(), first, "the confirm step moved the keypad")
        enterPin("802467")
        verify(message().length > 0)
        compare(padGeometry(), first, "the mismatch moved the keypad")
        verify(!Admin.hasPin)
        window.width = 1280
        window.height = 800
        settled()
    }

    function test_1_weakPinsAreRefusedWithAReason() {
        control("pinSetupPage")
        enterPin("111111")
        verify(message().indexOf("Satu angka yang diulang") >= 0, message())
        enterPin("987654")
        verify(message().indexOf("berurutan") >= 0, message())
        enterPin("121212")
        verify(message().indexOf("pola berulang") >= 0, message())
        enterPin("112233")
        verify(message().indexOf("paling banyak dipakai") >= 0, message())
        // Shorter than six digits cannot even be confirmed.
        typeDigits("2468")
        verify(!findChild(window.contentItem, "pinConfirm").enabled)
        for (let i = 0; i < 4; ++i)
            tap("pinBackspace")
        verify(!Admin.hasPin)
        Language.toggle() // the same reason in English
        enterPin("123456")
        verify(message().indexOf("Digits in a row") >= 0, message())
        Language.toggle()
    }

    function test_2_aMismatchIsForgottenWhenTheNextEntryBegins() {
        control("pinSetupPage")
        enterPin("802468")
        enterPin("802467") // a different second entry is refused
        compare(message(), "Kedua PIN tidak sama. Silakan coba lagi.")
        verify(!Admin.hasPin)
        typeDigits("8") // a new entry begins: the refusal no longer applies
        compare(message(), "")
        typeDigits("02468")
        tap("pinConfirm")
        compare(findChild(window.contentItem, "pinSetupStep").text, "Masukkan PIN yang sama sekali lagi")
        compare(message(), "", "a stale mismatch on the confirm step")
        enterPin("802468")
        tryCompare(Admin, "unlocked", true)
        verify(Admin.hasPin)
        control("adminPage")
    }

    function test_3_theAdminKeyboardClosesOnEnterAndOnATapBesideTheFields() {
        control("adminPage")
        const field = tap("unitCodeInput")
        tryCompare(Qt.inputMethod, "visible", true)
        verify(field.activeFocus)
        keyClick(Qt.Key_Return)
        tryCompare(Qt.inputMethod, "visible", false)
        verify(!field.activeFocus)

        tap("unitCodeInput")
        tryCompare(Qt.inputMethod, "visible", true)
        // Between the fields and the scroll bar: nothing there but the section's background.
        const background = control("scrollBackground")
        const flick = background.parent.parent // the list may have scrolled to show the field
        mouseClick(background, background.width - (Theme.spaceXl + Theme.spaceM) / 2, flick.contentY + 10)
        tryCompare(Qt.inputMethod, "visible", false)
        verify(!field.activeFocus)
        tap("adminLockButton")
        tryCompare(Admin, "unlocked", false)
    }

    function test_4_aTapOnTheCornerLockSaysToHoldIt() {
        control("welcomePage")
        const lock = control("adminAccess")
        const hint = findChild(lock, "holdHint")
        verify(!hint.visible)
        mouseClick(lock) // a tap, not a hold
        verify(!Admin.prompting)
        verify(hint.visible)
        verify(lock.hint === "Tahan untuk membuka menu admin", lock.hint)
        Clock.advance(lock.hintMs) // the hint goes after a while on the kiosk's clock
        verify(!hint.visible)
        pressAndHold("adminAccess", lock.holdMs - 250) // let go too early: still no menu, the hint again
        verify(!Admin.prompting)
        verify(hint.visible)
        pressAndHold("adminAccess", lock.holdMs)
        verify(Admin.prompting)
        control("pinPage")
        enterPin("802468")
        tryCompare(Admin, "unlocked", true)
        tap("adminLockButton")
    }

    function test_5_wrongPinsLockForLongerEachTime() {
        Admin.requestAccess()
        control("pinPage")
        for (let i = 0; i < 5; ++i)
            enterPin("000000")
        compare(Admin.lockoutRemaining, 60)
        const banner = control("pinLockout")
        verify(banner.text.indexOf("1:00") >= 0, banner.text)
        verify(!Admin.unlock("802468"))
        verify(!Admin.unlocked)
        Clock.advance(30000)
        verify(banner.text.indexOf("0:30") >= 0, banner.text)
        Clock.advance(30000) // a minute untouched: the idle reset closed the PIN page too
        compare(Admin.lockoutRemaining, 0)
        Admin.requestAccess()
        verify(!control("pinPage").lockedOut)
        enterPin("000000") // past the free tries, one wrong PIN locks again, for longer
        compare(Admin.lockoutRemaining, 300)
        const longer = control("pinLockout")
        verify(longer.text.indexOf("5:00") >= 0, longer.text)
        Clock.advance(300000)
    }

    function test_6_anUnenrolledKioskSaysOnlyAResetHelps() {
        Admin.requestAccess()
        control("pinPage")
        verify(!Admin.canRecover)
        tap("pinForgot")
        const unavailable = control("recoveryUnavailable")
        verify(unavailable.text.indexOf("hapus") >= 0, unavailable.text)
        verify(!findChild(window.contentItem, "recoveryCodeInput").visible)
        tap("pinBackToPin")
        control("pinEntryPad")
        Admin.cancel()
    }

    function test_7_theRecoveryCodeLeadsToANewPin() {
        verify(StoreProbe.receiveRecoveryCode("7KQ4M-X2PQ8"))
        Admin.requestAccess()
        enterPin("802468") // the right PIN gives the free tries back
        tryCompare(Admin, "unlocked", true)
        Admin.lock()
        Admin.requestAccess()
        control("pinPage")
        verify(Admin.canRecover)
        tap("pinForgot")
        const input = tap("recoveryCodeInput")
        tryCompare(Qt.inputMethod, "visible", true)
        typeText("7kq4m-x2pq7") // one symbol wrong
        keyClick(Qt.Key_Return) // Enter checks it, and the keyboard closes
        tryCompare(Admin, "checking", false)
        tryCompare(Qt.inputMethod, "visible", false)
        verify(!Admin.choosingNewPin)
        verify(control("pinMessage").text.indexOf("Kode pemulihan salah") >= 0, control("pinMessage").text)
        tap("recoveryCodeInput")
        typeText("7kq4m x2pq8")
        tap("recoveryCheck")
        tryCompare(Admin, "choosingNewPin", true)
        control("pinSetupPad")
        enterPin("582014")
        enterPin("582014")
        tryCompare(Admin, "unlocked", true)
        control("adminPage")
        tap("adminLockButton")
        Admin.requestAccess()
        enterPin("582014")
        tryCompare(Admin, "unlocked", true)
    }
}
