pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// The respondent's profile (sex, age, education, occupation) for the statistics. At a counter kiosk it
// is optional: every field can be left empty, and one button continues whatever was chosen. On a field
// tablet it is required (SKM reports need it, issue 9), so the page says so and asks for every field
// instead of offering to skip. Tapping a chosen answer again clears it.
PageScaffold {
    id: page

    readonly property bool anyChosen: !Session.profile.empty

    objectName: "profilePage"

    header: FlowHeader {
        sidePadding: page.sidePadding
        // The note, then each field's question followed by its choices.
        readTexts: Array.from(Session.profileFields).reduce((all, f) => [...all, f.label, ...Array.from(f.options).map(o => o.label)], [note.text])
        //: Header of the optional profile step
        title: qsTr("About you")
    }

    footer: ActionBar {
        sidePadding: page.sidePadding

        PlainLabel {
            // In field mode the SKM report needs the respondent's whole profile (issue 9).
            text: Officers.fieldMode ? qsTr("All fields are needed for the survey report.") : qsTr("All fields are optional.")
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "profileNextButton"
            kind: page.anyChosen ? "primary" : "secondary"
            enabled: !Officers.fieldMode || Session.profileComplete
            trailingIconName: "arrow-right"
            //: Continue after the profile; "Skip" when nothing was chosen
            text: page.anyChosen || Officers.fieldMode ? qsTr("Next") : qsTr("Skip")
            Layout.preferredWidth: Theme.px(280)
            onClicked: Session.finishProfile()
        }
    }

    ScrollArea {
        id: scroll
        anchors.fill: parent

        InfoBanner {
            id: note
            objectName: "profileNote"
            text: Officers.fieldMode
                  //: Field tablet: the officer fills in the respondent's profile, which is required there
                  ? qsTr("Fill in every field: the SKM report needs the respondent's whole profile. It is only used for statistics and never with the respondent's name.")
                  : qsTr("You may skip any of these. They are only used for statistics and never with your name.")
            Layout.fillWidth: true
        }
        Repeater {
            // The model's `field` role fills the group's required `field`. A language switch changes the
            // rows in place, so the groups stay and only their words change.
            model: Session.profileModel

            ChoiceGroup {
                id: group
                objectName: "profileGroup_" + group.field.key
                namePrefix: "profileField"
                current: Session.profile.value(group.field.key)
                Layout.fillWidth: true
                Layout.topMargin: Theme.spaceS
                onPicked: value => Session.setProfileField(group.field.key, value)
            }
        }
    }
}
