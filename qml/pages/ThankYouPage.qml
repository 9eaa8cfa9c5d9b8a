import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// Thanks, the answers are saved; where to complain; and back to the start by itself after a few seconds.
PageScaffold {
    id: page

    objectName: "thankYouPage"
    // A landscape screen with the report note has less height to spare: a smaller mark, closer lines.
    readonly property bool crowded: Session.reportedThisVisit && !panes.stacked

    // In the middle of the page while it fits; in large text the thanks and the channels can be taller
    // than the page, and it scrolls instead of running off the top and the bottom.
    ScrollArea {
        objectName: "thankYouScroll"
        anchors.fill: parent
        fillWhenFits: true

        // The panes get an explicit width inside a plain Item (see TwoPane), centred while they fit.
        Item {
            implicitHeight: panes.implicitHeight
            Layout.fillWidth: true
            Layout.fillHeight: false
            Layout.alignment: Qt.AlignVCenter

            TwoPane {
                id: panes
                width: parent.width
                // Large text on landscape: the thanks above the channels, each the page's width. Side by side,
                // each half ran to a word or two a line and the texts of the left half ran into each other.
                stacked: Theme.portrait || Theme.largeText

                ColumnLayout {
                    spacing: page.crowded ? Theme.spaceM : Theme.spaceL
                    Layout.preferredWidth: panes.paneWidth
                    Layout.alignment: Qt.AlignVCenter

                    SvgIcon {
                        objectName: "thankYouMark"
                        name: "success"
                        size: page.crowded ? Theme.iconL : Theme.iconXl
                        Layout.alignment: panes.stacked ? Qt.AlignHCenter : Qt.AlignLeft
                    }
                    PlainLabel {
                        id: thanks
                        objectName: "thankYouTitle"
                        //: Big title after the answers are saved
                        text: qsTr("Thank you!")
                        font.pixelSize: Theme.fontDisplay
                        font.bold: true
                        color: Theme.primary
                        horizontalAlignment: panes.stacked ? Text.AlignHCenter : Text.AlignLeft
                        Layout.fillWidth: true
                    }
                    PlainLabel {
                        id: saved
                        objectName: "thankYouSaved"
                        text: qsTr("Your answers have been saved. They help this unit improve its service.")
                        font.pixelSize: Theme.fontBodyLarge
                        horizontalAlignment: panes.stacked ? Text.AlignHCenter : Text.AlignLeft
                        Layout.fillWidth: true
                    }
                    InfoBanner {
                        id: reportNote
                        objectName: "reportReceivedNote"
                        visible: Session.reportedThisVisit
                        tone: "success"
                        iconName: "shield"
                        //: On the thank-you screen after a visitor reported that a reward was asked for or offered
                        text: qsTr("Your report about a reward has been received. It goes to this unit's gratification control unit (UPG) without your name.")
                        Layout.fillWidth: true
                    }
                    // The countdown's words go under the buttons in large text and beside the channels: in
                    // one row with them the four are wider than the pane and run under the channels.
                    GridLayout {
                        id: actions
                        readonly property bool hintBelow: Theme.largeText || !panes.stacked
                        columns: hintBelow ? 3 : 4
                        columnSpacing: Theme.spaceM
                        rowSpacing: Theme.spaceS
                        Layout.alignment: panes.stacked ? Qt.AlignHCenter : Qt.AlignLeft
                        Layout.topMargin: Theme.spaceM

                        BigButton {
                            objectName: "thankYouDoneButton"
                            kind: "primary"
                            iconName: "check"
                            //: Ends the visit and returns to the welcome screen
                            text: qsTr("Done")
                            Layout.preferredWidth: Theme.px(240)
                            onClicked: Session.finishVisit()
                        }
                        ListenButton {
                            readonly property var texts: [thanks.text, saved.text, ...(Session.reportedThisVisit ? [reportNote.text] : [])]
                            visible: ReadAloud.available
                            speaking: ReadAloud.speaking
                            compact: true
                            onClicked: ReadAloud.speaking ? ReadAloud.stop() : ReadAloud.read(texts)
                            Component.onCompleted: ReadAloud.screenShown(texts)
                        }
                        Rectangle {
                            objectName: "thankYouCountdown"
                            implicitWidth: Theme.touchTarget * 0.8
                            implicitHeight: implicitWidth
                            radius: width / 2
                            color: Theme.surface
                            border.width: Theme.borderWidth
                            border.color: Theme.border
                            Accessible.role: Accessible.StaticText
                            Accessible.name: countdownHint.text + " " + Session.thankYouRemaining

                            PlainLabel {
                                anchors.centerIn: parent
                                text: String(Math.max(0, Session.thankYouRemaining))
                                font.pixelSize: Theme.fontBodyLarge
                                font.bold: true
                                color: Theme.textMuted
                            }
                        }
                        PlainLabel {
                            id: countdownHint
                            objectName: "thankYouCountdownHint"
                            //: Next to a countdown number, e.g. "Back to the start in [8]"
                            text: qsTr("Back to the start screen by itself")
                            font.pixelSize: Theme.fontCaption
                            color: Theme.textMuted
                            Layout.maximumWidth: actions.hintBelow ? panes.paneWidth : Theme.px(220)
                            Layout.columnSpan: actions.hintBelow ? 3 : 1
                        }
                    }
                }
                ComplaintChannels {
                    objectName: "complaintChannels"
                    Layout.preferredWidth: panes.paneWidth
                    // Its longest unwrapped line in large text is wider than the pane: the pane's width wins.
                    Layout.maximumWidth: panes.paneWidth
                    Layout.alignment: Qt.AlignVCenter
                }
            }
        }
    }
}
