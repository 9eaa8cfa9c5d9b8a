pragma Singleton
import QtQuick

// Semantic design tokens. Pages use these; no literal colours or sizes outside this file.
QtObject {
    readonly property color background: "#F6F4EF"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#1C2430"
    readonly property color primary: "#0B5D4B"
    readonly property int spacing: 16
    readonly property int touchTarget: 88
    readonly property int fontBody: 24
}
