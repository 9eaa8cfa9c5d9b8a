import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Suara.Components // its C++ types (OnScreenKeyboard) are not in the implicit import in Qt 6.4

// A vertical list of content that scrolls when it does not fit, with a scroll bar that stays visible
// and a "more below" hint, so nobody misses what is below. The hint has its own strip under the list
// and never covers an option or a field. reveal(item) brings a focused field into view above the
// on-screen keyboard.
Item {
    id: area

    default property alias content: column.data
    property alias spacing: column.spacing
    property bool showHint: true
    // For a page laid out to fill the screen (fillHeight items, a spacer): while the content fits, its
    // layout gets the whole area and the full width, exactly as without the ScrollArea; only when it does
    // not fit does it take its natural height and leave the scroll bar its gutter.
    property bool fillWhenFits: false
    // How far such a layout may run into the page's padding below before it counts as not fitting.
    property int overflowAllowance: 0
    // Measured against the whole area, not the list, so reserving the hint's strip cannot flip it back.
    readonly property bool scrollable: fits.scrollable
    readonly property int hintStrip: showHint && scrollable ? Theme.adminTarget + Theme.spaceS : 0

    // Whether the content fits is decided once the layout has settled, not in the middle of it: the
    // answer changes the list's width (the scroll bar's gutter), and changing a layout's width while Qt
    // 6.4 is still arranging it (a Repeater swapping its tiles for the next question's) crashes.
    QtObject {
        id: fits
        property bool scrollable: false
    }
    function updateFit() {
        fits.scrollable = column.implicitHeight > area.height + area.overflowAllowance + 1
    }
    // One check after the current round of layout, however many sizes changed in it (Qt.callLater's
    // role; qmllint in Qt 6.4 cannot type that call).
    Timer {
        id: settle
        interval: 0
        onTriggered: area.updateFit()
    }
    onHeightChanged: settle.restart()
    onOverflowAllowanceChanged: settle.restart()
    Component.onCompleted: updateFit()

    function scrollToTop() {
        flick.contentY = 0
    }

    function reveal(item) {
        const p = item.mapToItem(column, 0, 0)
        const top = p.y - Theme.spaceL
        const bottom = p.y + item.height + Theme.spaceL
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top)
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, bottom - flick.height))
    }

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.bottomMargin: area.hintStrip
        contentWidth: width
        contentHeight: column.implicitHeight + (area.scrollable ? Theme.spaceL : 0)
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.VerticalFlick

        // A tap between the fields (not on one) closes the on-screen keyboard.
        MouseArea {
            objectName: "scrollBackground"
            width: flick.width
            height: Math.max(flick.height, flick.contentHeight)
            onClicked: {
                area.forceActiveFocus()
                OnScreenKeyboard.hide()
            }
        }
        ColumnLayout {
            id: column
            onImplicitHeightChanged: settle.restart()
            // In large text the gutter is kept whether or not the content scrolls: narrowing the list
            // once the deferred fit check says it scrolls left Qt 6.4's nested layouts (two panes, a
            // label in a column) at their old width, under the scroll bar.
            width: area.fillWhenFits && !area.scrollable && !Theme.largeText ? flick.width : flick.width - Theme.spaceXl
            // Never shorter than the content, even before the fit check has run: a layout squeezed into
            // the area's height lays its items over each other.
            height: area.fillWhenFits && !area.scrollable ? Math.max(flick.height, implicitHeight) : implicitHeight
            spacing: Theme.spaceL
        }

        ScrollBar.vertical: ScrollBar {
            policy: area.scrollable ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            width: Theme.spaceM
            contentItem: Rectangle {
                implicitWidth: Theme.spaceM
                radius: width / 2
                color: Theme.borderStrong
            }
            background: Rectangle {
                radius: width / 2
                color: Theme.surfaceMuted
            }
        }
    }

    // The content fades out at the bottom while there is more of it.
    Rectangle {
        visible: area.scrollable && !flick.atYEnd
        anchors.bottom: flick.bottom
        width: column.width
        height: Theme.spaceXl
        gradient: Gradient {
            GradientStop { position: 0; color: Theme.backgroundClear }
            GradientStop { position: 1; color: Theme.background }
        }
    }
    // "More below" for anyone who does not notice the scroll bar; tapping it scrolls down.
    Rectangle {
        objectName: "moreBelowHint"
        visible: area.showHint && area.scrollable && !flick.atYEnd
        anchors.bottom: parent.bottom
        anchors.right: parent.right
        anchors.rightMargin: Theme.spaceXl + Theme.spaceS
        anchors.bottomMargin: 0
        implicitWidth: hint.implicitWidth + 2 * Theme.spaceL
        implicitHeight: Theme.adminTarget
        radius: height / 2
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.primary

        RowLayout {
            id: hint
            anchors.centerIn: parent
            spacing: Theme.spaceS

            SvgIcon {
                name: "chevron-down"
                size: Theme.iconS
            }
            PlainLabel {
                //: Floating hint at the bottom of a list that continues below
                text: qsTr("More below")
                font.pixelSize: Theme.fontCaption
                font.bold: true
                color: Theme.primary
                wrapMode: Text.NoWrap
            }
        }
        TapHandler {
            onTapped: flick.contentY = Math.min(flick.contentHeight - flick.height, flick.contentY + flick.height * 0.8)
        }
    }
}
