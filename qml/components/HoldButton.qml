import QtQuick
import QtQuick.Controls

// A discreet control that only acts after being held down for a while, so a curious visitor tapping it
// does nothing; a ring fills while it is held. Emits held(). A press let go too early shows `hint`
// beside it for a few seconds: the admin learns it must be held, the visitor learns nothing more.
AbstractButton {
    id: control

    property string iconName: "lock"
    property int holdMs: Theme.holdToOpenMs
    //: Shown beside the small lock in the corner when it is tapped instead of held
    property string hint: qsTr("Hold to open the admin menu")
    readonly property bool hintShown: hintTimer.running

    signal held

    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget
    focusPolicy: Qt.NoFocus

    onPressedChanged: {
        if (pressed) {
            holdTimer.restart()
        } else if (holdTimer.running) {
            holdTimer.stop()
            hintTimer.restart() // let go before it opened: a tap, not a hold
        }
    }

    Timer {
        id: holdTimer
        interval: control.holdMs
        onTriggered: {
            hintTimer.stop()
            control.held()
        }
    }
    Timer {
        id: hintTimer
        interval: 4000
    }

    Rectangle {
        objectName: "holdHint"
        visible: control.hintShown
        anchors.left: parent.right
        anchors.leftMargin: Theme.spaceS
        anchors.verticalCenter: parent.verticalCenter
        width: hintLabel.implicitWidth + 2 * Theme.spaceM
        height: hintLabel.implicitHeight + 2 * Theme.spaceS
        radius: Theme.radiusM
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.borderStrong

        PlainLabel {
            id: hintLabel
            anchors.centerIn: parent
            text: control.hint
            wrapMode: Text.NoWrap
            font.pixelSize: Theme.fontCaption
            color: Theme.text
        }
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
