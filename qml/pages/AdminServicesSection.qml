pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// The kind of unit (its list of services) and which of those services visitors can pick.
ScrollArea {
    id: scroll

    showHint: false

    readonly property string profile: Settings.serviceProfile

    function profileName(key) {
        switch (key) {
        case "lapas":
            return qsTr("Prison or detention centre (Lapas/Rutan)")
        case "bkkbn":
            return qsTr("Family planning office (BKKBN)")
        }
        return key
    }

    AdminHeading {
        title: qsTr("Services")
        text: qsTr("Visitors first pick the service they received. At least one service stays on.")
    }
    InfoBanner {
        objectName: "settingsSaveError"
        visible: Settings.saveError.length > 0
        tone: "danger"
        textSize: Theme.fontAdminBody
        text: Settings.saveError
        Layout.fillWidth: true
    }
    AdminFieldLabel {
        text: qsTr("Kind of unit")
    }
    Flow {
        id: profiles
        spacing: Theme.spaceM
        Layout.fillWidth: true

        Repeater {
            model: Settings.serviceProfiles

            ChoiceChip {
                required property string modelData
                objectName: "serviceProfile_" + modelData
                compact: true
                text: scroll.profileName(modelData)
                selected: Settings.serviceProfile === modelData
                width: Math.min(implicitWidth, profiles.width)
                onClicked: Settings.serviceProfile = modelData
            }
        }
    }
    AdminFieldLabel {
        text: qsTr("Services shown to visitors")
    }
    Repeater {
        // Rows change in place on a toggle; the whole list when the kind of unit changes.
        model: Settings.serviceToggles

        ToggleRow {
            id: toggle
            required property string key
            required property string title
            required property bool on
            objectName: "serviceToggle_" + key
            text: title
            checked: on
            Layout.fillWidth: true
            onToggled: {
                Settings.setServiceEnabled(key, checked)
                // The last service cannot be switched off: show the state that was actually saved.
                checked = Qt.binding(() => toggle.on)
            }
        }
    }
}
