import QtQuick
import QtQuick.Layouts

// A short message with an icon. tone: "info", "warning", "danger" or "success".
Rectangle {
    id: banner

    property string tone: "info"
    property string text
    property string iconName: tone === "warning" || tone === "danger" ? "warning"
                                                                      : tone === "success" ? "check" : "info"
    property int textSize: Theme.fontBody

    implicitHeight: row.implicitHeight + 2 * Theme.spaceM
    implicitWidth: row.implicitWidth + 2 * Theme.spaceL
    radius: Theme.radiusM
    color: tone === "warning" ? Theme.warningSoft : tone === "danger" ? Theme.dangerSoft
                              : tone === "success" ? Theme.primarySoft : Theme.infoSoft
    border.width: Theme.borderWidth
    border.color: tone === "warning" ? Theme.warningBorder : tone === "danger" ? Theme.danger
                                     : tone === "success" ? Theme.primary : Theme.info

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spaceL
        anchors.rightMargin: Theme.spaceL
        anchors.topMargin: Theme.spaceM
        anchors.bottomMargin: Theme.spaceM
        spacing: Theme.spaceM

        SvgIcon {
            name: banner.iconName
            size: Theme.iconS
            Layout.alignment: Qt.AlignTop
        }
        PlainLabel {
            text: banner.text
            font.pixelSize: banner.textSize
            color: banner.tone === "warning" ? Theme.warning : banner.tone === "danger" ? Theme.danger : Theme.text
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
