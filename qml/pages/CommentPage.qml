import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// An optional comment, then the whole visit is saved. Both buttons save; one leaves the comment out.
PageScaffold {
    id: page

    objectName: "commentPage"

    header: FlowHeader {
        sidePadding: page.sidePadding
        //: Header of the optional comment step
        title: qsTr("Your message")
    }

    footer: ActionBar {
        sidePadding: page.sidePadding

        BigButton {
            objectName: "skipCommentButton"
            kind: "secondary"
            //: Send the answers without writing a comment
            text: qsTr("Skip and send")
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            onClicked: Session.submit("")
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
        spacing: Theme.spaceM

        PlainLabel {
            text: qsTr("Any suggestion or message for us?")
            font.pixelSize: Theme.fontQuestion
            font.bold: true
            Layout.fillWidth: true
        }
        PlainLabel {
            visible: !Theme.typingLandscape
            text: qsTr("Optional. Please do not write your name or phone number. Your answers are saved when you tap Send.")
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        TextAreaBox {
            id: comment
            inputObjectName: "commentInput"
            //: Placeholder in the comment box
            placeholderText: qsTr("Write here…")
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.touchTarget * 1.5
            Layout.maximumHeight: Theme.px(360)
            Layout.topMargin: Theme.spaceS
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
