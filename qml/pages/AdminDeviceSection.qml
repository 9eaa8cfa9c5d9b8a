import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// The device itself: change the PIN, leave kiosk mode, lock the settings. Confirmations open in place
// (no pop-ups), so nothing hides behind an overlay and every control stays reachable by objectName.
ScrollArea {
    id: scroll

    property bool changingPin: false
    property bool pinChanged: false
    property bool confirmingExit: false

    showHint: false

    AdminHeading {
        title: qsTr("Device")
        text: qsTr("Unit code: %1").arg(Settings.unitCode.length > 0 ? Settings.unitCode : "–")
    }
    Card {
        Layout.fillWidth: true

        AdminFieldLabel {
            text: qsTr("Admin PIN")
            Layout.topMargin: 0
        }
        PlainLabel {
            text: qsTr("Change it when someone who knew it leaves the unit.")
            font.pixelSize: Theme.fontCaption
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        InfoBanner {
            visible: scroll.pinChanged && !scroll.changingPin
            tone: "success"
            textSize: Theme.fontAdminBody
            text: qsTr("The new PIN is saved.")
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "changePinButton"
            visible: !scroll.changingPin
            kind: "secondary"
            iconName: "key"
            text: qsTr("Change PIN")
            minHeight: Theme.adminTarget
            onClicked: {
                scroll.pinChanged = false
                scroll.changingPin = true
            }
        }
        PinSetupFlow {
            visible: scroll.changingPin
            messageSize: Theme.fontAdminBody
            Layout.fillWidth: true
            onDone: {
                scroll.changingPin = false
                scroll.pinChanged = true
            }
        }
        BigButton {
            objectName: "changePinCancel"
            visible: scroll.changingPin
            kind: "secondary"
            text: qsTr("Cancel")
            minHeight: Theme.adminTarget
            Layout.alignment: Qt.AlignHCenter
            onClicked: scroll.changingPin = false
        }
    }
    Card {
        Layout.fillWidth: true

        AdminFieldLabel {
            text: qsTr("Leave kiosk mode")
            Layout.topMargin: 0
        }
        PlainLabel {
            text: qsTr("Closes the kiosk app, for maintenance. Visitors cannot give answers until it is started again.")
            font.pixelSize: Theme.fontCaption
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "exitKioskButton"
            visible: !scroll.confirmingExit
            kind: "secondary"
            iconName: "exit"
            //: Admin button that closes the kiosk app
            text: qsTr("Leave kiosk mode")
            minHeight: Theme.adminTarget
            onClicked: scroll.confirmingExit = true
        }
        InfoBanner {
            visible: scroll.confirmingExit
            tone: "danger"
            textSize: Theme.fontAdminBody
            text: qsTr("Leave kiosk mode? The kiosk app will close. Answers already given are safe.")
            Layout.fillWidth: true
        }
        RowLayout {
            visible: scroll.confirmingExit
            spacing: Theme.spaceM
            Layout.fillWidth: true

            BigButton {
                objectName: "exitKioskCancel"
                kind: "secondary"
                text: qsTr("Cancel")
                minHeight: Theme.adminTarget
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: scroll.confirmingExit = false
            }
            BigButton {
                objectName: "exitKioskConfirm"
                kind: "danger"
                iconName: "exit"
                //: Confirms closing the kiosk app
                text: qsTr("Yes, leave kiosk mode")
                minHeight: Theme.adminTarget
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: Kiosk.leaveKioskMode()
            }
        }
    }
    BigButton {
        objectName: "lockAdminButton"
        kind: "primary"
        iconName: "check"
        //: Close the admin area and go back to the visitor screens
        text: qsTr("Lock settings and return to visitors")
        minHeight: Theme.adminTarget
        Layout.fillWidth: true
        onClicked: Admin.lock()
    }
}
