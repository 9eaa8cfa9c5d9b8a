import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// An on/off setting for the admin: title and explanation on the left, a large switch on the right.
Switch {
    id: control

    property string subtitle: ""

    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontAdminBody
    leftPadding: Theme.spaceL
    rightPadding: indicator.width + 2 * Theme.spaceL
    topPadding: Theme.spaceM
    bottomPadding: Theme.spaceM
    spacing: Theme.spaceL

    indicator: Rectangle {
        implicitWidth: Theme.px(80)
        implicitHeight: Theme.px(44)
        x: control.width - width - Theme.spaceL
        y: (control.height - height) / 2
        radius: height / 2
        color: control.checked ? Theme.primary : Theme.surfaceMuted
        border.width: Theme.borderWidth
        border.color: control.checked ? Theme.primary : Theme.borderStrong

        Rectangle {
            width: parent.height - 2 * Theme.spaceXs
            height: width
            radius: width / 2
            y: Theme.spaceXs
            x: control.checked ? parent.width - width - Theme.spaceXs : Theme.spaceXs
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: control.checked ? Theme.primaryPressed : Theme.borderStrong

            Behavior on x {
                NumberAnimation { duration: Theme.durationFast }
            }
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spaceXs

        PlainLabel {
            text: control.text
            font.pixelSize: Theme.fontAdminBody
            font.bold: true
            Layout.fillWidth: true
        }
        PlainLabel {
            visible: control.subtitle.length > 0
            text: control.subtitle
            font.pixelSize: Theme.fontCaption
            color: Theme.textMuted
            Layout.fillWidth: true
        }
    }

    background: Rectangle {
        implicitHeight: Theme.adminTarget
        radius: Theme.radiusM
        color: control.down ? Theme.surfaceMuted : Theme.surface
        border.width: control.visualFocus ? Theme.selectedBorderWidth : Theme.borderWidth
        border.color: control.visualFocus ? Theme.focusRing : Theme.border
    }
}
