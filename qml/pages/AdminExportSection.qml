pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// Exports to a USB stick: this device's answers as CSV or XLSX (the server's columns, for a unit
// without a server or for checking), or the offline bundle the server imports. One export at a time,
// off the GUI thread; the message says in words whether the file is complete on the stick.
ScrollArea {
    id: scroll

    property int volume: 0

    showHint: false
    Component.onCompleted: DeviceExport.refreshVolumes()

    AdminHeading {
        title: qsTr("Export")
        text: qsTr("Copy this device's answers to a USB stick. The answers stay on the device.")
    }

    Card {
        objectName: "exportVolumesCard"
        Layout.fillWidth: true

        AdminFieldLabel {
            text: qsTr("USB stick")
            Layout.topMargin: 0
        }
        Repeater {
            model: DeviceExport.volumes
            delegate: ChoiceChip {
                required property int index
                required property string name
                required property string free
                required property bool readOnly

                objectName: "exportVolume" + index
                compact: true
                selected: scroll.volume === index
                text: readOnly ? qsTr("%1 (read-only)").arg(name)
                               : qsTr("%1 (%2 free)").arg(name).arg(free)
                Layout.fillWidth: true
                onClicked: scroll.volume = index
            }
        }
        BigButton {
            objectName: "exportRefreshButton"
            kind: "secondary"
            iconName: "refresh"
            text: qsTr("Refresh")
            enabled: !DeviceExport.busy
            Layout.fillWidth: true
            onClicked: DeviceExport.refreshVolumes()
        }
    }

    Card {
        Layout.fillWidth: true

        ProgressTrack {
            objectName: "exportProgress"
            visible: DeviceExport.busy
            value: DeviceExport.progress
            Layout.fillWidth: true
        }
        InfoBanner {
            objectName: "exportMessage"
            visible: DeviceExport.message.length > 0
            tone: DeviceExport.busy ? "info" : DeviceExport.succeeded ? "success" : "warning"
            textSize: Theme.fontAdminBody
            text: DeviceExport.message
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "exportCsvButton"
            kind: "primary"
            iconName: "send"
            //: Admin button: write the device's answers as a CSV file onto the USB stick
            text: qsTr("Answers as CSV")
            enabled: !DeviceExport.busy && DeviceExport.volumes.count > 0
            Layout.fillWidth: true
            onClicked: DeviceExport.start(DeviceExport.Csv, scroll.volume)
        }
        BigButton {
            objectName: "exportXlsxButton"
            kind: "secondary"
            iconName: "send"
            //: Admin button: write the device's answers as an Excel workbook onto the USB stick
            text: qsTr("Answers as XLSX")
            enabled: !DeviceExport.busy && DeviceExport.volumes.count > 0
            Layout.fillWidth: true
            onClicked: DeviceExport.start(DeviceExport.Xlsx, scroll.volume)
        }
        BigButton {
            objectName: "exportBundleButton"
            kind: "secondary"
            iconName: "send"
            //: Admin button: write the offline bundle (for the server's import) onto the USB stick
            text: qsTr("Offline bundle for the server")
            enabled: !DeviceExport.busy && DeviceExport.volumes.count > 0
            Layout.fillWidth: true
            onClicked: DeviceExport.start(DeviceExport.Bundle, scroll.volume)
        }
    }
}
