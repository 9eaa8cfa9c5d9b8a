pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// One question with a few choices as chips (a profile field, a report field). Landscape: the label sits
// left of the chips; portrait: above them. Chips are named <namePrefix>_<field>_<value>; picking one
// emits picked(value).
GridLayout {
    id: group

    required property choiceField field
    property string namePrefix: "field"
    property string current: ""
    property bool inline: !Theme.portrait

    readonly property int labelWidth: inline ? Theme.px(240) : 0
    readonly property int chipsWidth: width - labelWidth - (inline ? columnSpacing : 0)
    readonly property int count: field.options.length
    // As many equal chips per row as fit, balanced so the last row is not a lone chip.
    // Sentences get wider chips than single words.
    readonly property int chipWidth: Array.from(field.options).some(o => o.label.length > 32) ? Theme.px(360) : Theme.px(190)
    readonly property int maxColumns: Math.max(1, Math.floor((chipsWidth + Theme.spaceM) / (chipWidth + Theme.spaceM)))
    readonly property int chipColumns: Math.max(1, Math.ceil(count / Math.ceil(count / Math.min(count, maxColumns))))

    signal picked(string value)

    columns: inline ? 2 : 1
    columnSpacing: Theme.spaceL
    rowSpacing: Theme.spaceM

    PlainLabel {
        text: group.field.label
        font.pixelSize: Theme.fontBodyLarge
        font.bold: true
        Layout.fillWidth: !group.inline
        Layout.preferredWidth: group.inline ? group.labelWidth : -1
        Layout.alignment: Qt.AlignTop
        Layout.topMargin: group.inline ? Theme.spaceL : 0
    }
    // A grid rather than a Flow: on Qt 6.4 a Flow nested in layouts does not always report its new
    // height, and equal chips read more calmly anyway.
    GridLayout {
        columns: group.chipColumns
        columnSpacing: Theme.spaceM
        rowSpacing: Theme.spaceM
        Layout.fillWidth: true
        Layout.fillHeight: false

        // By number, not by the options themselves: a language switch gives the field new words for the
        // same options, and the chips stay (a Repeater given a new list would make them all again).
        Repeater {
            model: group.count

            ChoiceChip {
                id: chip
                required property int index
                readonly property visitorChoice choice: group.field.options[chip.index]
                objectName: group.namePrefix + "_" + group.field.key + "_" + chip.choice.value
                text: chip.choice.label
                selected: group.current === chip.choice.value
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                onClicked: group.picked(chip.choice.value)
            }
        }
    }
}
