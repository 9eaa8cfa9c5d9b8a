import QtQuick
import Suara.App
import Suara.Components

// A box to sign in with a finger. Each finished stroke is handed to OfficerReport in the pad's own 0..1
// coordinates; the PNG that is stored is drawn from those strokes in C++, so what is kept does not
// depend on the screen's size or the GPU. The pad keeps only the stroke under the finger: the finished
// ones are drawn from OfficerReport's list, so a pad made again (Sign -> Back -> Next) shows what the PIN
// would store, and clearing clears the one list there is.
Rectangle {
    id: pad

    readonly property var strokes: OfficerReport.signature
    property var current: []

    function clear() {
        current = []
        OfficerReport.clearSignature()
    }

    onStrokesChanged: canvas.requestPaint()

    implicitHeight: Theme.px(260)
    radius: Theme.radiusM
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.borderStrong

    PlainLabel {
        objectName: "signatureHint"
        anchors.centerIn: parent
        visible: pad.strokes.length === 0 && pad.current.length === 0
        //: Inside the empty signature box
        text: qsTr("Sign here with your finger")
        color: Theme.textMuted
    }
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spaceL
        anchors.bottomMargin: Theme.spaceXl
        height: Theme.borderWidth
        color: Theme.border
    }
    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            const ctx = getContext("2d")
            ctx.clearRect(0, 0, width, height)
            ctx.strokeStyle = Theme.text
            ctx.lineWidth = Theme.px(4)
            ctx.lineCap = "round"
            ctx.lineJoin = "round"
            const all = pad.strokes.concat(pad.current.length > 0 ? [pad.current] : [])
            for (const stroke of all) {
                ctx.beginPath()
                ctx.moveTo(stroke[0].x * width, stroke[0].y * height)
                for (let i = 1; i < stroke.length; ++i)
                    ctx.lineTo(stroke[i].x * width, stroke[i].y * height)
                if (stroke.length === 1)
                    ctx.lineTo(stroke[0].x * width + 0.5, stroke[0].y * height)
                ctx.stroke()
            }
        }
    }
    MouseArea {
        objectName: "signatureArea"
        anchors.fill: parent
        preventStealing: true
        function at(mouse) {
            return Qt.point(Math.max(0, Math.min(1, mouse.x / width)), Math.max(0, Math.min(1, mouse.y / height)))
        }
        onPressed: mouse => {
            pad.current = [at(mouse)]
            canvas.requestPaint()
        }
        onPositionChanged: mouse => {
            pad.current = pad.current.concat([at(mouse)])
            canvas.requestPaint()
        }
        onReleased: {
            const stroke = pad.current
            pad.current = []
            OfficerReport.addStroke(stroke) // comes back as pad.strokes, which repaints
        }
    }
}
