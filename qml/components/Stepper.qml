import QtQuick
import QtQuick.Layouts

// A number the admin sets with − and + (hold to repeat). Children are named <objectName>_minus/_plus.
RowLayout {
    id: stepper

    property int value: 0
    property int from: 0
    property int to: 100
    property int stepSize: 1
    property string unit: ""

    signal moved(int value)

    spacing: Theme.spaceM

    BigButton {
        objectName: stepper.objectName + "_minus"
        kind: "secondary"
        iconName: "minus"
        minHeight: Theme.adminTarget
        enabled: stepper.value > stepper.from
        autoRepeat: true
        //: Accessible name of the "−" button of a number setting
        Accessible.name: qsTr("Less")
        Layout.preferredWidth: Theme.adminTarget * 1.25
        onClicked: stepper.moved(Math.max(stepper.from, stepper.value - stepper.stepSize))
    }
    PlainLabel {
        text: stepper.unit.length > 0 ? stepper.value + " " + stepper.unit : String(stepper.value)
        font.pixelSize: Theme.fontAdminTitle
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        Layout.minimumWidth: Theme.px(150)
    }
    BigButton {
        objectName: stepper.objectName + "_plus"
        kind: "secondary"
        iconName: "plus"
        minHeight: Theme.adminTarget
        enabled: stepper.value < stepper.to
        autoRepeat: true
        //: Accessible name of the "+" button of a number setting
        Accessible.name: qsTr("More")
        Layout.preferredWidth: Theme.adminTarget * 1.25
        onClicked: stepper.moved(Math.min(stepper.to, stepper.value + stepper.stepSize))
    }
}
