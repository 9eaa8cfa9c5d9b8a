import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// The admin's PIN. Wrong tries lock the pad for longer each time, with a countdown. "Forgot PIN?" takes
// the server-issued recovery code of an enrolled kiosk, and a right code leads to choosing a new PIN.
// Messages sit under the keypad in room kept for them, so the keypad does not move when one appears.
PageScaffold {
    id: page

    readonly property bool lockedOut: Admin.lockoutRemaining > 0
    property bool recovering: false

    function clock(seconds) {
        const h = Math.floor(seconds / 3600)
        const m = Math.floor(seconds % 3600 / 60)
        const s = seconds % 60
        return (h > 0 ? h + ":" + (m < 10 ? "0" : "") : "") + m + ":" + (s < 10 ? "0" : "") + s
    }

    objectName: "pinPage"

    TwoPane {
        id: panes
        anchors.centerIn: parent
        width: parent.width

        ColumnLayout {
            spacing: Theme.spaceL
            Layout.preferredWidth: panes.paneWidth
            Layout.alignment: Qt.AlignVCenter

            SvgIcon {
                name: "lock-dark"
                size: Theme.iconL
            }
            PlainLabel {
                objectName: "pinTitle"
                text: Admin.choosingNewPin ? qsTr("Choose a new PIN")
                                           : page.recovering ? qsTr("Forgot the PIN") : qsTr("Admin PIN")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                Layout.fillWidth: true
            }
            PlainLabel {
                text: Admin.choosingNewPin ? qsTr("The recovery code was right. Choose the PIN that will open the kiosk settings from now on.")
                                           : !page.recovering ? qsTr("Enter the PIN to open the kiosk settings.")
                                           : Admin.canRecover ? qsTr("Ask the Suara server administrator for this kiosk's recovery code (suara-server recovery-code with the device ID below) and enter it here.")
                                           : qsTr("This kiosk has no recovery code, because it has not been enrolled with a Suara server.")
                color: Theme.textMuted
                Layout.fillWidth: true
            }
            BigButton {
                objectName: "pinForgot"
                visible: !page.recovering && !Admin.choosingNewPin
                kind: "quiet"
                iconName: "key"
                //: Opens the recovery of a forgotten admin PIN
                text: qsTr("Forgot PIN?")
                minHeight: Theme.adminTarget
                onClicked: {
                    Admin.clearMessage()
                    page.recovering = true
                }
            }
            BigButton {
                objectName: "pinBackToPin"
                visible: page.recovering && !Admin.choosingNewPin
                kind: "quiet"
                iconName: "back"
                //: From the recovery code back to entering the PIN
                text: qsTr("Enter the PIN instead")
                minHeight: Theme.adminTarget
                onClicked: {
                    Admin.clearMessage()
                    page.recovering = false
                }
            }
            BigButton {
                objectName: "pinCancel"
                kind: "secondary"
                iconName: "back"
                //: Leave the PIN screen without unlocking
                text: qsTr("Cancel")
                Layout.preferredWidth: Theme.px(240)
                onClicked: Admin.cancel()
            }
        }
        ColumnLayout {
            spacing: Theme.spaceL
            Layout.preferredWidth: panes.paneWidth
            Layout.alignment: Qt.AlignVCenter

            // One of the three at a time, made only while shown: two keypads never exist side by side.
            Loader {
                active: !page.recovering && !Admin.choosingNewPin
                visible: active
                Layout.alignment: Qt.AlignHCenter
                sourceComponent: PinPad {
                    id: pad
                    objectName: "pinEntryPad"
                    // Admin's own state, not page.lockedOut: an inline component does not reach outer ids.
                    locked: Admin.lockoutRemaining > 0 || Admin.checking
                    // PINs chosen before the six-digit rule still open the kiosk.
                    minLength: 4
                    maxLength: Admin.maxPinLength
                    onSubmitted: pin => {
                        Admin.unlock(pin)
                        pad.clear()
                    }
                }
            }
            Loader {
                active: page.recovering && !Admin.choosingNewPin
                visible: active
                Layout.fillWidth: true
                sourceComponent: RecoveryCodeEntry {
                    locked: Admin.lockoutRemaining > 0
                }
            }
            Loader {
                active: Admin.choosingNewPin
                visible: active
                Layout.fillWidth: true
                sourceComponent: PinSetupFlow {}
            }
            // Room for three lines of message, shown or not.
            Item {
                visible: !Admin.choosingNewPin
                Layout.fillWidth: true
                Layout.preferredHeight: 3 * Math.ceil(Theme.fontBody * 1.4) + 2 * Theme.spaceM

                InfoBanner {
                    objectName: "pinLockout"
                    visible: page.lockedOut
                    width: parent.width
                    tone: "danger"
                    //: %1 is a countdown like 4:59 or 1:00:00
                    text: qsTr("Too many wrong tries. Try again in %1.").arg(page.clock(Admin.lockoutRemaining))
                }
                InfoBanner {
                    objectName: "pinMessage"
                    visible: !page.lockedOut && Admin.message.length > 0
                    width: parent.width
                    tone: "warning"
                    text: Admin.message
                }
            }
        }
    }
}
