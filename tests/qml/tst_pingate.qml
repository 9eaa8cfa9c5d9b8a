import QtQuick
import QtTest
import Suara.App

// The admin area: a PIN chosen on first run, asked for on every entry, locked after five wrong tries.
KioskTestCase {
    name: "PinGate"

    function initTestCase() {
        openKiosk()
    }

    function cleanupTestCase() {
        closeKiosk()
    }

    function test_1_firstRunAsksForANewPinTwice() {
        compare(Admin.hasPin, false)
        control("pinSetupPage")
        enterPin("2468")
        enterPin("1357") // a different second entry is refused
        verify(!Admin.hasPin)
        enterPin("2468")
        enterPin("2468")
        tryCompare(Admin, "unlocked", true)
        verify(Admin.hasPin)
        control("adminPage")
    }

    function test_2_theAdminAreaNeedsThePinAgain() {
        tap("adminLockButton")
        tryCompare(Admin, "unlocked", false)
        control("welcomePage")
        pressAndHold("adminAccess", 200) // a short press does nothing
        verify(!Admin.prompting)
        pressAndHold("adminAccess", 2000)
        verify(Admin.prompting)
        control("pinPage")
        enterPin("2468")
        tryCompare(Admin, "unlocked", true)
        tap("adminLockButton")
    }

    function test_3_fiveWrongPinsLockTheArea() {
        Admin.requestAccess()
        control("pinPage")
        for (let i = 0; i < 5; ++i)
            enterPin("0000")
        verify(Admin.lockoutRemaining > 0)
        control("pinLockout")
        verify(!Admin.unlock("2468"))
        verify(!Admin.unlocked)
    }
}
