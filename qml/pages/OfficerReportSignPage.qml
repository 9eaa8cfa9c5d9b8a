import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// The officer signs the report on the screen and confirms it with their PIN; only then is it signed
// by the device and stored with its photo and signature.
PageScaffold {
    id: page

    objectName: "officerReportSignPage"

    header: StepHeader {
        sidePadding: page.sidePadding
        progress: 1
        canGoBack: false
        nextLanguage: Language.nextEndonym
        onLanguageRequested: Language.toggle()
        title: qsTr("Gratification report")
    }

    TwoPane {
        id: panes
        anchors.fill: parent

        ColumnLayout {
            spacing: Theme.spaceM
            Layout.preferredWidth: panes.paneWidth
            Layout.alignment: Qt.AlignTop

            PlainLabel {
                text: qsTr("Sign, then enter your PIN to send the report")
                font.pixelSize: Theme.fontBodyLarge
                font.bold: true
                Layout.fillWidth: true
            }
            PlainLabel {
                objectName: "reportSummary"
                //: %1 is the officer's name, %2 a value like "Rp 1.500.000"
                text: qsTr("%1 · %2").arg(Officers.officerName).arg(OfficerReport.valueText)
                color: Theme.textMuted
                Layout.fillWidth: true
            }
            SignaturePad {
                id: signature
                objectName: "signaturePad"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.px(260)
            }
            RowLayout {
                spacing: Theme.spaceM
                BigButton {
                    objectName: "reportBackToForm"
                    kind: "secondary"
                    iconName: "back"
                    text: qsTr("Back")
                    minHeight: Theme.adminTarget
                    onClicked: OfficerReport.back()
                }
                BigButton {
                    objectName: "signatureClear"
                    kind: "quiet"
                    iconName: "minus"
                    //: Erase the signature drawn so far
                    text: qsTr("Clear signature")
                    minHeight: Theme.adminTarget
                    onClicked: signature.clear()
                }
            }
        }
        ColumnLayout {
            spacing: Theme.spaceL
            Layout.preferredWidth: panes.paneWidth
            Layout.alignment: Qt.AlignVCenter

            PinPad {
                id: pad
                objectName: "reportPinPad"
                locked: Officers.lockoutRemaining > 0 || Officers.checking
                minLength: Admin.minPinLength
                maxLength: Admin.maxPinLength
                Layout.alignment: Qt.AlignHCenter
                onStarted: Officers.clearMessage()
                onSubmitted: pin => {
                    OfficerReport.submit(pin)
                    pad.clear()
                }
            }
            InfoBanner {
                objectName: "reportSignMessage"
                visible: OfficerReport.message.length > 0
                tone: "warning"
                text: OfficerReport.message
                Layout.fillWidth: true
            }
        }
    }
}
