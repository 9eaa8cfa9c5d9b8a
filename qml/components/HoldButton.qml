import QtQuick
import QtQuick.Controls

// A discreet control that only acts after being held down for a while, so a curious visitor tapping it
// does nothing; a ring fills while it is held. Emits held().
AbstractButton {
    id: control

    property string iconName: "lock"
    property int holdMs: Theme.holdToOpenMs

    signal held

    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget
    focusPolicy: Qt.NoFocus

    onPressedChanged: {
        if (pressed)
            holdTimer.restart()
        else
            holdTimer.stop()
    }

    Timer {
        id: holdTimer
        interval: control.holdMs
        onTriggered: control.held()
    }

    contentItem: Item {
        Rectangle {
            anchors.centerIn: parent
            width: parent.width * 0.8
            height: width
            radius: width / 2
            color: Theme.primarySoft
            border.width: Theme.borderWidth
            border.color: Theme.primary
            scale: control.pressed ? 1 : 0
            opacity: control.pressed ? 1 : 0

            Behavior on scale {
                NumberAnimation { duration: control.pressed ? control.holdMs : Theme.durationFast }
            }
        }
        SvgIcon {
            anchors.centerIn: parent
            name: control.iconName
            size: Theme.iconS
            opacity: control.pressed ? 1 : 0.55
        }
    }
}
