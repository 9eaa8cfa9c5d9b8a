import QtQuick
import QtQuick.Layouts

// The bar at the bottom of a page that holds its main actions, always in reach.
Rectangle {
    id: bar

    default property alias content: row.data
    property int sidePadding: Theme.pageMargin

    implicitHeight: row.implicitHeight + 2 * Theme.spaceL
    color: Theme.surface

    Rectangle {
        width: parent.width
        height: Theme.borderWidth
        color: Theme.border
    }
    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: bar.sidePadding
        anchors.rightMargin: bar.sidePadding
        anchors.topMargin: Theme.spaceL
        anchors.bottomMargin: Theme.spaceL
        spacing: Theme.spaceL
    }
}
