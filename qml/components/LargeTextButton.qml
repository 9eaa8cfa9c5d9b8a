import QtQuick
import QtQuick.Layouts

// The visitor's switch to large text and high contrast. Marked while on; `compact` shows the icon alone
// where a header has no room, and the accessible name always carries the words.
BigButton {
    property bool on: false
    property bool compact: false
    //: Button that switches large text and strong contrast on or off for this visit
    readonly property string word: qsTr("Large text")

    objectName: "largeTextButton"
    kind: "secondary"
    selected: on
    iconName: "text-size"
    text: compact ? "" : word
    Layout.preferredWidth: compact ? minHeight : -1
    Accessible.name: word
    Accessible.description: qsTr("Larger words and stronger colours until this visit ends")
    Accessible.checkable: true
    Accessible.checked: on
}
