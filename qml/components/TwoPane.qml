import QtQuick
import QtQuick.Layouts

// Two panes: side by side on landscape, stacked on portrait (or wherever a page sets `stacked`).
// Children set Layout.preferredWidth: <pane>.paneWidth so both halves are equal whatever their content.
GridLayout {
    id: pane

    property bool stacked: Theme.portrait
    readonly property real paneWidth: stacked ? width : (width - columnSpacing) / 2

    columns: stacked ? 1 : 2
    columnSpacing: Theme.spaceXxl
    rowSpacing: Theme.spaceXl
}
