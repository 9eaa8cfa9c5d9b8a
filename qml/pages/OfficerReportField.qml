import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// One text field of the officer's report: its label (marked when it is required and still missing)
// and a one-line or multi-line box bound to OfficerReport.fields.value(key).
ColumnLayout {
    id: field

    required property string key
    required property string label
    property string placeholder: ""
    property bool multiline: false
    property bool optional: false
    property int inputHints: Qt.ImhNoPredictiveText
    property int maximumLength: 200
    readonly property bool marked: OfficerReport.showMissing && Array.from(OfficerReport.missing).indexOf(field.key) >= 0
    readonly property Item input: multiline ? area.input : line

    signal focused(Item item)

    spacing: Theme.spaceS

    PlainLabel {
        text: field.optional ? qsTr("%1 (optional)").arg(field.label) : field.label
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: field.marked ? Theme.danger : Theme.text
        Layout.fillWidth: true
    }
    TextInputBox {
        id: line
        objectName: "reportInput_" + field.key
        visible: !field.multiline
        compact: true
        placeholderText: field.placeholder
        maximumLength: field.maximumLength
        inputMethodHints: field.inputHints
        Layout.fillWidth: true
        Component.onCompleted: text = OfficerReport.fields.value(field.key)
        onTextChanged: if (!field.multiline) OfficerReport.setField(field.key, text)
        onActiveFocusChanged: if (activeFocus) field.focused(field)
    }
    TextAreaBox {
        id: area
        visible: field.multiline
        inputObjectName: "reportArea_" + field.key
        placeholderText: field.placeholder
        Layout.fillWidth: true
        Component.onCompleted: if (field.multiline) text = OfficerReport.fields.value(field.key)
        onTextChanged: if (field.multiline) OfficerReport.setField(field.key, text)
    }
    PlainLabel {
        visible: field.marked
        //: Under a required field of the officer's report that is still empty or not valid
        text: qsTr("Required")
        font.pixelSize: Theme.fontCaption
        color: Theme.danger
        Layout.fillWidth: true
    }
}
