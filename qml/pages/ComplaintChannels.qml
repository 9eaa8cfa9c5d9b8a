pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// Where to complain outside this kiosk: the national SP4N-LAPOR! channels, and the unit's own contact
// when the admin has set one.
Card {
    id: card

    readonly property var channels: {
        const list = [
            { icon: "web", title: "SP4N-LAPOR!", detail: "lapor.go.id" },
            //: "SMS 1708" is the national complaint number; keep the number
            { icon: "message", title: qsTr("SMS 1708"), detail: qsTr("Send your complaint by SMS to 1708") }
        ]
        if (Settings.complaintContact.length > 0)
            list.push({ icon: "phone", title: qsTr("This unit"), detail: Settings.complaintContact })
        return list
    }

    property bool compact: false

    spacing: compact ? Theme.spaceM : Theme.spaceL

    RowLayout {
        spacing: Theme.spaceM
        Layout.fillWidth: true

        SvgIcon {
            name: "megaphone"
            size: Theme.iconM
        }
        PlainLabel {
            text: qsTr("Want to make a complaint?")
            font.pixelSize: Theme.fontBodyLarge
            font.bold: true
            Layout.fillWidth: true
        }
    }
    Repeater {
        model: card.channels

        RowLayout {
            id: channel
            required property var modelData
            spacing: Theme.spaceM
            Layout.fillWidth: true

            Rectangle {
                implicitWidth: card.compact ? Theme.px(56) : Theme.iconL
                implicitHeight: implicitWidth
                radius: Theme.radiusM
                color: Theme.primarySoft

                SvgIcon {
                    anchors.centerIn: parent
                    name: channel.modelData.icon
                    size: card.compact ? Theme.iconS : Theme.iconM
                }
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true

                PlainLabel {
                    text: channel.modelData.title
                    font.pixelSize: card.compact ? Theme.fontBody : Theme.fontBodyLarge
                    font.bold: true
                    Layout.fillWidth: true
                }
                PlainLabel {
                    text: channel.modelData.detail
                    color: Theme.textMuted
                    Layout.fillWidth: true
                }
            }
        }
    }
    PlainLabel {
        text: qsTr("You can complain without giving your name.")
        font.pixelSize: Theme.fontCaption
        color: Theme.textMuted
        Layout.fillWidth: true
    }
}
