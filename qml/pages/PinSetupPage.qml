import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// First run: the unit admin chooses the PIN that protects the settings.
PageScaffold {
    id: page

    objectName: "pinSetupPage"

    TwoPane {
        id: panes
        anchors.centerIn: parent
        width: parent.width

        ColumnLayout {
            spacing: Theme.spaceL
            Layout.preferredWidth: panes.paneWidth
            Layout.alignment: Qt.AlignVCenter

            SvgIcon {
                name: "lock-dark"
                size: Theme.iconL
            }
            PlainLabel {
                text: qsTr("Set up this kiosk")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                Layout.fillWidth: true
            }
            PlainLabel {
                text: qsTr("Choose an admin PIN. It protects the kiosk settings; visitors never need it. Keep it somewhere safe.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                Layout.fillWidth: true
            }
            LanguageButton {
                switchesTo: Language.nextEndonym
                onClicked: Language.toggle()
            }
        }
        PinSetupFlow {
            Layout.preferredWidth: panes.paneWidth
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
