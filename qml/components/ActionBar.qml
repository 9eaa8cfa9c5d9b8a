import QtQuick
import QtQuick.Layouts

// The bar at the bottom of a page that holds its main actions, always in reach. While the on-screen
// keyboard is open on a landscape screen it hugs its buttons, leaving the rows to the field being typed in.
Rectangle {
    id: bar

    default property alias content: row.data
    property int sidePadding: Theme.pageMargin
    readonly property int verticalPadding: Theme.typingLandscape ? Theme.spaceS : Theme.spaceL

    implicitHeight: row.implicitHeight + 2 * verticalPadding
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
        anchors.topMargin: bar.verticalPadding
        anchors.bottomMargin: bar.verticalPadding
        spacing: Theme.spaceL
    }
}
