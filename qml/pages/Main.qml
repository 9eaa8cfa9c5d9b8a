import QtQuick
import QtQuick.Controls
import Suara.App
import Suara.Components

// The kiosk window. It shows exactly one page, chosen from the state of the C++ services: the admin
// area first, then "unavailable", then first-run PIN setup, then the visitor's current step.
ApplicationWindow {
    id: window

    readonly property Component page: {
        if (Admin.unlocked)
            return adminPage
        if (Admin.prompting)
            return pinPage
        if (Errors.kioskUnavailable || Session.step === Session.Unavailable)
            return unavailablePage
        if (!Admin.hasPin)
            return pinSetupPage
        // Officers (issue 9): a field tablet without a signed-in officer asks who is using it.
        if (Officers.choosing || (Officers.fieldMode && !Officers.signedIn))
            return officerSignInPage
        if (Officers.signedIn && OfficerReport.step === OfficerReport.Form)
            return officerReportPage
        if (Officers.signedIn && OfficerReport.step === OfficerReport.Sign)
            return officerReportSignPage
        if (OfficerReport.step === OfficerReport.Receipt)
            return officerReportReceiptPage
        if (Officers.signedIn && Session.step === Session.Welcome)
            return officerHomePage
        switch (Session.step) {
        case Session.Service:
            return servicePage
        case Session.Profile:
            return profilePage
        case Session.Question:
            return questionPage
        case Session.Gratification:
            return gratificationPage
        case Session.GratificationReport:
            return reportPage
        case Session.Comment:
            return commentPage
        case Session.ThankYou:
            return thankYouPage
        case Session.Region:
            return regionPickerPage
        case Session.Administer:
            return fieldAdministerPage
        }
        return welcomePage
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
        sourceComponent: window.page
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
        visible: window.page === welcomePage
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

    StillTherePrompt {
        anchors.fill: parent
        z: 5 // over the page, under the keyboard
    }

    // The keyboard is made on the first focus of a text field, not at start-up (docs/adr/0043): by file
    // name, so the Qt Virtual Keyboard module is not even imported before then.
    Loader {
        id: keyboard
        z: 10
        active: OnScreenKeyboard.needed
        source: "KeyboardPanel.qml"
    }

    Component { id: welcomePage; WelcomePage {} }
    Component { id: servicePage; ServicePage {} }
    Component { id: profilePage; ProfilePage {} }
    Component { id: questionPage; QuestionPage {} }
    Component { id: gratificationPage; GratificationPage {} }
    Component { id: reportPage; GratificationReportPage {} }
    Component { id: commentPage; CommentPage {} }
    Component { id: thankYouPage; ThankYouPage {} }
    Component { id: unavailablePage; UnavailablePage {} }
    Component { id: pinSetupPage; PinSetupPage {} }
    Component { id: pinPage; PinPage {} }
    Component { id: adminPage; AdminPage {} }
    Component { id: officerSignInPage; OfficerSignInPage {} }
    Component { id: officerHomePage; OfficerHomePage {} }
    Component { id: officerReportPage; OfficerReportPage {} }
    Component { id: regionPickerPage; RegionPickerPage {} }
    Component { id: fieldAdministerPage; FieldAdministerPage {} }
    Component { id: officerReportSignPage; OfficerReportSignPage {} }
    Component { id: officerReportReceiptPage; OfficerReportReceiptPage {} }
}
