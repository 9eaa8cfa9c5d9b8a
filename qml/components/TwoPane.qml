import QtQuick
import QtQuick.Layouts

// Two panes: side by side on landscape, stacked on portrait. Children set
// Layout.preferredWidth: <pane>.paneWidth so both halves are equal whatever their content.
GridLayout {
    id: pane

    readonly property real paneWidth: Theme.portrait ? width : (width - columnSpacing) / 2

    columns: Theme.portrait ? 1 : 2
    columnSpacing: Theme.spaceXxl
    rowSpacing: Theme.spaceXl
}
