import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Suara.App

// The on-screen keyboard. Main.qml loads this file by name the first time a text field takes focus
// (OnScreenKeyboard.needed), so neither it nor the Qt Virtual Keyboard module is loaded at start-up.
InputPanel {
    objectName: "keyboardPanel"

    // The keyboard follows the visitor's language.
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: Language.language === "en" ? "en_GB" : "id_ID"
    }
}
