import QtQuick
import QtQuick.Controls
import Suara.App
import Suara.Components

// The kiosk window. It shows exactly one page, chosen from the state of the C++ services: the admin
// area first, then "unavailable", then first-run PIN setup, then the visitor's current step.
ApplicationWindow {
    id: window

    // The page by file name, not as an inline Component: a type named in Main.qml is loaded and compiled,
    // with all it uses, before the first frame; by name, only the page shown is (issue 10, docs/adr/0047).
    readonly property string page: {
        if (Admin.unlocked)
            return "AdminPage.qml"
        if (Admin.prompting)
            return "PinPage.qml"
        if (Errors.kioskUnavailable || Session.step === Session.Unavailable)
            return "UnavailablePage.qml"
        if (!Admin.hasPin)
            return "PinSetupPage.qml"
        // Officers (issue 9): a field tablet without a signed-in officer asks who is using it.
        if (Officers.choosing || (Officers.fieldMode && !Officers.signedIn))
            return "OfficerSignInPage.qml"
        if (Officers.signedIn && OfficerReport.step === OfficerReport.Form)
            return "OfficerReportPage.qml"
        if (Officers.signedIn && OfficerReport.step === OfficerReport.Sign)
            return "OfficerReportSignPage.qml"
        if (OfficerReport.step === OfficerReport.Receipt)
            return "OfficerReportReceiptPage.qml"
        if (Officers.signedIn && Session.step === Session.Welcome)
            return "OfficerHomePage.qml"
        switch (Session.step) {
        case Session.Service:
            return "ServicePage.qml"
        case Session.Profile:
            return "ProfilePage.qml"
        case Session.Question:
            return "QuestionPage.qml"
        case Session.Gratification:
            return "GratificationPage.qml"
        case Session.GratificationReport:
            return "GratificationReportPage.qml"
        case Session.Comment:
            return "CommentPage.qml"
        case Session.ThankYou:
            return "ThankYouPage.qml"
        case Session.Region:
            return "RegionPickerPage.qml"
        case Session.Administer:
            return "FieldAdministerPage.qml"
        }
        return "WelcomePage.qml"
    }

    width: 1280
    height: 800
    title: "Suara"
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody

    Binding {
        target: Theme
        property: "viewWidth"
        // A closing window leaves the sizes as they are: a restore would re-lay out items being destroyed.
        restoreMode: Binding.RestoreNone
        value: window.width
    }
    Binding {
        target: Theme
        property: "viewHeight"
        restoreMode: Binding.RestoreNone
        value: window.height
    }
    // The visitor's large-text, high-contrast choice (it lasts for their visit).
    Binding {
        target: Theme
        property: "largeText"
        restoreMode: Binding.RestoreNone
        value: Display.largeText
    }
    Loader {
        id: pageLoader
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        // The page gives up the space the keyboard takes, so a focused field is never hidden under it.
        height: OnScreenKeyboard.visible ? parent.height - keyboard.height : parent.height
        focus: true
        source: window.page
        onLoaded: fadeIn.restart()
    }

    NumberAnimation {
        id: fadeIn
        target: pageLoader.item
        property: "opacity"
        from: 0
        to: 1
        duration: Theme.durationNormal
        easing.type: Easing.OutQuad
    }

    // A counter kiosk's way into the officer area (a field tablet always starts there): small and in
    // the corner, for staff, out of the visitor's way.
    BigButton {
        objectName: "officerAccess"
        visible: window.page === "WelcomePage.qml"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spaceS
        z: 4
        kind: "quiet"
        iconName: "user"
        //: Small button in the corner of the welcome screen: officers sign in (gratification report)
        text: qsTr("Officer")
        minHeight: Theme.adminTarget
        onClicked: Officers.requestSignIn()
    }

    // Made only while it is shown (by file name, like the pages): most of the time nobody is idle.
    Loader {
        anchors.fill: parent
        z: 5 // over the page, under the keyboard
        active: Idle.warningRemaining > 0
        source: "StillTherePrompt.qml"
    }

    // The keyboard is made on the first focus of a text field, not at start-up (docs/adr/0043): by file
    // name, so the Qt Virtual Keyboard module is not even imported before then.
    Loader {
        id: keyboard
        z: 10
        active: OnScreenKeyboard.needed
        source: "KeyboardPanel.qml"
    }
}
