pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// "Which service did you receive?" One large button per service the unit offers.
PageScaffold {
    id: page

    objectName: "servicePage"

    header: FlowHeader {
        sidePadding: page.sidePadding
        readTexts: [prompt.text, ...Array.from(Session.services).map(s => s.label)]
        //: Header of the service step
        title: qsTr("Your service")
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spaceL

        PlainLabel {
            id: prompt
            text: qsTr("Which service did you receive today?")
            font.pixelSize: Theme.fontQuestion
            font.bold: true
            Layout.fillWidth: true
        }
        PlainLabel {
            text: qsTr("Tap one.")
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        ScrollArea {
            Layout.fillWidth: true
            Layout.fillHeight: true

            GridLayout {
                columns: Theme.portrait ? 1 : 2
                columnSpacing: Theme.spaceL
                rowSpacing: Theme.spaceL
                Layout.fillWidth: true

                Repeater {
                    model: Session.services

                    BigButton {
                        required property visitorChoice modelData
                        objectName: "serviceButton_" + modelData.value
                        kind: "secondary"
                        large: true
                        alignLeft: true
                        trailingIconName: "chevron-right"
                        text: modelData.label
                        Layout.fillWidth: true
                        Layout.preferredWidth: Theme.touchTarget
                        onClicked: Session.chooseService(modelData.value)
                    }
                }
            }
        }
    }
}
