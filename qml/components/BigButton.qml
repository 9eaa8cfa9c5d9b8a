import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The one button of the kiosk. kind: "primary" (the main action), "secondary" (outlined),
// "quiet" (text only), "warning" (a report) or "danger" (destructive admin actions).
// `selected` marks the chosen one of several equal choices (a thick border and a soft fill).
// Text wraps instead of clipping; the target is never smaller than Theme.touchTarget.
Button {
    id: control

    property string kind: "primary"
    property string iconName: ""
    property string trailingIconName: ""
    property string subtitle: ""
    property bool large: false
    property bool alignLeft: false
    property bool selected: false
    property int minHeight: large ? Theme.touchTargetLarge : Theme.touchTarget
    property int textSize: large ? Theme.fontBodyLarge : Theme.fontBody

    readonly property bool filled: enabled && (kind === "primary" || kind === "danger")
    readonly property color foreground: {
        if (!enabled)
            return Theme.textDisabled
        switch (kind) {
        case "primary":
        case "danger":
            return Theme.textOnPrimary
        case "warning":
            return Theme.warning
        }
        return Theme.primary
    }

    font.family: Theme.fontFamily
    font.pixelSize: textSize
    leftPadding: kind === "quiet" ? Theme.spaceM : Theme.spaceL
    rightPadding: leftPadding
    topPadding: Theme.spaceM
    bottomPadding: Theme.spaceM
    spacing: Theme.spaceM
    // Named explicitly: Qt names a button after its text only while a screen reader was already running
    // when the page was made; TalkBack or Orca may start at any time.
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: subtitle
    // A screen reader's "activate" is a tap (the same reason: Qt wires it only when one ran from the start).
    Accessible.onPressAction: if (control.enabled) control.clicked()

    // No ids inside contentItem: it is a deferred property.
    contentItem: Item {
        implicitWidth: children[0].implicitWidth
        implicitHeight: children[0].implicitHeight

        RowLayout {
            width: control.alignLeft ? parent.width : Math.min(implicitWidth, parent.width)
            x: control.alignLeft ? 0 : (parent.width - width) / 2
            anchors.verticalCenter: parent.verticalCenter
            spacing: control.spacing

            SvgIcon {
                visible: control.iconName.length > 0
                name: control.iconName.length > 0 ? control.iconName + (control.filled ? "-light" : "") : ""
                size: control.large ? Theme.iconM : Theme.iconS
                Layout.alignment: Qt.AlignVCenter
            }
            ColumnLayout {
                visible: control.text.length > 0 || control.subtitle.length > 0
                spacing: Theme.spaceXs
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter

                PlainLabel {
                    text: control.text
                    color: control.foreground
                    font.pixelSize: control.textSize
                    font.bold: true
                    horizontalAlignment: control.alignLeft ? Text.AlignLeft : Text.AlignHCenter
                    Layout.fillWidth: true
                }
                PlainLabel {
                    visible: control.subtitle.length > 0
                    text: control.subtitle
                    color: control.foreground
                    font.pixelSize: Theme.fontCaption
                    horizontalAlignment: control.alignLeft ? Text.AlignLeft : Text.AlignHCenter
                    Layout.fillWidth: true
                }
            }
            SvgIcon {
                visible: control.trailingIconName.length > 0
                name: control.trailingIconName.length > 0 ? control.trailingIconName + (control.filled ? "-light" : "") : ""
                size: Theme.iconS
                Layout.alignment: Qt.AlignVCenter
            }
        }
    }

    background: Rectangle {
        implicitWidth: control.minHeight * 2
        implicitHeight: control.minHeight
        radius: Theme.radiusM
        color: {
            if (!control.enabled)
                return control.kind === "quiet" ? Theme.clear : Theme.disabled
            switch (control.kind) {
            case "primary":
                return control.down ? Theme.primaryPressed : Theme.primary
            case "danger":
                return control.down ? Qt.darker(Theme.danger, 1.25) : Theme.danger
            case "warning":
                return control.down ? Qt.darker(Theme.warningSoft, 1.08) : Theme.warningSoft
            case "quiet":
                return control.down ? Theme.surfaceMuted : Theme.clear
            }
            return control.down || control.selected ? Theme.primarySoft : Theme.surface
        }
        border.width: control.visualFocus || control.selected ? Theme.selectedBorderWidth
                                          : (control.kind === "secondary" || control.kind === "warning") && control.enabled
                                            ? Theme.borderWidth : 0
        border.color: control.visualFocus ? Theme.focusRing
                                          : control.selected ? Theme.primary
                                          : control.kind === "warning" ? Theme.warningBorder : Theme.primary
    }
}
