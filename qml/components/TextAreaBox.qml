import QtQuick
import QtQuick.Controls

// A multi-line text box for the on-screen keyboard. The inner TextArea carries inputObjectName.
// TextArea has no length limit of its own: with maximumLength set, typing stops there (the page shows
// a counter, so the limit is never a silent cut).
ScrollView {
    id: box

    property alias text: area.text
    property alias placeholderText: area.placeholderText
    property alias inputObjectName: area.objectName
    readonly property alias input: area
    property int maximumLength: -1
    // What a screen reader announces for the box (the question it answers); the placeholder by default.
    property string accessibleName: area.placeholderText

    implicitHeight: Theme.touchTarget * 2
    clip: true

    TextArea {
        id: area
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        selectedTextColor: Theme.textOnPrimary
        selectionColor: Theme.primary
        wrapMode: TextEdit.Wrap
        Accessible.role: Accessible.EditableText
        Accessible.name: box.accessibleName
        padding: Theme.spaceM
        selectByMouse: true
        // Word prediction only offers English words; visitors write Indonesian.
        inputMethodHints: Qt.ImhNoPredictiveText
        background: null
        onTextChanged: {
            if (box.maximumLength >= 0 && length > box.maximumLength)
                remove(box.maximumLength, length)
        }
    }

    background: Rectangle {
        radius: Theme.radiusM
        color: Theme.surface
        border.width: area.activeFocus ? Theme.selectedBorderWidth : Theme.borderWidth
        border.color: area.activeFocus ? Theme.primary : Theme.borderStrong
    }
}
