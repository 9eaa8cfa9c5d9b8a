import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// The receipt of a stored report: its number, large, for the officer to note and quote to the UPG.
PageScaffold {
    id: page

    objectName: "officerReportReceiptPage"

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width, Theme.px(860))
        spacing: Theme.spaceL

        SvgIcon {
            name: "success"
            size: Theme.iconXl
            Layout.alignment: Qt.AlignHCenter
        }
        PlainLabel {
            text: qsTr("Your report is saved and signed")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        PlainLabel {
            text: qsTr("Receipt number")
            color: Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        PlainLabel {
            objectName: "receiptNumber"
            text: OfficerReport.receiptNumber
            font.pixelSize: Theme.fontDisplay
            font.bold: true
            color: Theme.primary
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        PlainLabel {
            text: qsTr("Note this number. The report goes to the UPG with the next sync; quote the number when the UPG asks about it.")
            color: Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "receiptDone"
            kind: "primary"
            iconName: "check"
            text: qsTr("Done")
            Layout.preferredWidth: Theme.px(320)
            Layout.alignment: Qt.AlignHCenter
            onClicked: OfficerReport.close()
        }
    }
}
