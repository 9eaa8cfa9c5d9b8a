import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// The signed-in officer's screen between interviews: who is signed in, start an interview (or a
// visitor's survey on a counter), switch officer (two taps and a PIN) or sign out.
PageScaffold {
    id: page

    objectName: "officerHomePage"

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
                name: "user"
                size: Theme.iconL
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true

                PlainLabel {
                    objectName: "officerHomeName"
                    text: Officers.officerName
                    font.pixelSize: Theme.fontBodyLarge
                    font.bold: true
                    Layout.fillWidth: true
                }
                PlainLabel {
                    text: Officers.officerPosition.length > 0 ? Officers.officerPosition + " · " + Settings.unitName
                                                              : Settings.unitName
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

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width, Theme.px(760))
        spacing: Theme.spaceL

        InfoBanner {
            visible: !Session.unitConfigured
            tone: "warning"
            text: qsTr("This kiosk is not ready yet: the admin must enter the unit code (Admin → Unit) before visitors can answer.")
            Layout.fillWidth: true
        }
        // Long offline (issue 9 item 3, ADR 0041): too long without the server, or storage running out.
        InfoBanner {
            objectName: "officerOfflineWarning"
            visible: Sync.offlineWarning
            tone: "warning"
            iconName: "clock"
            text: Sync.offlineWarningText
            Layout.fillWidth: true
        }
        InfoBanner {
            objectName: "officerLowStorage"
            visible: Sync.lowStorage
            tone: "danger"
            text: Sync.lowStorageText
            Layout.fillWidth: true
        }
        // What waits on the tablet and since when, and a sync when back in range.
        Card {
            objectName: "officerSyncCard"
            visible: Officers.fieldMode
            Layout.fillWidth: true

            PlainLabel {
                objectName: "officerPending"
                text: Sync.waitingText
                color: Sync.countsKnown ? Theme.text : Theme.danger
                font.bold: true
                Layout.fillWidth: true
            }
            PlainLabel {
                text: Sync.lastSync.length > 0 ? qsTr("Last successful sync: %1").arg(Sync.lastSync)
                                               : qsTr("No successful sync yet.")
                color: Theme.textMuted
                Layout.fillWidth: true
            }
            ProgressTrack {
                visible: Sync.busy
                value: Sync.progressTotal > 0 ? Sync.progressDone / Sync.progressTotal : 0
                Layout.fillWidth: true
            }
            PlainLabel {
                visible: Sync.busy && Sync.progressTotal > 0
                text: qsTr("%1 of %2 sent").arg(Sync.progressDone).arg(Sync.progressTotal)
                color: Theme.textMuted
                Layout.fillWidth: true
            }
            BigButton {
                objectName: "officerSyncNow"
                visible: Sync.enrolled
                enabled: !Sync.busy
                kind: "secondary"
                iconName: "refresh"
                text: qsTr("Sync now")
                minHeight: Theme.adminTarget
                onClicked: Sync.syncNow()
            }
        }
        BigButton {
            objectName: "officerStartInterview"
            kind: "primary"
            large: true
            enabled: Session.unitConfigured
            trailingIconName: "arrow-right"
            //: On a field tablet: the officer starts interviewing a respondent; on a counter: a visitor's survey
            text: Officers.fieldMode ? qsTr("New interview") : qsTr("Start a visitor's survey")
            Layout.fillWidth: true
            onClicked: Session.start()
        }
        BigButton {
            objectName: "officerReportStart"
            kind: "secondary"
            iconName: "shield"
            //: The officer reports a gift or an offer (gratification) to the UPG
            text: qsTr("Gratification report")
            Layout.fillWidth: true
            onClicked: OfficerReport.start()
        }
        BigButton {
            objectName: "officerSwitch"
            kind: "secondary"
            iconName: "user"
            //: Another officer takes the tablet: their name, then their PIN
            text: qsTr("Switch officer")
            Layout.fillWidth: true
            onClicked: Officers.requestSignIn()
        }
        BigButton {
            objectName: "officerSignOut"
            kind: "quiet"
            iconName: "exit"
            text: qsTr("Sign out")
            Layout.fillWidth: true
            onClicked: Officers.signOut()
        }
    }
}
