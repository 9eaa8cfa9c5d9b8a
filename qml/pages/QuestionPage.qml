pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// One question per screen. 4-point scales show faces, other scales stars (value n = n stars), the
// yes/no control question a yes and a no mark. Tiles in a row on landscape; on portrait the faces
// become a vertical list. Tapping an answer moves on; "skip" leaves it unanswered.
PageScaffold {
    id: page

    readonly property questionView question: Session.question
    // A JS array of the answers (the session hands a list of answerChoice values).
    readonly property var options: Array.from(question.options)
    readonly property bool yesNo: question.kind === "yesno"
    readonly property bool faces: !yesNo && options.length === 4
    readonly property int columns: yesNo ? 2 : faces ? (Theme.portrait ? 1 : 4) : (Theme.portrait ? 2 : 3)
    readonly property int rows: Math.max(1, Math.ceil(options.length / columns))
    readonly property bool tiles: !(faces && Theme.portrait)
    readonly property int maxTileHeight: faces ? (Theme.portrait ? Theme.px(150) : Theme.px(300))
                                               : yesNo ? Theme.px(260) : Theme.px(200)

    // Every tile's label box holds as many lines as the longest label needs (at least two).
    readonly property int labelLines: {
        let lines = 2
        for (let i = 0; i < answers.count; ++i) {
            const button = answers.itemAt(i)
            if (button)
                lines = Math.max(lines, button.textLines)
        }
        return lines
    }

    // The height every tile needs for its face (or stars) and its words, and never below a touch target.
    readonly property int tileMinimum: {
        let h = Theme.touchTarget
        for (let i = 0; i < answers.count; ++i) {
            const button = answers.itemAt(i)
            if (button)
                h = Math.max(h, Math.ceil(button.implicitHeight))
        }
        return h
    }

    function iconFor(index, value) {
        if (yesNo)
            return value === 1 ? "yes" : "no"
        return faces ? "face-" + (index + 1) : ""
    }

    // What "Listen" reads: the question, then each answer, as the questionnaire definitions word them.
    readonly property var readTexts: [question.text, ...options.map(o => o.label)]

    objectName: "questionPage"

    header: FlowHeader {
        sidePadding: page.sidePadding
        readTexts: page.readTexts
        //: Progress in the header, e.g. "Question 3 of 22"
        title: qsTr("Question %1 of %2").arg(Session.questionIndex + 1).arg(Session.questionCount)
    }

    Connections {
        target: Session
        function onQuestionChanged() {
            content.scrollToTop() // a new question is read from its first line
            swap.restart()
            ReadAloud.screenShown(page.readTexts)
        }
    }

    // Large text on a landscape screen makes a question, its tiles and Skip taller than the screen: the
    // page scrolls then, and every tile keeps the height its face and words need. While everything
    // fits, the layout is the one without scrolling.
    ScrollArea {
        id: content
        objectName: "questionScroll"
        anchors.fill: parent
        fillWhenFits: true
        overflowAllowance: page.bottomPadding
        spacing: Theme.spaceM

        NumberAnimation {
            id: swap
            target: content
            property: "opacity"
            from: 0.2
            to: 1
            duration: Theme.durationNormal
        }

        PlainLabel {
            text: page.question.survey ?? ""
            font.pixelSize: Theme.fontCaption
            font.bold: true
            color: Theme.primary
            Layout.fillWidth: true
        }
        PlainLabel {
            objectName: "questionText"
            text: page.question.text ?? ""
            font.pixelSize: Theme.fontQuestion
            font.bold: true
            Layout.fillWidth: true
        }
        PlainLabel {
            visible: !page.yesNo && page.question.surveyKind !== "skm"
            text: qsTr("How much do you agree with this statement?")
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        Item {
            id: area
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: Theme.spaceS
            // Never shorter than the tiles' faces and words need: the page scrolls instead.
            Layout.minimumHeight: page.rows * page.tileMinimum + (page.rows - 1) * grid.rowSpacing

            GridLayout {
                id: grid
                width: parent.width
                columns: page.columns
                columnSpacing: Theme.spaceM
                rowSpacing: Theme.spaceM

                Repeater {
                    id: answers
                    model: page.options

                    AnswerButton {
                        required property answerChoice modelData
                        required property int index
                        objectName: "answerButton_" + modelData.value
                        text: modelData.label
                        iconName: page.iconFor(index, modelData.value)
                        stars: page.faces || page.yesNo ? 0 : modelData.value
                        maxStars: page.options.length
                        vertical: page.tiles
                        labelLines: page.labelLines
                        iconSize: page.yesNo ? Theme.iconXl : Theme.face
                        selected: page.question.answer === modelData.value
                        Layout.fillWidth: true
                        Layout.preferredWidth: Theme.touchTarget
                        Layout.preferredHeight: Math.max(page.tileMinimum,
                                                         Math.min(page.maxTileHeight,
                                                                  (area.height - (page.rows - 1) * grid.rowSpacing) / page.rows))
                        onClicked: Session.answer(modelData.value)
                    }
                }
            }
        }
        BigButton {
            objectName: "skipButton"
            kind: "quiet"
            trailingIconName: "arrow-right"
            //: Leave this question unanswered and go to the next one
            text: qsTr("Skip this question")
            Layout.alignment: Qt.AlignHCenter
            onClicked: Session.skipQuestion()
        }
    }
}
