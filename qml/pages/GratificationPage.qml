pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// The gratification statement: two equal statements, neither styled as the way forward and neither
// pre-selected. The visitor taps one, sees it marked, and then confirms it with "Continue".
PageScaffold {
    id: page

    objectName: "gratificationPage"

    header: FlowHeader {
        sidePadding: page.sidePadding
        readTexts: [title.text, body.text, ...statements.model.map(m => m.text), continueButton.text]
        //: Header of the step where the visitor states whether a reward was asked for
        title: qsTr("Integrity statement")
    }

    // In large text on a landscape screen the statement is taller than the screen: it scrolls then, so
    // Continue stays reachable. While it fits, the layout is the one without scrolling.
    ScrollArea {
        objectName: "gratificationScroll"
        anchors.fill: parent
        fillWhenFits: true
        overflowAllowance: page.bottomPadding
        spacing: Theme.spaceL

        // The shield sits in the title's own left padding rather than in a RowLayout beside it: with
        // large text on landscape, Qt 6.4's RowLayout left the wrapped title at a height from an earlier
        // pass, many times its one line, lying over the first statement.
        PlainLabel {
            id: title
            objectName: "integrityTitle"
            text: qsTr("One more thing: rewards")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            // One line's height: the shield is centred on the first line, whichever of the two is taller.
            // From the font, not from contentHeight, which the padding below would feed back into.
            readonly property real lineSize: titleMetrics.height * lineHeight
            leftPadding: shield.width + Theme.spaceL
            topPadding: Math.max(0, (shield.height - lineSize) / 2)
            Layout.fillWidth: true

            FontMetrics {
                id: titleMetrics
                font: title.font
            }
            SvgIcon {
                id: shield
                objectName: "integrityIcon"
                y: Math.max(0, (title.lineSize - height) / 2)
                name: "shield"
                size: Theme.iconL
            }
        }
        PlainLabel {
            id: body
            text: qsTr("Officers may not ask for or accept any reward. Which statement matches what happened to you? Tap it, then tap Continue.")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        GridLayout {
            id: choices

            // Large text: one statement per row on landscape too, or a statement in half the width runs to
            // more lines than the screen is high.
            columns: Theme.portrait || Theme.largeText ? 1 : 2
            columnSpacing: Theme.spaceL
            rowSpacing: Theme.spaceL
            Layout.fillWidth: true
            Layout.topMargin: Theme.spaceS

            Repeater {
                id: statements
                model: [
                    { value: "none", objectName: "noRewardButton", icon: "shield",
                      //: One of the two equal integrity statements. Keep it in the first person.
                      text: qsTr("I did not give any officer a reward of any kind for this service."),
                      //: Under the no-reward statement
                      subtitle: qsTr("Nothing more to fill in") },
                    { value: "reported", objectName: "reportRewardButton", icon: "hand",
                      //: The other integrity statement, as equal as the first
                      text: qsTr("I was asked for, or offered, a reward"),
                      //: Under the "asked for a reward" statement
                      subtitle: qsTr("A few questions follow, without your name") }
                ]

                BigButton {
                    id: statement

                    required property var modelData

                    objectName: statement.modelData.objectName
                    kind: "secondary"
                    large: true
                    alignLeft: true
                    selected: Session.gratification === statement.modelData.value
                    iconName: statement.selected ? "selected" : statement.modelData.icon
                    text: statement.modelData.text
                    subtitle: statement.modelData.subtitle
                    textSize: Theme.fontBodyLarge
                    minHeight: Theme.portrait ? Theme.px(200) : Theme.px(160) // the same for both
                    Layout.fillWidth: true
                    Layout.fillHeight: !Theme.portrait
                    Layout.minimumHeight: implicitHeight // the words decide the height, never clipped
                    Layout.preferredWidth: 1
                    Accessible.checkable: true
                    Accessible.checked: statement.selected
                    onClicked: Session.chooseStatement(statement.modelData.value)
                }
            }
        }
        // "Continue" sits under the statements, apart from both, so it favours neither.
        RowLayout {
            spacing: Theme.spaceL
            Layout.fillWidth: true

            InfoBanner {
                text: qsTr("No name is needed. Reports go to this unit's gratification control unit (UPG).")
                Layout.fillWidth: true
            }
            BigButton {
                id: continueButton
                objectName: "confirmStatementButton"
                kind: "primary"
                trailingIconName: "arrow-right"
                //: Confirms the chosen integrity statement
                text: qsTr("Continue")
                enabled: Session.gratification.length > 0
                Layout.preferredWidth: Theme.px(240)
                Layout.alignment: Qt.AlignVCenter
                onClicked: Session.confirmStatement()
            }
        }
        Item {
            visible: Theme.portrait
            Layout.fillHeight: true
        }
    }
}
