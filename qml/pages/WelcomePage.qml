pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// The first screen a visitor sees: who is asking, one big button to start, and the language switch.
PageScaffold {
    id: page

    readonly property bool waiting: Session.cooldownRemaining > 0
    //: The big button that starts the survey
    readonly property string startText: qsTr("Start")
    //: The start button while the kiosk waits a few seconds between two visitors
    readonly property string waitText: qsTr("Please wait a moment…")
    //: Seconds left before the next visitor can start, e.g. "5 s"
    readonly property string secondsText: qsTr("%1 s")

    objectName: "welcomePage"

    header: Rectangle {
        implicitHeight: top.implicitHeight + 2 * Theme.spaceL
        color: Theme.surface

        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: Theme.borderWidth
            color: Theme.border
        }
        RowLayout {
            id: top
            anchors.fill: parent
            anchors.leftMargin: page.sidePadding
            anchors.rightMargin: page.sidePadding
            anchors.topMargin: Theme.spaceL
            anchors.bottomMargin: Theme.spaceL
            spacing: Theme.spaceM

            SvgIcon {
                name: "shield"
                size: Theme.iconL
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true

                PlainLabel {
                    text: Settings.unitName.length > 0 ? Settings.unitName : "Suara"
                    font.pixelSize: Theme.fontBodyLarge
                    font.bold: true
                    Layout.fillWidth: true
                }
                PlainLabel {
                    //: Under the unit's name on the welcome screen
                    text: qsTr("Public service feedback")
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textMuted
                    Layout.fillWidth: true
                }
            }
            LanguageButton {
                switchesTo: Language.nextEndonym
                onClicked: Language.toggle()
            }
        }
    }

    // In the middle of the page while it fits; large text on a landscape screen is taller than the page,
    // and then it scrolls instead of running under the header and off the bottom.
    ScrollArea {
        objectName: "welcomeScroll"
        anchors.fill: parent
        // Large text leaves the officer's corner button its own strip under the last line.
        anchors.bottomMargin: Theme.largeText ? Math.max(0, Theme.touchTarget - page.bottomPadding) : 0
        fillWhenFits: true

        // A Column, not a ColumnLayout: Qt 6.4's layouts ignore a label's height that changes while they
        // arrange (large text switched on, a line that wraps once the width is known), and the label kept
        // its old height with its lines over Start. A positioner re-reads every height each time.
        Column {
            id: welcome
            // Closer lines on a landscape screen, where the unit's published result must fit under the rest.
            spacing: Theme.portrait || Theme.largeText ? Theme.spaceXl : Theme.spaceL
            Layout.fillWidth: true
            Layout.fillHeight: false
            Layout.alignment: Qt.AlignVCenter

            PlainLabel {
                id: greeting
                objectName: "welcomeGreeting"
                //: Big greeting on the welcome screen
                text: qsTr("Welcome")
                font.pixelSize: Theme.fontDisplay
                font.bold: true
                color: Theme.primary
                horizontalAlignment: Text.AlignHCenter
                width: welcome.width
            }
            PlainLabel {
                id: intro
                objectName: "welcomeIntro"
                text: qsTr("How was our service today? Your answers help us serve you better.")
                font.pixelSize: Theme.fontBodyLarge
                color: Theme.textMuted
                horizontalAlignment: Text.AlignHCenter
                width: Math.min(welcome.width, Theme.px(860))
                anchors.horizontalCenter: parent.horizontalCenter
            }
            InfoBanner {
                objectName: "unitNotConfiguredNote"
                visible: !Session.unitConfigured
                tone: "warning"
                //: On the welcome screen of a kiosk whose admin has not entered the unit code yet
                text: qsTr("This kiosk is not ready yet: the admin must enter the unit code (Admin → Unit) before visitors can answer.")
                width: Math.min(welcome.width, Theme.px(860))
                anchors.horizontalCenter: parent.horizontalCenter
            }
            // Start with read-aloud and large text under it; on a landscape screen in the usual size, beside
            // it, so the unit's published result still fits under the rest without scrolling (1280×800).
            Grid {
                id: actions
                readonly property bool sideBySide: !Theme.portrait && !Theme.largeText
                columns: sideBySide ? 2 : 1
                columnSpacing: Theme.spaceL
                rowSpacing: welcome.spacing
                horizontalItemAlignment: Grid.AlignHCenter
                verticalItemAlignment: Grid.AlignVCenter
                anchors.horizontalCenter: parent.horizontalCenter

                BigButton {
                    objectName: "startButton"
                    kind: "primary"
                    large: true
                    enabled: !page.waiting && Session.unitConfigured
                    iconName: page.waiting ? "hourglass" : ""
                    trailingIconName: page.waiting ? "" : "arrow-right"
                    text: page.waiting ? page.waitText : page.startText
                    subtitle: page.waiting ? page.secondsText.arg(Session.cooldownRemaining) : ""
                    textSize: page.waiting ? Theme.fontBodyLarge : Theme.fontTitle
                    minHeight: Theme.px(136)
                    width: Math.min(actions.sideBySide ? welcome.width - tools.width - actions.columnSpacing : welcome.width,
                                    Theme.px(560))
                    onClicked: Session.start()
                }
                // Read-aloud and large text: a Row, not a RowLayout, because Qt 6.4's layout engine crashed
                // tearing this page down with them in the header's RowLayout.
                Row {
                    id: tools
                    spacing: Theme.spaceM

                    ListenButton {
                        visible: ReadAloud.available
                        speaking: ReadAloud.speaking
                        compact: true
                        onClicked: ReadAloud.speaking ? ReadAloud.stop() : ReadAloud.read([greeting.text, intro.text, page.startText])
                        Component.onCompleted: ReadAloud.screenShown([greeting.text, intro.text, page.startText])
                    }
                    LargeTextButton {
                        on: Display.largeText
                        compact: Theme.portrait
                        onClicked: Display.toggle()
                    }
                }
            }
            Grid {
                columns: Theme.portrait ? 1 : 2
                columnSpacing: Theme.spaceXxl
                rowSpacing: Theme.spaceM
                anchors.horizontalCenter: parent.horizontalCenter

                Repeater {
                    model: [
                        { icon: "user", text: qsTr("No name needed") },
                        { icon: "check", text: qsTr("Every question can be skipped") }
                    ]

                    Row {
                        id: point
                        required property var modelData
                        required property int index
                        objectName: "welcomePoint_" + point.index
                        spacing: Theme.spaceS

                        SvgIcon {
                            name: point.modelData.icon
                            size: Theme.iconS
                            anchors.verticalCenter: parent.verticalCenter
                        }
                        PlainLabel {
                            text: point.modelData.text
                            color: Theme.textMuted
                            wrapMode: Text.NoWrap
                        }
                    }
                }
            }
            PublishedResult {
                result: Settings.publishedResult
                language: Language.language
                maximumWidth: Math.min(welcome.width, Theme.px(860))
                anchors.horizontalCenter: parent.horizontalCenter
            }
        }
    }

    HoldButton {
        now: Clock.nowMs
        objectName: "adminAccess"
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.leftMargin: -page.sidePadding + Theme.spaceS
        anchors.bottomMargin: -page.bottomPadding + Theme.spaceS
        //: Accessible name of the hidden admin button (press and hold)
        Accessible.name: qsTr("Admin (press and hold)")
        onHeld: Admin.requestAccess()
    }
}
