pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Suara.App
import Suara.Components

// The unit admin's area behind the PIN: sections on the side (landscape) or on top (portrait).
// The screenshot tour walks `sectionKeys` by setting `section`.
PageScaffold {
    id: page

    property int section: 0
    readonly property var sectionKeys: ["unit", "services", "questionnaires", "timing", "summary", "sync", "export", "device", "officers"]
    readonly property var sectionTitles: [qsTr("Unit"), qsTr("Services"), qsTr("Questionnaires"),
        qsTr("Timing"), qsTr("Summary"), qsTr("Sync"), qsTr("Export"), qsTr("Device"), qsTr("Officers")]
    readonly property var sectionIcons: ["building", "list", "clipboard", "clock", "chart", "refresh", "send", "tablet", "user"]
    readonly property var sectionFiles: ["AdminUnitSection.qml", "AdminServicesSection.qml",
        "AdminQuestionnairesSection.qml", "AdminTimingSection.qml", "AdminSummarySection.qml",
        "AdminSyncSection.qml", "AdminExportSection.qml", "AdminDeviceSection.qml", "AdminOfficersSection.qml"]

    objectName: "adminPage"
    topPadding: Theme.spaceL

    // A tap on the page around the sections closes the on-screen keyboard, as a tap between fields does.
    background: Rectangle {
        color: Theme.background

        TapHandler {
            onTapped: {
                page.forceActiveFocus()
                OnScreenKeyboard.hide()
            }
        }
    }

    header: Rectangle {
        implicitHeight: bar.implicitHeight + 2 * Theme.spaceM
        visible: !Theme.typingLandscape
        color: Theme.surface

        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: Theme.borderWidth
            color: Theme.border
        }
        RowLayout {
            id: bar
            anchors.fill: parent
            anchors.leftMargin: page.sidePadding
            anchors.rightMargin: page.sidePadding
            anchors.topMargin: Theme.spaceM
            anchors.bottomMargin: Theme.spaceM
            spacing: Theme.spaceM

            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true

                PlainLabel {
                    text: qsTr("Kiosk settings")
                    font.pixelSize: Theme.fontAdminTitle
                    font.bold: true
                    Layout.fillWidth: true
                }
                PlainLabel {
                    text: Settings.unitName.length > 0 ? Settings.unitName : qsTr("No unit name yet")
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textMuted
                    elide: Text.ElideRight
                    wrapMode: Text.NoWrap
                    Layout.fillWidth: true
                }
            }
            LanguageButton {
                switchesTo: Language.nextEndonym
                compact: Theme.portrait
                minHeight: Theme.adminTarget
                onClicked: Language.toggle()
            }
            BigButton {
                objectName: "adminLockButton"
                kind: "primary"
                iconName: "check"
                //: Close the admin area and go back to the visitor screens
                text: qsTr("Done")
                minHeight: Theme.adminTarget
                onClicked: Admin.lock()
            }
        }
    }

    GridLayout {
        anchors.fill: parent
        columns: Theme.portrait ? 1 : 2
        columnSpacing: Theme.spaceXl
        rowSpacing: Theme.spaceL

        GridLayout {
            columns: Theme.portrait ? 3 : 1
            columnSpacing: Theme.spaceS
            rowSpacing: Theme.spaceS
            Layout.alignment: Qt.AlignTop
            Layout.fillWidth: Theme.portrait
            Layout.preferredWidth: Theme.portrait ? -1 : Theme.px(290)

            Repeater {
                model: page.sectionKeys

                Button {
                    id: nav
                    required property string modelData
                    required property int index
                    readonly property bool current: page.section === index

                    objectName: "adminSection_" + modelData
                    text: page.sectionTitles[index]
                    font.family: Theme.fontFamily
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    onClicked: page.section = index

                    contentItem: RowLayout {
                        spacing: Theme.spaceM
                        SvgIcon {
                            name: page.sectionIcons[nav.index]
                            size: Theme.iconS
                        }
                        PlainLabel {
                            text: nav.text
                            font.pixelSize: Theme.fontAdminBody
                            font.bold: nav.current
                            color: nav.current ? Theme.primaryPressed : Theme.text
                            Layout.fillWidth: true
                        }
                    }
                    background: Rectangle {
                        implicitHeight: Theme.adminTarget
                        radius: Theme.radiusM
                        color: nav.down ? Theme.primarySoftPressed : nav.current ? Theme.primarySoft : Theme.clear
                        border.width: nav.current ? Theme.borderWidth : 0
                        border.color: Theme.primary
                    }
                }
            }
        }
        Loader {
            id: sectionLoader
            Layout.fillWidth: true
            Layout.fillHeight: true
            // By file (not inline Components): a bound inline component cannot be loaded on Qt 6.4.
            source: page.sectionFiles[Math.max(0, Math.min(page.section, page.sectionFiles.length - 1))]
        }
    }
}
