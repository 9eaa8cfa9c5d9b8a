pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// The officers who sign in on this tablet: those the server sent (kept in step with the server's list)
// and those the unit admin adds here, each with their own PIN (kept only as a slow hash).
ScrollArea {
    id: scroll

    property bool added: false

    showHint: false

    AdminHeading {
        title: qsTr("Officers")
        text: Officers.fieldMode ? qsTr("Field tablet: an officer signs in before every interview. It locks itself after %n minute(s) without a touch.", "", Officers.lockMinutes)
                                 : qsTr("Counter kiosk: officers sign in to report a gratification.")
    }
    InfoBanner {
        visible: Officers.loadError.length > 0
        tone: "danger"
        textSize: Theme.fontAdminBody
        text: Officers.loadError
        Layout.fillWidth: true
    }
    Card {
        Layout.fillWidth: true

        ToggleRow {
            objectName: "fieldModeToggle"
            //: Switch in the admin area: the device is carried by field officers, not set up at a counter
            text: qsTr("Field tablet")
            subtitle: qsTr("An officer signs in and interviews respondents; off: a counter kiosk for visitors.")
            checked: Officers.fieldMode
            Layout.fillWidth: true
            onToggled: Officers.setFieldMode(checked)
        }
    }
    Card {
        Layout.fillWidth: true

        AdminFieldLabel {
            text: qsTr("On this tablet")
            Layout.topMargin: 0
        }
        PlainLabel {
            visible: Officers.officers.length === 0
            text: qsTr("No officers yet.")
            font.pixelSize: Theme.fontAdminBody
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        Repeater {
            model: Officers.officers

            RowLayout {
                id: row
                required property officerView modelData
                spacing: Theme.spaceM
                Layout.fillWidth: true

                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true

                    PlainLabel {
                        text: row.modelData.name
                        font.pixelSize: Theme.fontAdminBody
                        font.bold: true
                        Layout.fillWidth: true
                    }
                    PlainLabel {
                        //: An officer's line: position, NIP, and where the officer was added
                        text: Array.from([row.modelData.position, row.modelData.nip.length > 0 ? "NIP " + row.modelData.nip : "",
                                          row.modelData.fromServer ? qsTr("from the server") : qsTr("added here")])
                              .filter(s => s.length > 0).join(" · ")
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textMuted
                        Layout.fillWidth: true
                    }
                }
                BigButton {
                    objectName: "removeOfficer_" + row.modelData.id
                    visible: !row.modelData.fromServer
                    kind: "quiet"
                    iconName: "minus"
                    text: qsTr("Remove")
                    minHeight: Theme.adminTarget
                    onClicked: Officers.removeOfficer(row.modelData.id)
                }
            }
        }
    }
    Card {
        Layout.fillWidth: true

        AdminFieldLabel {
            text: qsTr("Add an officer")
            Layout.topMargin: 0
        }
        TextInputBox {
            id: name
            objectName: "officerNameInput"
            compact: true
            placeholderText: qsTr("Name, for example: Siti Rahmawati")
            maximumLength: 120
            Layout.fillWidth: true
        }
        TextInputBox {
            id: nip
            objectName: "officerNipInput"
            compact: true
            placeholderText: qsTr("NIP (optional)")
            maximumLength: 18
            inputMethodHints: Qt.ImhDigitsOnly
            Layout.fillWidth: true
        }
        TextInputBox {
            id: position
            objectName: "officerPositionInput"
            compact: true
            placeholderText: qsTr("Position, for example: PKB Kecamatan Depok")
            maximumLength: 120
            Layout.fillWidth: true
        }
        TextInputBox {
            id: pin
            objectName: "officerPinInput"
            compact: true
            placeholderText: qsTr("The officer's PIN (6 to 8 digits)")
            echoMode: TextInput.Password
            maximumLength: 8
            inputMethodHints: Qt.ImhDigitsOnly
            Layout.fillWidth: true
        }
        TextInputBox {
            id: confirmation
            objectName: "officerPinConfirmInput"
            compact: true
            placeholderText: qsTr("The same PIN again")
            echoMode: TextInput.Password
            maximumLength: 8
            inputMethodHints: Qt.ImhDigitsOnly
            Layout.fillWidth: true
        }
        InfoBanner {
            objectName: "officerAddMessage"
            visible: Officers.message.length > 0 || scroll.added
            tone: scroll.added ? "success" : "warning"
            textSize: Theme.fontAdminBody
            text: scroll.added ? qsTr("The officer is added.") : Officers.message
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "officerAddButton"
            kind: "primary"
            iconName: "check"
            text: qsTr("Add officer")
            minHeight: Theme.adminTarget
            onClicked: {
                scroll.added = Officers.addOfficer(name.text, nip.text, position.text, pin.text, confirmation.text)
                pin.text = ""
                confirmation.text = ""
                if (scroll.added) {
                    name.text = ""
                    nip.text = ""
                    position.text = ""
                }
            }
        }
    }
}
