pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// What this device has collected this quarter, and the IKM so far (computed by the same core code as
// the server). Responses flagged as possible misuse are not counted.
ScrollArea {
    id: scroll

    showHint: false

    readonly property var locale: Qt.locale(Language.language === "en" ? "en_GB" : "id_ID")

    function decimal(value) {
        return Number(value).toLocaleString(scroll.locale, "f", 2)
    }

    Component.onCompleted: Summary.refresh()

    RowLayout {
        Layout.fillWidth: true

        AdminHeading {
            title: qsTr("Summary")
            text: qsTr("This quarter, from this device only. Responses flagged as possible misuse are not counted.")
        }
        BigButton {
            objectName: "summaryRefreshButton"
            kind: "secondary"
            iconName: "refresh"
            //: Recalculate the admin summary
            text: qsTr("Refresh")
            minHeight: Theme.adminTarget
            Layout.alignment: Qt.AlignTop
            onClicked: Summary.refresh()
        }
    }
    Card {
        objectName: "summaryIkm"
        Layout.fillWidth: true

        PlainLabel {
            //: IKM = Indeks Kepuasan Masyarakat, the public satisfaction index
            text: qsTr("IKM so far (SKM)")
            font.pixelSize: Theme.fontAdminBody
            font.bold: true
            Layout.fillWidth: true
        }
        RowLayout {
            visible: Summary.ready && Summary.hasIkm
            spacing: Theme.spaceL

            PlainLabel {
                text: scroll.decimal(Summary.ikm)
                font.pixelSize: Theme.fontDisplay
                font.bold: true
                color: Theme.categoryColor(Summary.category)
            }
            Rectangle {
                implicitWidth: Theme.iconL
                implicitHeight: Theme.iconL
                radius: Theme.radiusM
                color: Theme.categoryColor(Summary.category)

                PlainLabel {
                    anchors.centerIn: parent
                    text: Summary.category
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.textOnPrimary
                }
            }
            PlainLabel {
                text: Summary.categoryLabel
                font.pixelSize: Theme.fontAdminTitle
                font.bold: true
                Layout.fillWidth: true
            }
        }
        PlainLabel {
            visible: !Summary.ready
            //: The admin summary before the device's answers have been read
            text: qsTr("Reading this quarter's answers…")
            font.pixelSize: Theme.fontAdminBody
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        PlainLabel {
            visible: Summary.ready && !Summary.hasIkm
            text: qsTr("Not enough answers yet to compute the IKM.")
            font.pixelSize: Theme.fontAdminBody
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        PlainLabel {
            visible: Summary.missing.length > 0
            text: qsTr("No answers yet for: %1").arg(Array.from(Summary.missing).join(", "))
            font.pixelSize: Theme.fontCaption
            color: Theme.warning
            Layout.fillWidth: true
        }
    }
    GridLayout {
        columns: 2
        columnSpacing: Theme.spaceM
        rowSpacing: Theme.spaceM
        Layout.fillWidth: true

        StatTile {
            objectName: "summaryToday"
            label: qsTr("Visitors today")
            value: Summary.ready ? String(Summary.today) : "…"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
        }
        StatTile {
            objectName: "summaryQuarter"
            label: qsTr("Visitors this quarter")
            value: Summary.ready ? String(Summary.quarter) : "…"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
        }
        StatTile {
            objectName: "summaryReports"
            label: qsTr("Reward reports this quarter")
            value: Summary.ready ? String(Summary.gratificationReports) : "…"
            valueColor: Summary.gratificationReports > 0 ? Theme.warning : Theme.text
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
        }
        StatTile {
            objectName: "summaryFlagged"
            label: qsTr("Visits flagged as possible misuse, not counted")
            value: Summary.ready ? String(Summary.flagged) : "…"
            valueColor: Summary.flagged > 0 ? Theme.warning : Theme.text
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
        }
    }
    UnsurTable {
        visible: Summary.ready && Summary.unsur.count > 0
        rows: Summary.unsur
        locale: scroll.locale
        Layout.fillWidth: true
    }
}
