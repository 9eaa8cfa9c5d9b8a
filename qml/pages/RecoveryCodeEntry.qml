import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// The recovery code of a kiosk whose admin forgot the PIN, typed on the on-screen keyboard and checked
// by Admin.recover(). A kiosk without a code says what is left: enrolling it, or resetting its data.
ColumnLayout {
    id: entry

    property bool locked: false

    spacing: Theme.spaceL

    PlainLabel {
        objectName: "recoveryDeviceId"
        visible: Admin.canRecover
        //: %1 is the kiosk's device id, which the server's administrator needs to find its recovery code
        text: qsTr("Device ID: %1").arg(Admin.deviceId)
        font.pixelSize: Theme.fontCaption
        color: Theme.textMuted
        wrapMode: Text.WrapAnywhere
        Layout.fillWidth: true
    }
    TextInputBox {
        id: codeInput
        objectName: "recoveryCodeInput"
        visible: Admin.canRecover
        enabled: !entry.locked && !Admin.checking
        //: Placeholder of the recovery code field: ten letters and digits
        placeholderText: qsTr("e.g. 7KQ4M-X2PQ8")
        inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        maximumLength: 16
        Layout.fillWidth: true
        onTextEdited: Admin.clearMessage()
        onAccepted: check.clicked()
    }
    BigButton {
        id: check
        objectName: "recoveryCheck"
        visible: Admin.canRecover
        enabled: !entry.locked && !Admin.checking && codeInput.text.trim().length > 0
        iconName: "check-light"
        text: qsTr("Check the code")
        Layout.fillWidth: true
        onClicked: {
            codeInput.focus = false
            if (Admin.recover(codeInput.text))
                codeInput.clear()
        }
    }
    InfoBanner {
        objectName: "recoveryUnavailable"
        visible: !Admin.canRecover
        tone: "info"
        text: qsTr("To open it again, either enroll it with the server (Linux: suara-sync --data-dir DIR enroll --server URL --code CODE) and ask for its recovery code, or reset its data: close the app and delete its data folder (on Android: Settings → Apps → Suara → Storage → Clear data). A reset erases the answers not yet sent; export them first with suara-sync export-bundle.")
        Layout.fillWidth: true
    }
}
