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
    property int hintMs: 4000
    readonly property bool hintShown: hintUntil > 0

    // The kiosk's clock in ms (pages bind Clock.nowMs, app/clock.h; this module cannot import it).
    // Deadlines are checked as it moves, so tests move time instead of holding a finger down for real.
    required property real now
    // 0 when nothing is pending.
    property real holdUntil: 0
    property real hintUntil: 0

    signal held

    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget
    focusPolicy: Qt.NoFocus

    onPressedChanged: {
        if (pressed) {
            holdUntil = now + holdMs
        } else if (holdUntil > 0) {
            holdUntil = 0
            hintUntil = now + hintMs // let go before it opened: a tap, not a hold
        }
    }

    onNowChanged: {
        if (holdUntil > 0 && now >= holdUntil) {
            holdUntil = 0
            hintUntil = 0
            held()
        }
        if (hintUntil > 0 && now >= hintUntil)
            hintUntil = 0
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
