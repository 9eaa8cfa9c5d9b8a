pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// Which questionnaires the kiosk asks, the answer scale of the Zona Integritas surveys, and the profile.
ScrollArea {
    id: scroll

    showHint: false

    AdminHeading {
        title: qsTr("Questionnaires")
        text: qsTr("The SKM gives the unit's IKM. Switch on SPKP and SPAK when the unit is building its Zona Integritas. At least one stays on.")
    }
    InfoBanner {
        objectName: "settingsSaveError"
        visible: Settings.saveError.length > 0
        tone: "danger"
        textSize: Theme.fontAdminBody
        text: Settings.saveError
        Layout.fillWidth: true
    }
    Repeater {
        model: Settings.questionnaireToggles

        ToggleRow {
            id: toggle
            required property string key
            required property string title
            required property int items
            required property bool on
            objectName: "questionnaireToggle_" + key
            text: title
            //: Under a questionnaire's title in the admin settings
            subtitle: qsTr("Questions: %1").arg(items)
            checked: on
            Layout.fillWidth: true
            onToggled: {
                Settings.setQuestionnaireEnabled(key, checked)
                // The last questionnaire cannot be switched off: show the state that was actually saved.
                checked = Qt.binding(() => toggle.on)
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
