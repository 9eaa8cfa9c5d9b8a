import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// The gratification statement: either "I gave no reward" or "I was asked for / offered one".
// Both are equally large; neither is pre-selected.
PageScaffold {
    id: page

    objectName: "gratificationPage"

    header: FlowHeader {
        sidePadding: page.sidePadding
        //: Header of the step where the visitor states they gave no reward
        title: qsTr("Integrity statement")
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spaceL

        RowLayout {
            spacing: Theme.spaceL
            Layout.fillWidth: true

            SvgIcon {
                name: "shield"
                size: Theme.iconL
            }
            PlainLabel {
                text: qsTr("One more thing: rewards")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                Layout.fillWidth: true
            }
        }
        PlainLabel {
            text: qsTr("Officers may not ask for or accept any reward. Please tap the statement that matches what happened to you.")
            font.pixelSize: Theme.fontBodyLarge
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        GridLayout {
            columns: Theme.portrait ? 1 : 2
            columnSpacing: Theme.spaceL
            rowSpacing: Theme.spaceL
            Layout.fillWidth: true
            Layout.topMargin: Theme.spaceS

            BigButton {
                objectName: "noRewardButton"
                kind: "primary"
                large: true
                alignLeft: true
                iconName: "shield"
                //: The statement the visitor confirms by tapping it. Keep it in the first person.
                text: qsTr("I did not give any officer a reward of any kind for this service.")
                //: Under the no-reward statement
                subtitle: qsTr("Tap to confirm")
                minHeight: Theme.portrait ? Theme.px(220) : Theme.px(180)
                Layout.fillWidth: true
                Layout.fillHeight: !Theme.portrait
                Layout.preferredWidth: 3
                onClicked: Session.confirmNoReward()
            }
            BigButton {
                objectName: "reportRewardButton"
                kind: "warning"
                large: true
                alignLeft: true
                iconName: "hand"
                text: qsTr("I was asked for, or offered, a reward")
                //: Under the "asked for a reward" button
                subtitle: qsTr("Report it, without your name")
                minHeight: Theme.portrait ? Theme.px(220) : Theme.px(180)
                Layout.fillWidth: true
                Layout.fillHeight: !Theme.portrait
                Layout.preferredWidth: 2
                onClicked: Session.reportReward()
            }
        }
        InfoBanner {
            text: qsTr("No name is needed. Reports go to this unit's gratification control unit (UPG).")
            Layout.fillWidth: true
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
