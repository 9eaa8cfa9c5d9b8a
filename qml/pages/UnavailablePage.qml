import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// The kiosk cannot save answers. The visitor is told plainly to ask an officer; staff see what is wrong
// and can retry; the admin area stays reachable.
PageScaffold {
    id: page

    objectName: "unavailablePage"

    TwoPane {
        id: panes
        anchors.centerIn: parent
        width: parent.width

        ColumnLayout {
            spacing: Theme.spaceL
            Layout.preferredWidth: panes.paneWidth
            Layout.alignment: Qt.AlignVCenter

            RowLayout {
                spacing: Theme.spaceL
                Layout.fillWidth: true

                SvgIcon {
                    name: "warning"
                    size: Theme.iconL
                    Layout.alignment: Qt.AlignTop
                }
                PlainLabel {
                    text: qsTr("Sorry, this kiosk cannot take answers right now.")
                    font.pixelSize: Theme.fontQuestion
                    font.bold: true
                    Layout.fillWidth: true
                }
            }
            PlainLabel {
                text: qsTr("Please tell an officer. Answers given earlier are safe.")
                font.pixelSize: Theme.fontBodyLarge
                Layout.fillWidth: true
            }
            // A visit the store refused lives in memory only until a retry saves it: say so, plainly.
            InfoBanner {
                objectName: "heldVisitNote"
                visible: Session.heldRecords > 0
                tone: "danger"
                //: On the "unavailable" screen when the last visit could not be saved yet
                text: qsTr("The last visitor's answers are not saved yet. The kiosk saves them by itself as soon as storage works again. Do not switch off or restart the kiosk until then: that would lose them.")
                Layout.fillWidth: true
            }
            Card {
                color: Theme.warningSoft
                border.color: Theme.warningBorder
                Layout.fillWidth: true

                PlainLabel {
                    //: Heading of the technical note meant for staff on the "unavailable" screen
                    text: qsTr("For staff")
                    font.pixelSize: Theme.fontCaption
                    font.bold: true
                    color: Theme.warning
                    Layout.fillWidth: true
                }
                PlainLabel {
                    objectName: "errorAlert"
                    visible: Errors.alert.length > 0
                    text: Errors.alert
                    color: Theme.warning
                    Layout.fillWidth: true
                }
                BigButton {
                    objectName: "retryButton"
                    kind: "secondary"
                    iconName: "refresh"
                    //: Try again to save / open the answer store
                    text: qsTr("Try again")
                    Layout.preferredWidth: Theme.px(280)
                    onClicked: Session.retry()
                }
            }
        }
        ComplaintChannels {
            compact: true
            Layout.preferredWidth: panes.paneWidth
            Layout.alignment: Qt.AlignVCenter
        }
    }

    HoldButton {
        now: Clock.nowMs
        objectName: "adminAccess"
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.leftMargin: -page.sidePadding + Theme.spaceS
        anchors.bottomMargin: -page.bottomPadding + Theme.spaceS
        Accessible.name: qsTr("Admin (press and hold)")
        onHeld: Admin.requestAccess()
    }
}
