pragma ComponentBehavior: Bound
import QtQuick

// "value n shows n stars": n filled stars followed by the empty rest of the scale.
Row {
    id: stars

    property int count: 0
    property int maximum: 6
    property int size: Theme.star

    spacing: Math.round(size / 8)

    Repeater {
        model: stars.maximum

        SvgIcon {
            required property int index
            name: index < stars.count ? "star-filled" : "star-outline"
            size: stars.size
        }
    }
}
