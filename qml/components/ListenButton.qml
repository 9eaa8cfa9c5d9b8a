import QtQuick
import QtQuick.Layouts

// "Dengarkan / Listen": reads the screen aloud; while it speaks the same button stops it. `compact`
// shows the icon alone (a full-size target) where a header has no room for the word; the accessible
// name always carries the word.
BigButton {
    id: control

    property bool speaking: false
    property bool compact: false
    //: Button that reads the question and its answers aloud
    readonly property string word: speaking ? qsTr("Stop reading") : qsTr("Listen")

    objectName: "listenButton"
    kind: "secondary"
    selected: speaking
    iconName: speaking ? "speaker-stop" : "speaker"
    text: compact ? "" : word
    Layout.preferredWidth: compact ? minHeight : -1
    Accessible.name: word
    Accessible.description: qsTr("Reads this screen aloud")
}
