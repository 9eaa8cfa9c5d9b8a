import QtQuick
import QtQuick.Layouts

// A white panel that groups related content.
Rectangle {
    id: card

    default property alias content: column.data
    property alias spacing: column.spacing
    property int padding: Theme.spaceL

    implicitWidth: column.implicitWidth + 2 * padding
    implicitHeight: column.implicitHeight + 2 * padding
    color: Theme.surface
    radius: Theme.radiusL
    border.width: Theme.borderWidth
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: card.padding
        spacing: Theme.spaceM
    }
}
