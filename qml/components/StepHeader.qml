import QtQuick
import QtQuick.Layouts

// The top of every visitor step: back, where you are (words and a bar), read-aloud, large text and the
// language switch.
// While the on-screen keyboard is open on a landscape screen it shrinks to back and the language
// switch, which the visitor must still reach while typing.
Rectangle {
    id: header

    property string title
    property real progress: 0
    property bool canGoBack: true
    // The language switch names the language it goes to; empty when the kiosk offers only one.
    property string nextLanguage: ""
    property int sidePadding: Theme.pageMargin
    // Read-aloud: shown only when a voice for the visitor's language exists.
    property bool canListen: false
    property bool listening: false
    property bool largeText: false

    signal backRequested
    signal languageRequested
    signal listenRequested
    signal largeTextRequested

    readonly property int verticalPadding: Theme.typingLandscape ? Theme.spaceS : Theme.spaceL

    implicitHeight: row.implicitHeight + 2 * verticalPadding
    color: Theme.surface

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: Theme.borderWidth
        color: Theme.border
    }

    // Where the visitor is: the step's words over a progress bar.
    // An inline component does not reach outer ids: the words and the progress come in as properties.
    component Where: ColumnLayout {
        id: where

        required property string title
        required property real progress

        spacing: Theme.spaceS
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignVCenter

        PlainLabel {
            text: where.title
            font.pixelSize: Theme.portrait ? Theme.fontCaption : Theme.fontBody
            font.bold: true
            color: Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        ProgressTrack {
            value: where.progress
            Layout.fillWidth: true
        }
    }

    // Landscape: one row. Portrait: the buttons on top and where-you-are below them at full width, so
    // the words never shrink to a sliver between four buttons (least of all in large text).
    ColumnLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: header.sidePadding
        anchors.rightMargin: header.sidePadding
        anchors.topMargin: header.verticalPadding
        anchors.bottomMargin: header.verticalPadding
        spacing: Theme.spaceM

        RowLayout {
            spacing: Theme.portrait ? Theme.spaceM : Theme.spaceXl
            Layout.fillWidth: true

            BigButton {
                objectName: "backButton"
                kind: "secondary"
                iconName: "back"
                //: Button: go back to the previous step of the survey
                readonly property string word: qsTr("Back")
                // Portrait in large text has no room for the word; the arrow shows it, the name says it.
                text: Theme.portrait && Theme.largeText ? "" : word
                Accessible.name: word
                enabled: header.canGoBack
                opacity: header.canGoBack ? 1 : 0
                Layout.preferredWidth: text.length > 0 ? -1 : minHeight
                onClicked: header.backRequested()
            }
            // In large text the words get their own row on landscape too.
            Where {
                title: header.title
                progress: header.progress
                visible: !Theme.portrait && !Theme.largeText && !Theme.typingLandscape
            }
            Item {
                visible: Theme.portrait || Theme.largeText || Theme.typingLandscape
                Layout.fillWidth: true
            }
            ListenButton {
                visible: header.canListen
                speaking: header.listening
                compact: Theme.portrait
                onClicked: header.listenRequested()
            }
            LargeTextButton {
                on: header.largeText
                compact: true
                onClicked: header.largeTextRequested()
            }
            LanguageButton {
                switchesTo: header.nextLanguage
                compact: Theme.portrait
                // A long endonym ("Bahasa Indonesia") in large text on portrait is wider than what the
                // other three leave: the button takes what is left and its words wrap.
                Layout.fillWidth: Theme.portrait
                Layout.maximumWidth: implicitWidth
                Layout.minimumWidth: minHeight
                onClicked: header.languageRequested()
            }
        }
        Where {
            title: header.title
            progress: header.progress
            visible: (Theme.portrait || Theme.largeText) && !Theme.typingLandscape
        }
    }
}
