import QtQuick
import QtQuick.Layouts

// The top of every visitor step: back, where you are (words and a bar), and the language switch.
// While the on-screen keyboard is open on a landscape screen it shrinks to back and the language
// switch, which the visitor must still reach while typing.
Rectangle {
    id: header

    property string title
    property real progress: 0
    property bool canGoBack: true
    property string language: "id"
    property int sidePadding: Theme.pageMargin

    signal backRequested
    signal languageRequested

    readonly property int verticalPadding: Theme.typingLandscape ? Theme.spaceS : Theme.spaceL

    implicitHeight: row.implicitHeight + 2 * verticalPadding
    color: Theme.surface

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: Theme.borderWidth
        color: Theme.border
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: header.sidePadding
        anchors.rightMargin: header.sidePadding
        anchors.topMargin: header.verticalPadding
        anchors.bottomMargin: header.verticalPadding
        spacing: Theme.portrait ? Theme.spaceM : Theme.spaceXl

        BigButton {
            objectName: "backButton"
            kind: "secondary"
            iconName: "back"
            //: Button: go back to the previous step of the survey
            text: qsTr("Back")
            enabled: header.canGoBack
            opacity: header.canGoBack ? 1 : 0
            onClicked: header.backRequested()
        }
        ColumnLayout {
            visible: !Theme.typingLandscape
            spacing: Theme.spaceS
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter

            PlainLabel {
                text: header.title
                font.pixelSize: Theme.portrait ? Theme.fontCaption : Theme.fontBody
                font.bold: true
                color: Theme.textMuted
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            ProgressTrack {
                value: header.progress
                Layout.fillWidth: true
            }
        }
        Item {
            visible: Theme.typingLandscape
            Layout.fillWidth: true
        }
        LanguageButton {
            current: header.language
            compact: Theme.portrait
            onClicked: header.languageRequested()
        }
    }
}
