pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Digits for the admin PIN: dots show how many were typed (never the digits), a 3×4 keypad,
// ⌫ and a confirm key that works from minLength digits. Keys: pinKey_<digit>, pinBackspace, pinConfirm.
// Its size does not depend on what was typed, so it stays put while a page changes around it.
ColumnLayout {
    id: pad

    property string pin: ""
    property int minLength: 4
    property int maxLength: 8
    property bool locked: false

    signal submitted(string pin)
    // The first digit of a new entry: a message about the previous entry no longer applies.
    signal started

    function clear() {
        pin = ""
    }
    function press(key) {
        if (locked)
            return
        if (key === "back")
            pin = pin.slice(0, -1)
        else if (key === "ok") {
            if (pin.length >= minLength)
                submitted(pin)
        } else if (pin.length < maxLength) {
            pin += key
            if (pin.length === 1)
                started()
        }
    }

    spacing: Theme.spaceL

    Row {
        spacing: Theme.spaceM
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredHeight: Theme.spaceXl
        Accessible.role: Accessible.StaticText
        //: Accessible description of the PIN dots, e.g. "3 digits entered"
        Accessible.name: qsTr("Digits entered: %1").arg(pad.pin.length)

        Repeater {
            model: Math.max(pad.minLength, pad.pin.length)

            Rectangle {
                required property int index
                width: Theme.spaceL
                height: width
                radius: width / 2
                color: index < pad.pin.length ? Theme.primary : Theme.clear
                border.width: Theme.borderWidth
                border.color: index < pad.pin.length ? Theme.primary : Theme.borderStrong
            }
        }
    }

    GridLayout {
        columns: 3
        rowSpacing: Theme.spaceM
        columnSpacing: Theme.spaceM
        Layout.alignment: Qt.AlignHCenter

        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0", "ok"]

            Button {
                id: key
                required property string modelData
                readonly property bool isConfirm: modelData === "ok"
                readonly property bool isBack: modelData === "back"

                objectName: isConfirm ? "pinConfirm" : isBack ? "pinBackspace" : "pinKey_" + modelData
                enabled: !pad.locked && (isConfirm ? pad.pin.length >= pad.minLength
                                                   : isBack ? pad.pin.length > 0 : pad.pin.length < pad.maxLength)
                focusPolicy: Qt.NoFocus
                text: isConfirm ? qsTr("OK") : isBack ? qsTr("Delete") : modelData
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                Layout.preferredWidth: Theme.pinKey * 1.35
                Layout.preferredHeight: Theme.pinKey
                onClicked: pad.press(modelData)

                contentItem: Item {
                    PlainLabel {
                        anchors.centerIn: parent
                        visible: !key.isBack && !key.isConfirm
                        text: key.text
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: key.enabled ? Theme.text : Theme.textDisabled
                    }
                    SvgIcon {
                        anchors.centerIn: parent
                        visible: key.isBack || key.isConfirm
                        name: key.isBack ? "backspace" : key.enabled ? "check-light" : "check"
                        size: Theme.iconM
                        opacity: key.enabled ? 1 : 0.4
                    }
                }
                background: Rectangle {
                    radius: Theme.radiusM
                    color: key.isConfirm && key.enabled ? (key.down ? Theme.primaryPressed : Theme.primary)
                                                       : key.down ? Theme.primarySoft : Theme.surface
                    border.width: Theme.borderWidth
                    border.color: key.isConfirm && key.enabled ? Theme.primary : Theme.border
                }
            }
        }
    }
}
