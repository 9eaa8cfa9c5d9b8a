import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A choice among a few (profile fields, report fields, admin options). Selected: tinted, outlined, ticked.
Button {
    id: control

    property bool selected: false
    property bool compact: false

    font.family: Theme.fontFamily
    leftPadding: Theme.spaceL
    rightPadding: Theme.spaceL
    topPadding: Theme.spaceS
    bottomPadding: Theme.spaceS
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: if (control.enabled) control.clicked()
    Accessible.checkable: true
    Accessible.checked: selected

    contentItem: RowLayout {
        spacing: Theme.spaceS

        SvgIcon {
            visible: control.selected
            name: "check"
            size: Theme.iconS
            Layout.alignment: Qt.AlignVCenter
        }
        PlainLabel {
            text: control.text
            font.pixelSize: control.compact ? Theme.fontAdminBody : Theme.fontBody
            font.bold: control.selected
            color: control.selected ? Theme.primaryPressed : Theme.text
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
        }
    }

    background: Rectangle {
        implicitWidth: control.compact ? Theme.adminTarget * 2 : Theme.touchTarget * 1.5
        implicitHeight: control.compact ? Theme.adminTarget : Theme.touchTarget
        radius: Theme.radiusM
        color: control.down ? Theme.primarySoftPressed : control.selected ? Theme.primarySoft : Theme.surface
        border.width: control.selected || control.visualFocus ? Theme.selectedBorderWidth : Theme.borderWidth
        border.color: control.visualFocus ? Theme.focusRing : control.selected ? Theme.primary : Theme.border
    }
}
