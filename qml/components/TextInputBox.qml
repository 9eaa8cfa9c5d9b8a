import QtQuick
import QtQuick.Controls
import Suara.Components // its C++ types (OnScreenKeyboard) are not in the implicit import in Qt 6.4

// A one-line text field for the on-screen keyboard: large, clearly outlined, obvious when focused.
TextField {
    id: field

    property bool compact: false
    // What a screen reader announces for the field (its label); the placeholder by default.
    property string accessibleName: placeholderText

    font.family: Theme.fontFamily
    font.pixelSize: compact ? Theme.fontAdminBody : Theme.fontBody
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    selectedTextColor: Theme.textOnPrimary
    selectionColor: Theme.primary
    leftPadding: Theme.spaceM
    rightPadding: Theme.spaceM
    verticalAlignment: TextInput.AlignVCenter
    selectByMouse: true
    Accessible.role: Accessible.EditableText
    Accessible.name: accessibleName
    // Word prediction only offers English words; visitors write Indonesian.
    inputMethodHints: Qt.ImhNoPredictiveText
    // Enter means "done" on a one-line field: the on-screen keyboard closes.
    onAccepted: {
        focus = false
        OnScreenKeyboard.hide()
    }

    background: Rectangle {
        implicitWidth: Theme.touchTarget * 4
        implicitHeight: field.compact ? Theme.adminTarget : Theme.touchTarget
        radius: Theme.radiusM
        color: Theme.surface
        border.width: field.activeFocus ? Theme.selectedBorderWidth : Theme.borderWidth
        border.color: field.activeFocus ? Theme.primary : Theme.borderStrong
    }
}
