import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// "Still there?" over the visitor's page, before the idle reset drops an unfinished visit. It takes
// every tap, so a tap meant for "yes" never lands on an answer underneath; any touch keeps the visit.
Rectangle {
    id: prompt

    objectName: "stillTherePrompt"
    visible: Idle.warningRemaining > 0
    color: Qt.rgba(0, 0, 0, 0.45)

    MouseArea {
        anchors.fill: parent
        onClicked: Idle.poke()
    }

    Card {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pageMargin, Theme.px(720))
        padding: Theme.spaceXl
        spacing: Theme.spaceL

        RowLayout {
            spacing: Theme.spaceL
            Layout.fillWidth: true

            SvgIcon {
                name: "clock"
                size: Theme.iconL
            }
            PlainLabel {
                id: title
                //: Title of the prompt shown before an unfinished visit is cleared for lack of activity
                text: qsTr("Still there?")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                Layout.fillWidth: true
            }
        }
        PlainLabel {
            id: body
            //: %1 is a number of seconds
            text: qsTr("Nobody has touched the screen for a while. In %1 seconds your answers will be cleared and the kiosk starts again for the next visitor.").arg(Idle.warningRemaining)
            font.pixelSize: Theme.fontBodyLarge
            Layout.fillWidth: true
        }
        ListenButton {
            objectName: "stillThereListenButton"
            visible: ReadAloud.available
            speaking: ReadAloud.speaking
            Layout.alignment: Qt.AlignHCenter
            onClicked: ReadAloud.speaking ? ReadAloud.stop() : ReadAloud.read([title.text, body.text, stillHere.text])
        }
        BigButton {
            id: stillHere
            objectName: "stillThereButton"
            kind: "primary"
            large: true
            //: Keeps the unfinished visit
            text: qsTr("Yes, I am still here")
            Layout.fillWidth: true
            onClicked: Idle.poke()
        }
    }
}
