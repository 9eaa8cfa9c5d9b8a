import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// How long the kiosk waits: before it gives up on an idle visitor, between visitors, on the thank-you.
ScrollArea {
    id: scroll

    showHint: false

    //: Unit after a number of seconds in the admin settings, e.g. "60 s"
    readonly property string seconds: qsTr("s")

    AdminHeading {
        title: qsTr("Timing")
        text: qsTr("All times are in seconds.")
    }
    InfoBanner {
        objectName: "settingsSaveError"
        visible: Settings.saveError.length > 0
        tone: "danger"
        textSize: Theme.fontAdminBody
        text: Settings.saveError
        Layout.fillWidth: true
    }
    Card {
        Layout.fillWidth: true

        AdminFieldLabel {
            text: qsTr("Back to the start when nobody touches the screen")
            Layout.topMargin: 0
        }
        PlainLabel {
            text: qsTr("Unfinished answers are dropped. Default: 60 seconds.")
            font.pixelSize: Theme.fontCaption
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        Stepper {
            objectName: "idleTimeoutStepper"
            value: Settings.idleTimeoutSeconds
            // Steps of 15 s inside the kiosk's range (Settings.idleTimeoutMin is 10).
            from: 15
            to: Settings.idleTimeoutMax
            stepSize: 15
            unit: scroll.seconds
            onMoved: value => Settings.idleTimeoutSeconds = value
        }
    }
    Card {
        Layout.fillWidth: true

        AdminFieldLabel {
            text: qsTr("Pause before the next visitor can start")
            Layout.topMargin: 0
        }
        PlainLabel {
            text: qsTr("Makes it harder to fill in the survey many times in a row.")
            font.pixelSize: Theme.fontCaption
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        Stepper {
            objectName: "cooldownStepper"
            value: Settings.cooldownSeconds
            from: Settings.cooldownMin
            to: Settings.cooldownMax
            stepSize: 1
            unit: scroll.seconds
            onMoved: value => Settings.cooldownSeconds = value
        }
    }
    Card {
        Layout.fillWidth: true

        AdminFieldLabel {
            text: qsTr("How long the thank-you screen stays")
            Layout.topMargin: 0
        }
        PlainLabel {
            text: qsTr("It shows the complaint channels, so give people time to read them.")
            font.pixelSize: Theme.fontCaption
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        Stepper {
            objectName: "thankYouStepper"
            value: Settings.thankYouSeconds
            from: Settings.thankYouMin
            to: Settings.thankYouMax
            stepSize: 1
            unit: scroll.seconds
            onMoved: value => Settings.thankYouSeconds = value
        }
    }
}
