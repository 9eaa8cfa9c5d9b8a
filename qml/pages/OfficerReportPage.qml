pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// The officer's gratification report, the form (domain.md §3.4 and §3.6, protocol §2.1): what happened,
// who offered it, what and how much, when and where, the chronology, and an optional photo. Required
// fields left empty are marked when the officer goes on; nothing is stored before the PIN.
PageScaffold {
    id: page


    property bool choosingPhoto: false
    property var photoFiles: []

    objectName: "officerReportPage"

    header: StepHeader {
        sidePadding: page.sidePadding
        progress: 0.5
        canGoBack: false
        nextLanguage: Language.nextEndonym
        onLanguageRequested: Language.toggle()
        //: Header of the officer's own report of a gift or an offer to the gratification control unit
        title: qsTr("Gratification report")
    }

    footer: ActionBar {
        sidePadding: page.sidePadding

        BigButton {
            objectName: "officerReportCancel"
            kind: "secondary"
            iconName: "back"
            text: qsTr("Cancel")
            onClicked: OfficerReport.close()
        }
        PlainLabel {
            objectName: "officerReportMessage"
            text: OfficerReport.message
            color: Theme.danger
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "officerReportNext"
            kind: "primary"
            trailingIconName: "arrow-right"
            //: From the report form to the signature and PIN
            text: qsTr("Next: sign")
            Layout.preferredWidth: Theme.px(300)
            onClicked: OfficerReport.next()
        }
    }

    ScrollArea {
        id: scroll
        anchors.fill: parent

        InfoBanner {
            tone: "info"
            iconName: "shield"
            text: qsTr("Report every gift or offer connected with your work within 30 working days (KPK regulation 2/2019). The report goes to your unit's gratification control unit (UPG).")
            Layout.fillWidth: true
        }
        ChoiceGroup {
            objectName: "reportKind"
            field: OfficerReport.kindField
            namePrefix: "reportChoice"
            current: OfficerReport.fields.value("kind")
            Layout.fillWidth: true
            onPicked: value => OfficerReport.setField("kind", value)
        }
        PlainLabel {
            visible: OfficerReport.showMissing && Array.from(OfficerReport.missing).indexOf("kind") >= 0
            text: qsTr("Required")
            font.pixelSize: Theme.fontCaption
            color: Theme.danger
        }
        OfficerReportField {
            key: "giverName"
            label: qsTr("Who offered or gave it (name or description)")
            placeholder: qsTr("For example: the family of inmate A.S.")
            Layout.fillWidth: true
            onFocused: item => scroll.reveal(item)
        }
        OfficerReportField {
            key: "giverInstitution"
            label: qsTr("Their institution or company")
            optional: true
            Layout.fillWidth: true
            onFocused: item => scroll.reveal(item)
        }
        OfficerReportField {
            key: "giverRelation"
            label: qsTr("Their relation to the visitor or inmate")
            placeholder: qsTr("For example: brother of the inmate")
            optional: true
            Layout.fillWidth: true
            onFocused: item => scroll.reveal(item)
        }
        ChoiceGroup {
            field: OfficerReport.formField
            namePrefix: "reportChoice"
            current: OfficerReport.fields.value("form")
            Layout.fillWidth: true
            onPicked: value => OfficerReport.setField("form", value)
        }
        PlainLabel {
            visible: OfficerReport.showMissing && Array.from(OfficerReport.missing).indexOf("form") >= 0
            text: qsTr("Required")
            font.pixelSize: Theme.fontCaption
            color: Theme.danger
        }
        OfficerReportField {
            key: "description"
            label: qsTr("What was offered, given or asked for")
            placeholder: qsTr("For example: an envelope with cash")
            Layout.fillWidth: true
            onFocused: item => scroll.reveal(item)
        }
        OfficerReportField {
            key: "valueIdr"
            label: qsTr("Estimated value in rupiah")
            placeholder: qsTr("Digits only, for example 1500000")
            inputHints: Qt.ImhDigitsOnly
            maximumLength: 15
            Layout.fillWidth: true
            onFocused: item => scroll.reveal(item)
        }
        PlainLabel {
            objectName: "reportValueText"
            visible: OfficerReport.valueText.length > 0
            text: OfficerReport.valueText
            font.pixelSize: Theme.fontBodyLarge
            font.bold: true
            color: Theme.primary
            Layout.fillWidth: true
        }
        GridLayout {
            columns: Theme.portrait ? 1 : 2
            columnSpacing: Theme.spaceL
            Layout.fillWidth: true

            OfficerReportField {
                key: "occurredOn"
                label: qsTr("Date (YYYY-MM-DD)")
                inputHints: Qt.ImhDate
                maximumLength: 10
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onFocused: item => scroll.reveal(item)
            }
            OfficerReportField {
                key: "occurredTime"
                label: qsTr("Time (HH:MM)")
                optional: true
                inputHints: Qt.ImhTime
                maximumLength: 5
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onFocused: item => scroll.reveal(item)
            }
        }
        OfficerReportField {
            key: "place"
            label: qsTr("Place")
            placeholder: qsTr("For example: visiting room, Lapas Yogyakarta")
            Layout.fillWidth: true
            onFocused: item => scroll.reveal(item)
        }
        OfficerReportField {
            key: "chronology"
            label: qsTr("Chronology: what happened, in your words")
            multiline: true
            Layout.fillWidth: true
        }
        Card {
            Layout.fillWidth: true

            AdminFieldLabel {
                text: qsTr("Photo (optional)")
                Layout.topMargin: 0
            }
            PlainLabel {
                text: OfficerReport.hasPhoto ? OfficerReport.photoName
                                             : qsTr("A photo of what was offered, from the tablet's pictures.")
                color: Theme.textMuted
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.spaceM
                BigButton {
                    objectName: "reportChoosePhoto"
                    kind: "secondary"
                    iconName: "plus"
                    text: OfficerReport.hasPhoto ? qsTr("Another photo") : qsTr("Choose a photo")
                    minHeight: Theme.adminTarget
                    onClicked: {
                        page.photoFiles = Array.from(OfficerReport.photoFiles(OfficerReport.defaultPhotoFolder()))
                        page.choosingPhoto = true
                    }
                }
                BigButton {
                    objectName: "reportRemovePhoto"
                    visible: OfficerReport.hasPhoto
                    kind: "quiet"
                    iconName: "minus"
                    text: qsTr("Remove")
                    minHeight: Theme.adminTarget
                    onClicked: OfficerReport.removePhoto()
                }
            }
            PlainLabel {
                visible: page.choosingPhoto && page.photoFiles.length === 0
                text: qsTr("No JPEG or PNG pictures in %1.").arg(OfficerReport.defaultPhotoFolder())
                color: Theme.textMuted
                Layout.fillWidth: true
            }
            Repeater {
                model: page.choosingPhoto ? page.photoFiles : []

                BigButton {
                    required property photoFile modelData
                    required property int index
                    objectName: "reportPhotoFile_" + index
                    kind: "quiet"
                    alignLeft: true
                    iconName: "chevron-right"
                    text: modelData.name
                    minHeight: Theme.adminTarget
                    Layout.fillWidth: true
                    onClicked: {
                        if (OfficerReport.attachPhoto(modelData.path))
                            page.choosingPhoto = false
                    }
                }
            }
        }
    }
}
