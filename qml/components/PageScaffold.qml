import QtQuick
import QtQuick.Controls

// A full-screen page: calm background, a header and footer slot (Page), and content kept to a readable
// width in the middle of wide screens.
Page {
    id: page

    readonly property int sidePadding: Math.max(Theme.pageMargin, Math.round((width - Theme.contentMaxWidth) / 2))

    leftPadding: sidePadding
    rightPadding: sidePadding
    topPadding: Theme.spaceXl
    bottomPadding: Theme.spaceXl
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody

    background: Rectangle {
        color: Theme.background
    }
}
