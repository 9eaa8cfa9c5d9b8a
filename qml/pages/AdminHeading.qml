import QtQuick
import QtQuick.Layouts
import Suara.Components

// Title and one-line explanation at the top of an admin section.
ColumnLayout {
    property string title
    property string text

    spacing: Theme.spaceXs
    Layout.fillWidth: true

    PlainLabel {
        text: parent.title
        font.pixelSize: Theme.fontAdminTitle
        font.bold: true
        Layout.fillWidth: true
    }
    PlainLabel {
        visible: parent.text.length > 0
        text: parent.text
        font.pixelSize: Theme.fontAdminBody
        color: Theme.textMuted
        Layout.fillWidth: true
    }
}
