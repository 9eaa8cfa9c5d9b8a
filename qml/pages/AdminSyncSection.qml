import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// Sending answers to the unit's Suara server. Not enrolled: the server address and the one-time code
// (typing the code is enough when the address came with the kiosk). Enrolled: what waits, what arrived,
// when the last sync worked and, in words, what went wrong. Nothing here blocks visitors: answers are
// kept on the device whatever the network does.
ScrollArea {
    id: scroll

    readonly property bool showForm: !Sync.enrolled || Sync.state === "revoked"

    function enroll() {
        Sync.enroll(serverInput.text, codeInput.text)
    }

    showHint: false

    AdminHeading {
        title: qsTr("Sync")
        // Enrolled: the status card below says it all, and "Sync now" stays in view.
        text: Sync.enrolled ? "" : qsTr("Connect this kiosk to the unit's Suara server. Until then, answers are kept safe on this device.")
    }

    Card {
        objectName: "syncEnrollCard"
        visible: scroll.showForm
        Layout.fillWidth: true

        AdminFieldLabel {
            text: Sync.enrolled ? qsTr("Enroll again with a new code") : qsTr("Server address")
            Layout.topMargin: 0
        }
        PlainLabel {
            visible: Sync.enrolled
            text: qsTr("Server address")
            font.pixelSize: Theme.fontAdminBody
            Layout.fillWidth: true
        }
        TextInputBox {
            id: serverInput
            objectName: "syncServerInput"
            compact: true
            placeholderText: "https://suara.example.go.id"
            maximumLength: 200
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            Layout.fillWidth: true
            Component.onCompleted: text = Sync.serverUrl
            onActiveFocusChanged: if (activeFocus) scroll.reveal(serverInput)
        }
        AdminFieldLabel {
            text: qsTr("Enrollment code from the server admin")
        }
        TextInputBox {
            id: codeInput
            objectName: "syncCodeInput"
            compact: true
            //: Example of a one-time enrollment code
            placeholderText: qsTr("For example: 7KQ4-MX2P")
            maximumLength: 40
            inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            onActiveFocusChanged: if (activeFocus) scroll.reveal(codeInput)
            onAccepted: scroll.enroll()
        }
        InfoBanner {
            objectName: "syncEnrollNotice"
            visible: Sync.notice.length > 0 && !Sync.busy
            tone: Sync.noticeIsError ? "danger" : "success"
            textSize: Theme.fontAdminBody
            text: Sync.notice
            Layout.fillWidth: true
        }
        ProgressTrack {
            visible: Sync.enrolling
            value: 0.5
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "syncEnrollButton"
            kind: "primary"
            iconName: "check"
            //: Admin button that connects the kiosk to the server with the enrollment code
            text: Sync.enrolling ? qsTr("Enrolling…") : qsTr("Enroll device")
            enabled: !Sync.busy
            minHeight: Theme.adminTarget
            Layout.fillWidth: true
            onClicked: scroll.enroll()
        }
    }
    Card {
        objectName: "syncStatusCard"
        visible: Sync.enrolled
        spacing: Theme.spaceXs
        Layout.fillWidth: true

        PlainLabel {
            objectName: "syncUnitName"
            text: Sync.unitName.length > 0 ? Sync.unitName : Sync.unitCode
            font.pixelSize: Theme.fontAdminTitle
            font.bold: true
            Layout.fillWidth: true
        }
        PlainLabel {
            text: qsTr("Server: %1").arg(Sync.serverUrl)
            font.pixelSize: Theme.fontCaption
            color: Theme.textMuted
            elide: Text.ElideMiddle
            wrapMode: Text.NoWrap
            Layout.fillWidth: true
        }
        PlainLabel {
            objectName: "syncStateText"
            text: Sync.stateText
            font.pixelSize: Theme.fontAdminBody
            font.bold: true
            color: Sync.state === "revoked" ? Theme.danger : Sync.state === "backingOff" ? Theme.warning : Theme.text
            Layout.fillWidth: true
        }
        PlainLabel {
            objectName: "syncWaiting"
            text: Sync.waitingText
            font.pixelSize: Theme.fontAdminBody
            color: Sync.countsKnown ? Theme.text : Theme.danger
            Layout.fillWidth: true
        }
        PlainLabel {
            objectName: "syncLastSync"
            text: Sync.lastSync.length > 0 ? qsTr("Last successful sync: %1").arg(Sync.lastSync)
                                           : qsTr("No successful sync yet.")
            font.pixelSize: Theme.fontAdminBody
            Layout.fillWidth: true
        }
    }

    InfoBanner {
        objectName: "syncOfflineWarning"
        visible: Sync.offlineWarning
        tone: "warning"
        iconName: "clock"
        textSize: Theme.fontAdminBody
        text: Sync.offlineWarningText
        Layout.fillWidth: true
    }
    InfoBanner {
        objectName: "syncLowStorage"
        visible: Sync.lowStorage
        tone: "danger"
        textSize: Theme.fontAdminBody
        text: Sync.lowStorageText
        Layout.fillWidth: true
    }
    InfoBanner {
        objectName: "syncError"
        visible: Sync.enrolled && Sync.hasError
        tone: Sync.state === "revoked" ? "danger" : "warning"
        textSize: Theme.fontAdminBody
        text: Sync.lastError
        Layout.fillWidth: true
    }
    PlainLabel {
        visible: Sync.enrolled && Sync.hasError && Sync.lastErrorDetail.length > 0
        objectName: "syncErrorDetail"
        // The system's message (e.g. "Connection refused") in words, through the one error funnel.
        text: Errors.technicalDetail(Sync.lastErrorDetail)
        font.pixelSize: Theme.fontCaption
        color: Theme.textMuted
        Layout.fillWidth: true
    }

    ColumnLayout {
        visible: Sync.enrolled && !scroll.showForm
        spacing: Theme.spaceS
        Layout.fillWidth: true

        ProgressTrack {
            objectName: "syncProgress"
            visible: Sync.busy
            value: Sync.progressTotal > 0 ? Sync.progressDone / Sync.progressTotal : 0
            Layout.fillWidth: true
        }
        PlainLabel {
            visible: Sync.busy && Sync.progressTotal > 0
            text: qsTr("%1 of %2 sent").arg(Sync.progressDone).arg(Sync.progressTotal)
            font.pixelSize: Theme.fontCaption
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        InfoBanner {
            objectName: "syncNotice"
            visible: Sync.notice.length > 0 && !Sync.busy
            tone: Sync.noticeIsError ? "warning" : "success"
            textSize: Theme.fontAdminBody
            text: Sync.notice
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "syncNowButton"
            kind: "primary"
            large: true
            iconName: "refresh"
            //: Admin button that sends the waiting answers to the server right away
            text: Sync.busy ? qsTr("Syncing…") : qsTr("Sync now")
            enabled: !Sync.busy
            Layout.fillWidth: true
            onClicked: Sync.syncNow()
        }
    }

    GridLayout {
        columns: 3
        columnSpacing: Theme.spaceM
        rowSpacing: Theme.spaceM
        Layout.fillWidth: true

        StatTile {
            objectName: "syncPending"
            //: Answers stored on the kiosk that the server has not received yet
            label: qsTr("Waiting to be sent")
            //: Shown instead of a count the device could not read (never 0)
            value: Sync.countsKnown ? String(Sync.pendingCount) : qsTr("unknown")
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
        }
        StatTile {
            objectName: "syncSynced"
            //: Answers the server has confirmed
            label: qsTr("Sent")
            value: String(Sync.syncedCount)
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
        }
        StatTile {
            objectName: "syncQuarantined"
            //: Answers the server refused; kept on the kiosk for an admin to check
            label: qsTr("Quarantined")
            value: String(Sync.quarantinedCount)
            valueColor: Sync.quarantinedCount > 0 ? Theme.warning : Theme.text
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
        }
    }

    PlainLabel {
        visible: Sync.quarantinedCount > 0
        text: qsTr("The server refused the quarantined answers. They are kept on this device for checking and are not sent again by themselves.")
        font.pixelSize: Theme.fontCaption
        color: Theme.textMuted
        Layout.fillWidth: true
    }

    Card {
        objectName: "syncOfflineDaysCard"
        Layout.fillWidth: true

        AdminFieldLabel {
            text: qsTr("Warn when this device has not synced for")
            Layout.topMargin: 0
        }
        PlainLabel {
            text: qsTr("The officer's screen and this page then say so. The server's settings replace this value at the next sync. Default: 7 days.")
            font.pixelSize: Theme.fontCaption
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        Stepper {
            objectName: "offlineDaysStepper"
            value: Sync.offlineWarningDays
            from: Sync.offlineWarningDaysMin
            to: Sync.offlineWarningDaysMax
            stepSize: 1
            //: Unit after a number of days in the admin settings, e.g. "7 days"
            unit: qsTr("days")
            onMoved: value => Sync.offlineWarningDays = value
        }
    }
}
