import QtQuick

// A calm progress bar: how far along the visitor is (0..1).
Rectangle {
    id: track

    property real value: 0

    implicitHeight: Theme.spaceM
    radius: height / 2
    color: Theme.progressTrack
    Accessible.role: Accessible.ProgressBar
    Accessible.name: Math.round(Math.max(0, Math.min(1, value)) * 100) + " %"

    Rectangle {
        width: Math.max(track.height, track.width * Math.max(0, Math.min(1, track.value)))
        height: parent.height
        radius: parent.radius
        color: Theme.primary

        Behavior on width {
            NumberAnimation { duration: Theme.durationNormal; easing.type: Easing.OutCubic }
        }
    }
}
