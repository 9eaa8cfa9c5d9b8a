pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// Field mode: the desa of the interview, from the regions the unit works in (settings `regions`),
// searchable by desa, kecamatan, kabupaten/kota, province or code, listed province → kabupaten/kota →
// kecamatan → desa with the Kemendagri codes.
PageScaffold {
    id: page

    property string query: ""
    // A JS array of regionChoice values, so a row can look at the one before it.
    readonly property var found: Array.from(Officers.regions(query))

    objectName: "regionPickerPage"

    header: FlowHeader {
        sidePadding: page.sidePadding
        //: Header of the step where the officer picks the village (desa) of the interview
        title: qsTr("Village of the interview")
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spaceM

        TextInputBox {
            objectName: "regionSearch"
            placeholderText: qsTr("Search desa, kecamatan, kabupaten or code")
            Layout.fillWidth: true
            onTextChanged: page.query = text
        }
        PlainLabel {
            objectName: "regionNone"
            visible: page.found.length === 0
            text: page.query.length > 0 ? qsTr("No desa matches “%1”.").arg(page.query)
                                        : qsTr("No regions yet: the unit's regions come with the settings from the server.")
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        ScrollArea {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spaceS

            Repeater {
                model: page.found

                ColumnLayout {
                    id: entry
                    required property regionChoice modelData
                    required property int index
                    // A heading where the kecamatan changes: province › kabupaten › kecamatan.
                    readonly property bool newGroup: index === 0
                        || page.found[index - 1].kecamatan !== modelData.kecamatan
                        || page.found[index - 1].kabupaten !== modelData.kabupaten
                    spacing: Theme.spaceXs
                    Layout.fillWidth: true

                    PlainLabel {
                        visible: entry.newGroup
                        text: entry.modelData.province + " › " + entry.modelData.kabupaten + " › "
                              + qsTr("Kec. %1").arg(entry.modelData.kecamatan)
                        font.pixelSize: Theme.fontCaption
                        font.bold: true
                        color: Theme.textMuted
                        Layout.fillWidth: true
                        Layout.topMargin: entry.index === 0 ? 0 : Theme.spaceM
                    }
                    BigButton {
                        objectName: "region_" + entry.modelData.code
                        kind: "secondary"
                        alignLeft: true
                        text: entry.modelData.name
                        subtitle: entry.modelData.code
                        trailingIconName: "chevron-right"
                        Layout.fillWidth: true
                        onClicked: Session.chooseRegion(entry.modelData.code, entry.modelData.name)
                    }
                }
            }
        }
    }
}
