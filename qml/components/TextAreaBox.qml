import QtQuick
import QtQuick.Controls

// A multi-line text box for the on-screen keyboard. The inner TextArea carries inputObjectName.
ScrollView {
    id: box

    property alias text: area.text
    property alias placeholderText: area.placeholderText
    property alias inputObjectName: area.objectName
    readonly property alias input: area

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
        padding: Theme.spaceM
        selectByMouse: true
        // Word prediction only offers English words; visitors write Indonesian.
        inputMethodHints: Qt.ImhNoPredictiveText
        background: null
    }

    background: Rectangle {
        radius: Theme.radiusM
        color: Theme.surface
        border.width: area.activeFocus ? Theme.selectedBorderWidth : Theme.borderWidth
        border.color: area.activeFocus ? Theme.primary : Theme.borderStrong
    }
}
