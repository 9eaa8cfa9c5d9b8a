import QtQuick

// One of the icons shipped with this module, by name (icons/<name>.svg), rendered at its display size.
Image {
    id: icon

    property string name
    property int size: Theme.iconM

    source: name.length > 0 ? "qrc:/qt/qml/Suara/Components/icons/" + name + ".svg" : ""
    sourceSize.width: size
    sourceSize.height: size
    width: size
    height: size
    fillMode: Image.PreserveAspectFit
    smooth: true
    // Decoration: the words next to every icon say what it means (icon-only buttons carry their own name).
    Accessible.ignored: true
}
