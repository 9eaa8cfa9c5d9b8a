import QtQuick
import QtQuick.Layouts
import Suara.Components

// A number and what it counts, for the admin summary.
Card {
    id: tile

    property string label
    property string value
    property color valueColor: Theme.text

    spacing: Theme.spaceXs

    PlainLabel {
        text: tile.value
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: tile.valueColor
        Layout.fillWidth: true
    }
    PlainLabel {
        text: tile.label
        font.pixelSize: Theme.fontCaption
        color: Theme.textMuted
        Layout.fillWidth: true
    }
    Item {
        Layout.fillHeight: true
    }
}
