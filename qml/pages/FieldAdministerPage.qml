import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// Field mode: before the questions, how they are answered. "Read aloud": the officer reads each
// question and records the answer; "Hand over": the respondent answers on the tablet alone.
PageScaffold {
    id: page

    readonly property regionChoice region: Session.region

    objectName: "fieldAdministerPage"

    header: FlowHeader {
        sidePadding: page.sidePadding
        //: Header of the step where the officer chooses how the respondent answers
        title: qsTr("How will the respondent answer?")
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width, Theme.px(860))
        spacing: Theme.spaceL

        PlainLabel {
            text: qsTr("Desa %1 (%2)").arg(page.region.name).arg(page.region.code)
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        // Whether the interview will carry a position (ADR 0044), by the rule the saved record follows. A
        // unit that does not allow positions gets no line at all: there is nothing to wait for or to fix,
        // and a "no position" line would only make the officer look for one.
        RowLayout {
            objectName: "fieldPositionLine"
            visible: Session.positionState !== Session.NotAsked
            spacing: Theme.spaceS
            Layout.fillWidth: true

            SvgIcon {
                name: Session.positionState === Session.WillBeKept ? "location" : "location-pending"
                size: Theme.iconS
                Layout.alignment: Qt.AlignTop
            }
            PlainLabel {
                objectName: "fieldPositionText"
                text: Session.positionState === Session.WillBeKept
                      //: Field interview: a fresh GPS fix will be saved with the answers
                      ? qsTr("Location will be kept with this interview")
                      //: Field interview: no recent GPS fix; saving works anyway, without a position
                      : qsTr("No position yet — the interview can still be saved without it")
                color: Theme.textMuted
                Layout.fillWidth: true
            }
        }
        BigButton {
            objectName: "administerReadAloud"
            kind: "primary"
            large: true
            iconName: "megaphone"
            //: The officer reads the questions to the respondent and taps the answers
            text: qsTr("Read aloud")
            subtitle: qsTr("I read each question and record the answer.")
            Layout.fillWidth: true
            onClicked: Session.chooseAdministered("read_aloud")
        }
        BigButton {
            objectName: "administerHandOver"
            kind: "secondary"
            large: true
            iconName: "tablet" // the tablet passes to the respondent (the raised hand is the integrity page's "asked for a reward")
            //: The officer gives the tablet to the respondent, who answers alone
            text: qsTr("Hand over")
            subtitle: qsTr("The respondent answers on the tablet alone.")
            Layout.fillWidth: true
            onClicked: Session.chooseAdministered("handed_over")
        }
    }
}
