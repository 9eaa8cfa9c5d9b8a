pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// Which questionnaires the kiosk asks, the answer scale of the Zona Integritas surveys, and the profile.
ScrollArea {
    id: scroll

    showHint: false

    function isEnabled(id) {
        for (const q of Settings.questionnaireChoices(Language.language)) {
            if (q.id === id)
                return q.enabled
        }
        return false
    }

    AdminHeading {
        title: qsTr("Questionnaires")
        text: qsTr("The SKM gives the unit's IKM. Switch on SPKP and SPAK when the unit is building its Zona Integritas. At least one stays on.")
    }
    Repeater {
        model: Settings.questionnaireChoices(Language.language)

        ToggleRow {
            required property var modelData
            objectName: "questionnaireToggle_" + modelData.id
            text: modelData.title
            //: Under a questionnaire's title in the admin settings
            subtitle: qsTr("Questions: %1").arg(modelData.items)
            checked: modelData.enabled
            Layout.fillWidth: true
            onToggled: {
                Settings.setQuestionnaireEnabled(modelData.id, checked)
                checked = scroll.isEnabled(modelData.id)
            }
        }
    }
    AdminFieldLabel {
        text: qsTr("Answer scale for SPKP and SPAK")
    }
    RowLayout {
        spacing: Theme.spaceM

        ChoiceChip {
            objectName: "ziScale_4"
            compact: true
            text: qsTr("4 choices (faces)")
            selected: Settings.ziScalePoints === 4
            onClicked: Settings.ziScalePoints = 4
        }
        ChoiceChip {
            objectName: "ziScale_6"
            compact: true
            text: qsTr("6 choices (stars)")
            selected: Settings.ziScalePoints === 6
            onClicked: Settings.ziScalePoints = 6
        }
    }
    AdminFieldLabel {
        text: qsTr("Visitor profile")
    }
    ToggleRow {
        objectName: "askProfileToggle"
        text: qsTr("Ask for a profile")
        subtitle: qsTr("Sex, age, education and occupation, for the statistics. Visitors can always skip it.")
        checked: Settings.askProfile
        Layout.fillWidth: true
        onToggled: Settings.askProfile = checked
    }
}
