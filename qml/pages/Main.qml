import QtQuick
import QtQuick.Controls
import Suara.App
import Suara.Components

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    title: "Suara"
    color: Theme.background

    Label {
        anchors.centerIn: parent
        objectName: "stepLabel"
        text: "step " + Session.step + " " + qsTr("Welcome")
        font.pixelSize: Theme.fontBody
        color: Theme.text
    }
    Item {
        objectName: "adminPage"
        property int section: 0
        readonly property var sectionKeys: ["unit"]
    }
}
