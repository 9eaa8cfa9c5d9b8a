import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// The admin's PIN. After too many wrong tries the pad is locked and a countdown shows when it opens.
PageScaffold {
    id: page

    readonly property bool lockedOut: Admin.lockoutRemaining > 0

    function clock(seconds) {
        const m = Math.floor(seconds / 60)
        const s = seconds % 60
        return m + ":" + (s < 10 ? "0" : "") + s
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
                text: qsTr("Admin PIN")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                Layout.fillWidth: true
            }
            PlainLabel {
                text: qsTr("Enter the PIN to open the kiosk settings.")
                color: Theme.textMuted
                Layout.fillWidth: true
            }
            InfoBanner {
                objectName: "pinLockout"
                visible: page.lockedOut
                tone: "danger"
                //: %1 is a countdown like 4:59
                text: qsTr("Too many wrong PINs. Try again in %1.").arg(page.clock(Admin.lockoutRemaining))
                Layout.fillWidth: true
            }
            InfoBanner {
                objectName: "pinMessage"
                visible: !page.lockedOut && Admin.message.length > 0
                tone: "warning"
                text: Admin.message
                Layout.fillWidth: true
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
        PinPad {
            id: pad
            locked: page.lockedOut
            Layout.preferredWidth: panes.paneWidth
            Layout.alignment: Qt.AlignVCenter
            onSubmitted: pin => {
                Admin.unlock(pin)
                pad.clear()
            }
        }
    }
}
