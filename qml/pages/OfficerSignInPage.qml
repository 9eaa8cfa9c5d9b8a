import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// Who is using the tablet: tap your name, then your PIN (two taps and a PIN to switch officer). A field
// tablet shows it whenever nobody is signed in; a counter kiosk shows it when an officer asks for it.
// Wrong PINs lock officer sign-in for longer each time, like the admin PIN.
PageScaffold {
    id: page

    readonly property bool lockedOut: Officers.lockoutRemaining > 0
    // A field tablet has nothing to show without an officer; a counter goes back to its visitors.
    readonly property bool canLeave: !Officers.fieldMode || Officers.signedIn

    function clock(seconds) {
        const m = Math.floor(seconds / 60)
        const s = seconds % 60
        return m + ":" + (s < 10 ? "0" : "") + s
    }

    objectName: "officerSignInPage"

    TwoPane {
        id: panes
        anchors.fill: parent

        ColumnLayout {
            spacing: Theme.spaceM
            Layout.preferredWidth: panes.paneWidth
            Layout.fillHeight: true

            PlainLabel {
                objectName: "officerSignInTitle"
                //: Title of the screen where an officer picks their name and enters their PIN
                text: qsTr("Officer sign-in")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                Layout.fillWidth: true
            }
            PlainLabel {
                text: Officers.officers.length > 0 ? qsTr("Tap your name, then enter your PIN.")
                                                   : qsTr("No officers on this tablet yet. The unit admin adds them (Admin → Officers) or they come with the settings from the server.")
                color: Theme.textMuted
                Layout.fillWidth: true
            }
            InfoBanner {
                objectName: "officerLoadError"
                visible: Officers.loadError.length > 0
                tone: "danger"
                text: Officers.loadError
                Layout.fillWidth: true
            }
            ScrollArea {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: Theme.touchTarget * 2
                spacing: Theme.spaceS

                Repeater {
                    model: Officers.officers

                    BigButton {
                        required property officerView modelData
                        objectName: "officer_" + modelData.id
                        kind: "secondary"
                        alignLeft: true
                        selected: Officers.selectedId === modelData.id
                        iconName: "user"
                        text: modelData.name
                        subtitle: modelData.position
                        Layout.fillWidth: true
                        onClicked: Officers.choose(modelData.id)
                    }
                }
            }
            RowLayout {
                spacing: Theme.spaceM
                Layout.fillWidth: true

                BigButton {
                    objectName: "officerSignInCancel"
                    visible: page.canLeave
                    kind: "quiet"
                    iconName: "back"
                    text: qsTr("Cancel")
                    onClicked: Officers.cancel()
                }
                Item {
                    Layout.fillWidth: true
                }
                HoldButton {
                    now: Clock.nowMs
                    objectName: "officerAdminAccess"
                    //: Accessible name of the hidden admin button (press and hold)
                    Accessible.name: qsTr("Admin (press and hold)")
                    onHeld: Admin.requestAccess()
                }
            }
        }
        ColumnLayout {
            spacing: Theme.spaceL
            Layout.preferredWidth: panes.paneWidth
            Layout.alignment: Qt.AlignVCenter

            PlainLabel {
                objectName: "officerPinFor"
                visible: Officers.selectedId.length > 0
                //: Above the keypad; %1 is the officer's name
                text: qsTr("PIN for %1").arg(Officers.selectedName)
                font.pixelSize: Theme.fontBodyLarge
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            Loader {
                active: Officers.selectedId.length > 0
                visible: active
                Layout.alignment: Qt.AlignHCenter
                sourceComponent: PinPad {
                    id: pad
                    objectName: "officerPinPad"
                    // Officers' own state, not page.lockedOut: an inline component does not reach outer ids.
                    locked: Officers.lockoutRemaining > 0 || Officers.checking
                    minLength: Admin.minPinLength
                    maxLength: Admin.maxPinLength
                    onStarted: Officers.clearMessage()
                    onSubmitted: pin => {
                        Officers.signIn(pin)
                        pad.clear()
                    }
                }
            }
            // Room for three lines of message, shown or not, so the keypad does not move.
            Item {
                Layout.fillWidth: true
                Layout.preferredHeight: 3 * Math.ceil(Theme.fontBody * 1.4) + 2 * Theme.spaceM

                InfoBanner {
                    objectName: "officerLockout"
                    visible: page.lockedOut
                    width: parent.width
                    tone: "danger"
                    //: %1 is a countdown like 4:59
                    text: qsTr("Too many wrong tries. Try again in %1.").arg(page.clock(Officers.lockoutRemaining))
                }
                InfoBanner {
                    objectName: "officerMessage"
                    visible: !page.lockedOut && Officers.message.length > 0
                    width: parent.width
                    tone: "warning"
                    text: Officers.message
                }
            }
        }
    }
}
