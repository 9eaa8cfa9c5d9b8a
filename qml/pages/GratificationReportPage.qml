pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// What happened, in a few taps: kind, what, when, where (counter) and an optional note. All optional.
PageScaffold {
    id: page

    objectName: "gratificationReportPage"

    function save() {
        Session.setReportField("counter", counter.text)
        Session.setReportField("note", note.text)
    }

    header: FlowHeader {
        sidePadding: page.sidePadding
        readTexts: [...Array.from(Session.reportFields).reduce((all, f) => [...all, f.label, ...Array.from(f.options).map(o => o.label)], [intro.text]),
                    counterLabel.text, noteLabel.text]
        //: Header of the step where the visitor reports a request for a reward
        title: qsTr("Reward report")
    }

    footer: ActionBar {
        sidePadding: page.sidePadding

        PlainLabel {
            text: qsTr("Everything here is optional.")
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "reportDoneButton"
            kind: "primary"
            trailingIconName: "arrow-right"
            //: Finish the report and continue
            text: qsTr("Done, continue")
            Layout.preferredWidth: Theme.px(320)
            onClicked: {
                page.save()
                Session.finishReport()
            }
        }
    }

    ScrollArea {
        id: scroll
        anchors.fill: parent

        InfoBanner {
            id: intro
            tone: "success"
            iconName: "shield"
            text: qsTr("Thank you for speaking up. No name is needed: fill in only what you know. The report goes to this unit's gratification control unit (UPG).")
            Layout.fillWidth: true
        }
        Repeater {
            // The model's `field` role fills the group's required `field`. A language switch changes the
            // rows in place, so the groups stay and only their words change.
            model: Session.reportModel

            ChoiceGroup {
                id: group
                objectName: "reportGroup_" + group.field.key
                namePrefix: "reportField"
                current: Session.report.value(group.field.key)
                Layout.fillWidth: true
                Layout.topMargin: Theme.spaceS
                onPicked: value => Session.setReportField(group.field.key, value)
            }
        }
        PlainLabel {
            id: counterLabel
            //: Label of the field where the visitor writes the counter or place, e.g. "Loket 2"
            text: qsTr("At which counter or place?")
            font.pixelSize: Theme.fontBodyLarge
            font.bold: true
            Layout.fillWidth: true
            Layout.topMargin: Theme.spaceS
        }
        TextInputBox {
            id: counter
            objectName: "reportCounterInput"
            accessibleName: counterLabel.text
            //: Example in the counter field
            placeholderText: qsTr("For example: Counter 2")
            maximumLength: 100
            Layout.fillWidth: true
            Component.onCompleted: text = Session.reportCounter
            onTextChanged: Session.setReportField("counter", text)
            onActiveFocusChanged: if (activeFocus) scroll.reveal(counter)
        }
        PlainLabel {
            id: noteLabel
            text: qsTr("Anything else? (optional)")
            font.pixelSize: Theme.fontBodyLarge
            font.bold: true
            Layout.fillWidth: true
            Layout.topMargin: Theme.spaceS
        }
        TextAreaBox {
            id: note
            inputObjectName: "reportNoteInput"
            accessibleName: noteLabel.text
            placeholderText: qsTr("Write here…")
            Layout.fillWidth: true
            Component.onCompleted: text = Session.reportNote
            onTextChanged: Session.setReportField("note", text)
        }
        Connections {
            target: note.input
            function onActiveFocusChanged() {
                if (note.input.activeFocus)
                    scroll.reveal(note)
            }
        }
    }
}
