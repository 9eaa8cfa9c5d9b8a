import QtQuick
import QtTest
import Suara.App

// The admin "Export" section: the stick (a directory named by SUARA_REMOVABLE_ROOTS, see CMakeLists.txt)
// is listed, a CSV export runs off the GUI thread and says in Indonesian that the file is complete.
KioskTestCase {
    name: "AdminExport"

    function initTestCase() {
        setUpUnit()
        openKiosk()
    }

    function cleanupTestCase() {
        closeKiosk()
    }

    function test_1_theStickIsListed() {
        Admin.requestAccess()
        control("pinPage")
        enterPin("802468")
        tryCompare(Admin, "unlocked", true)
        tap("adminSection_export")
        tryCompare(DeviceExport.volumes, "count", 1)
        control("exportVolume0")
        verify(control("exportVolume0").text.indexOf("KIOSK-USB") >= 0)
    }

    function test_2_aCsvExportSaysItIsDone() {
        tap("exportCsvButton")
        tryCompare(DeviceExport, "busy", false, 30000)
        verify(DeviceExport.succeeded)
        const message = control("exportMessage")
        compare(message.tone, "success")
        verify(message.text.indexOf("Selesai") === 0, message.text)
        verify(message.text.indexOf(".csv") > 0, message.text)
    }
}
