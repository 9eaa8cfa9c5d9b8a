import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// Enter a new PIN twice, then hand both to Admin.setPin. Used on first run, to change the PIN and after
// a recovery code. A weak PIN is refused at the first entry, with the reason under the keypad.
// Nothing above the keypad changes size between the two entries, and the message and "Start over" keep
// their space when empty, so the keypad stays exactly where it is while the admin types.
ColumnLayout {
    id: flow

    property string first: ""
    readonly property bool confirming: first.length > 0
    property int messageSize: Theme.fontBody

    signal done

    objectName: "pinSetupFlow"

    function restart() {
        first = ""
        pad.clear()
    }

    spacing: Theme.spaceL

    // One line whatever the language: a long instruction is set smaller instead of wrapping.
    PlainLabel {
        objectName: "pinSetupStep"
        text: flow.confirming ? qsTr("Enter the same PIN again")
                              : qsTr("Enter a new PIN of %1 to %2 digits").arg(pad.minLength).arg(pad.maxLength)
        font.pixelSize: Theme.fontBodyLarge
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.NoWrap
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Theme.fontCaption
        Layout.fillWidth: true
        Layout.preferredHeight: Math.ceil(Theme.fontBodyLarge * 1.4)
    }
    PinPad {
        id: pad
        objectName: "pinSetupPad"
        minLength: Admin.minPinLength
        maxLength: Admin.maxPinLength
        Layout.alignment: Qt.AlignHCenter
        onStarted: Admin.clearMessage()
        onSubmitted: pin => {
            if (!flow.confirming) {
                pad.clear()
                if (Admin.acceptNewPin(pin))
                    flow.first = pin
                return
            }
            const ok = Admin.setPin(flow.first, pin)
            flow.restart()
            if (ok)
                flow.done()
        }
    }
    // One slot under the keypad, its height kept whatever it shows: the reason a PIN was refused, or
    // "Start over" while the second entry is typed (a refusal starts the first entry again, and a new
    // entry clears the refusal, so the two do not meet).
    Item {
        Layout.fillWidth: true
        Layout.preferredHeight: 3 * Math.ceil(flow.messageSize * 1.4) + 2 * Theme.spaceM

        InfoBanner {
            objectName: "pinSetupMessage"
            visible: Admin.message.length > 0
            tone: "warning"
            textSize: flow.messageSize
            text: Admin.message
            width: parent.width
        }
        BigButton {
            objectName: "pinSetupRestart"
            kind: "quiet"
            visible: flow.confirming && Admin.message.length === 0
            //: Start entering the new PIN from the beginning
            text: qsTr("Start over")
            minHeight: Theme.adminTarget
            anchors.horizontalCenter: parent.horizontalCenter
            onClicked: {
                Admin.clearMessage()
                flow.restart()
            }
        }
    }
}
