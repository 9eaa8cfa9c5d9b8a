pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// Read-aloud for visitors: on or off, how fast, which voice, and whether every screen is read by itself.
// Voices are those of the language the admin screen is shown in (the visitor's language when they leave).
ColumnLayout {
    spacing: Theme.spaceM

    AdminFieldLabel {
        //: Admin settings heading for the "Listen" button on the visitor screens
        text: qsTr("Read aloud")
    }
    PlainLabel {
        objectName: "readAloudStatus"
        text: !ReadAloud.engineFound || ReadAloud.voices.length === 0
              //: Read-aloud cannot work on this device
              ? qsTr("No speech engine or no voice for this language on this device: visitors do not see the Listen button.")
              : qsTr("Visitors see a Listen button that reads the question and each answer aloud.")
        font.pixelSize: Theme.fontCaption
        color: Theme.textMuted
        Layout.fillWidth: true
    }
    ToggleRow {
        objectName: "readAloudToggle"
        //: Admin switch for the visitors' Listen button
        text: qsTr("Offer read-aloud")
        checked: ReadAloud.enabled
        Layout.fillWidth: true
        onToggled: ReadAloud.enabled = checked
    }
    ToggleRow {
        objectName: "readEveryScreenToggle"
        text: qsTr("Read every screen aloud by itself")
        subtitle: qsTr("Without a tap on Listen. Useful where many visitors cannot read.")
        checked: ReadAloud.everyScreen
        enabled: ReadAloud.enabled
        Layout.fillWidth: true
        onToggled: ReadAloud.everyScreen = checked
    }
    AdminFieldLabel {
        //: Admin setting: how fast the voice speaks (0 is normal, negative slower)
        text: qsTr("Speed (0 is normal)")
    }
    Stepper {
        objectName: "speechRateStepper"
        value: ReadAloud.rate
        from: ReadAloud.rateMin
        to: ReadAloud.rateMax
        onMoved: value => ReadAloud.rate = value
    }
    AdminFieldLabel {
        visible: ReadAloud.voices.length > 1
        text: qsTr("Voice")
    }
    Flow {
        visible: ReadAloud.voices.length > 1
        spacing: Theme.spaceM
        Layout.fillWidth: true

        Repeater {
            model: ["", ...Array.from(ReadAloud.voices)]

            ChoiceChip {
                required property string modelData
                compact: true
                //: The speech engine's own choice of voice
                text: modelData.length > 0 ? modelData : qsTr("Default")
                selected: ReadAloud.voice === modelData
                onClicked: ReadAloud.voice = modelData
            }
        }
    }
}
