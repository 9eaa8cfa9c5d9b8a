pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// The SKM's unsur: how many answered, the average score (NRR) and the quality letter of each.
Card {
    id: table

    property UnsurModel rows: null
    // The numbers' locale (decimal comma in Indonesian).
    property var locale: Qt.locale()
    readonly property int numberColumn: Theme.px(130)

    function decimals(value: real): string {
        return Number(value).toLocaleString(table.locale, "f", 2)
    }

    spacing: 0

    RowLayout {
        spacing: Theme.spaceM
        Layout.fillWidth: true
        Layout.bottomMargin: Theme.spaceS

        PlainLabel {
            //: Column header: the SKM element (unsur)
            text: qsTr("Element")
            font.pixelSize: Theme.fontCaption
            font.bold: true
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        PlainLabel {
            //: Column header: number of answers
            text: qsTr("Answers")
            font.pixelSize: Theme.fontCaption
            font.bold: true
            color: Theme.textMuted
            horizontalAlignment: Text.AlignRight
            Layout.preferredWidth: table.numberColumn
        }
        PlainLabel {
            //: Column header: NRR, the average score of the element (nilai rata-rata)
            text: qsTr("Average")
            font.pixelSize: Theme.fontCaption
            font.bold: true
            color: Theme.textMuted
            horizontalAlignment: Text.AlignRight
            Layout.preferredWidth: table.numberColumn
        }
        PlainLabel {
            //: Column header: quality letter A–D
            text: qsTr("Grade")
            font.pixelSize: Theme.fontCaption
            font.bold: true
            color: Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
            Layout.preferredWidth: table.numberColumn
        }
    }
    Repeater {
        model: table.rows

        Rectangle {
            id: row
            required property string label
            required property int answered
            required property real nrr
            required property string category
            required property int index

            implicitHeight: cells.implicitHeight + 2 * Theme.spaceS
            color: index % 2 === 0 ? Theme.background : Theme.surface
            radius: Theme.radiusS
            Layout.fillWidth: true

            RowLayout {
                id: cells
                anchors.fill: parent
                anchors.leftMargin: Theme.spaceS
                anchors.rightMargin: Theme.spaceS
                spacing: Theme.spaceM

                PlainLabel {
                    text: row.label
                    font.pixelSize: Theme.fontAdminBody
                    Layout.fillWidth: true
                }
                PlainLabel {
                    text: String(row.answered)
                    font.pixelSize: Theme.fontAdminBody
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: table.numberColumn
                }
                PlainLabel {
                    text: row.answered > 0 ? table.decimals(row.nrr) : "–"
                    font.pixelSize: Theme.fontAdminBody
                    font.bold: true
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: table.numberColumn
                }
                PlainLabel {
                    text: row.category.length > 0 ? row.category : "–"
                    font.pixelSize: Theme.fontAdminBody
                    font.bold: true
                    color: Theme.categoryColor(row.category)
                    horizontalAlignment: Text.AlignHCenter
                    Layout.preferredWidth: table.numberColumn
                }
            }
        }
    }
}
