import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// Enter a new PIN twice, then hand both to Admin.setPin. Used on first run and to change the PIN.
ColumnLayout {
    id: flow

    property string first: ""
    readonly property bool confirming: first.length > 0

    signal done

    function restart() {
        first = ""
        pad.clear()
    }

    spacing: Theme.spaceL

    PlainLabel {
        objectName: "pinSetupStep"
        text: flow.confirming ? qsTr("Enter the same PIN again")
                              : qsTr("Enter a new PIN of %1 to %2 digits").arg(pad.minLength).arg(pad.maxLength)
        font.pixelSize: Theme.fontBodyLarge
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }
    PinPad {
        id: pad
        Layout.alignment: Qt.AlignHCenter
        onSubmitted: pin => {
            if (!flow.confirming) {
                flow.first = pin
                pad.clear()
                return
            }
            const ok = Admin.setPin(flow.first, pin)
            flow.restart()
            if (ok)
                flow.done()
        }
    }
    BigButton {
        objectName: "pinSetupRestart"
        kind: "quiet"
        visible: flow.confirming
        //: Start entering the new PIN from the beginning
        text: qsTr("Start over")
        minHeight: Theme.adminTarget
        Layout.alignment: Qt.AlignHCenter
        onClicked: flow.restart()
    }
}
