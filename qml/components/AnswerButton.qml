pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One answer to a question: a picture (a face, stars or a yes/no mark) and its words.
// vertical: picture above words (a row of tiles); otherwise picture left, words right (a list).
Button {
    id: control

    property string iconName: ""
    property int stars: 0
    property int maxStars: 6
    property bool selected: false
    property bool vertical: true
    property int iconSize: Theme.face
    // Tiles in a row: how many lines every label box holds (the page sets the most any label needs), so
    // a label that wraps further than its neighbours does not lift its face out of line with theirs.
    property int labelLines: 2
    readonly property int labelBoxHeight: Math.ceil(labelLines * measure.implicitHeight / Math.max(1, measure.lineCount))
    // How many lines this label needs at the tile's width (bold, as when selected: no reflow on a tap).
    readonly property int textLines: measure.lineCount

    font.family: Theme.fontFamily
    padding: Theme.spaceM
    leftPadding: vertical ? Theme.spaceM : Theme.spaceL
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: if (control.enabled) control.clicked()
    Accessible.checkable: true
    Accessible.checked: selected

    contentItem: GridLayout {
        columns: control.vertical ? 1 : 2
        rowSpacing: Theme.spaceM
        columnSpacing: Theme.spaceL

        // No ids inside contentItem (a deferred property): children[1] is the StarRow.
        Item {
            implicitWidth: control.stars > 0 ? children[1].implicitWidth : control.iconSize
            implicitHeight: control.stars > 0 ? children[1].implicitHeight : control.iconSize
            Layout.alignment: control.vertical ? Qt.AlignHCenter | Qt.AlignBottom : Qt.AlignVCenter

            SvgIcon {
                visible: control.stars === 0 && control.iconName.length > 0
                name: control.iconName
                size: control.iconSize
            }
            StarRow {
                visible: control.stars > 0
                count: control.stars
                maximum: control.maxStars
            }
        }
        // In a row of tiles every label has room for two lines, so a label that wraps does not move
        // its face out of line with the others.
        PlainLabel {
            text: control.text
            font.pixelSize: Theme.fontBodyLarge
            font.bold: control.selected
            horizontalAlignment: control.vertical ? Text.AlignHCenter : Text.AlignLeft
            verticalAlignment: Text.AlignTop
            Layout.fillWidth: true
            Layout.minimumHeight: control.vertical ? control.labelBoxHeight : 0
            Layout.maximumHeight: control.vertical ? control.labelBoxHeight : Infinity
            Layout.alignment: control.vertical ? Qt.AlignTop : Qt.AlignVCenter
        }
    }

    PlainLabel {
        id: measure
        visible: false
        width: control.availableWidth
        text: control.text
        font.pixelSize: Theme.fontBodyLarge
        font.bold: true
    }

    background: Rectangle {
        implicitWidth: Theme.touchTarget * 2
        implicitHeight: Theme.touchTarget
        radius: Theme.radiusL
        color: control.down ? Theme.primarySoftPressed : control.selected ? Theme.primarySoft : Theme.surface
        border.width: control.selected || control.visualFocus ? Theme.selectedBorderWidth : Theme.borderWidth
        border.color: control.visualFocus ? Theme.focusRing : control.selected ? Theme.primary : Theme.border

        SvgIcon {
            visible: control.selected
            name: "selected"
            size: Theme.iconS
            anchors.top: parent.top
            anchors.right: parent.right
            anchors.margins: Theme.spaceS
        }
    }
}
