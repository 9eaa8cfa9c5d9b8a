import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// An optional comment, then the whole visit is saved. Both buttons save; one leaves the comment out.
PageScaffold {
    id: page

    readonly property var numberLocale: Qt.locale(Language.language === "en" ? "en_GB" : "id_ID")

    function count(n) {
        return Number(n).toLocaleString(page.numberLocale, "f", 0)
    }

    objectName: "commentPage"
    // With the keyboard open on a landscape screen the rows go to the comment box (at least three lines):
    // the question steps aside (the box says what to do), the margins shrink, the warning stays.
    topPadding: Theme.typingLandscape ? Theme.spaceS : Theme.spaceXl
    bottomPadding: Theme.typingLandscape ? Theme.spaceS : Theme.spaceXl

    header: FlowHeader {
        sidePadding: page.sidePadding
        readTexts: [prompt.text, privacy.text]
        //: Header of the optional comment step
        title: qsTr("Your message")
    }

    footer: ActionBar {
        sidePadding: page.sidePadding

        // Only without a message: a typed message is never dropped by a "skip"; it is cleared on purpose.
        BigButton {
            id: skip
            objectName: "skipCommentButton"
            visible: comment.text.trim().length === 0
            kind: "secondary"
            //: Send the answers without writing a comment
            text: qsTr("Skip and send")
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            onClicked: Session.submit("")
        }
        BigButton {
            objectName: "clearCommentButton"
            visible: !skip.visible
            kind: "secondary"
            iconName: "backspace"
            //: Empties the comment box (the answers are not sent yet)
            text: qsTr("Clear message")
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            onClicked: comment.text = ""
        }
        BigButton {
            objectName: "submitButton"
            kind: "primary"
            iconName: "send"
            //: Send all answers (and the comment)
            text: qsTr("Send")
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            onClicked: Session.submit(comment.text)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.typingLandscape ? Theme.spaceS : Theme.spaceM

        PlainLabel {
            id: prompt
            visible: !Theme.typingLandscape
            text: qsTr("Any suggestion or message for us?")
            font.pixelSize: Theme.fontQuestion
            font.bold: true
            Layout.fillWidth: true
        }
        // While the keyboard is open the warning stays, shorter: that is exactly when the visitor types.
        PlainLabel {
            id: privacy
            objectName: "commentPrivacyNote"
            text: Theme.typingLandscape
                  //: Short form of the privacy note, shown while the on-screen keyboard is open
                  ? qsTr("Please do not write your name or phone number.")
                  : qsTr("Optional. Please do not write your name or phone number. Your answers are saved when you tap Send.")
            color: Theme.typingLandscape ? Theme.warning : Theme.textMuted
            font.bold: Theme.typingLandscape
            Layout.fillWidth: true
        }
        TextAreaBox {
            id: comment
            objectName: "commentBox"
            inputObjectName: "commentInput"
            accessibleName: prompt.text
            maximumLength: Session.commentLimit
            //: Placeholder in the comment box
            placeholderText: qsTr("Write here…")
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.touchTarget * 1.5
            Layout.maximumHeight: Theme.px(360)
            Layout.topMargin: Theme.typingLandscape ? 0 : Theme.spaceS
        }
        PlainLabel {
            objectName: "commentCounter"
            //: Characters typed and the most a message may have, e.g. "1,950 / 2,000 characters"
            text: qsTr("%1 / %2 characters").arg(page.count(comment.text.length)).arg(page.count(Session.commentLimit))
            font.pixelSize: Theme.fontCaption
            font.bold: comment.text.length >= Session.commentLimit
            color: comment.text.length >= Session.commentLimit ? Theme.warning : Theme.textMuted
            horizontalAlignment: Text.AlignRight
            Layout.fillWidth: true
        }
        Item {
            visible: !Theme.typingLandscape
            Layout.fillHeight: true
        }
    }
}
