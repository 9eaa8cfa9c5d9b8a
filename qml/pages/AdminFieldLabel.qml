import QtQuick
import QtQuick.Layouts
import Suara.Components

// The label over an admin field.
PlainLabel {
    font.pixelSize: Theme.fontAdminBody
    font.bold: true
    Layout.fillWidth: true
    Layout.topMargin: Theme.spaceS
}
