import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Suara.App
import Suara.Components

// The on-screen keyboard. Main.qml loads this file by name the first time a text field takes focus
// (OnScreenKeyboard.needed), so neither it nor the Qt Virtual Keyboard module is loaded at start-up.
// It places itself in the window (its Loader sits at 0,0): the keyboard rectangle the input method
// reports follows the panel's own geometry, not its parent's.
InputPanel {
    objectName: "keyboardPanel"
    // Narrower on landscape: the keyboard's height follows its width, and the page needs the room.
    width: Theme.portrait ? Theme.viewWidth : Math.round(Theme.viewWidth * 0.8)
    x: (Theme.viewWidth - width) / 2
    y: active ? Theme.viewHeight - height : Theme.viewHeight
    visible: active

    // The keyboard follows the visitor's language.
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: Language.language === "en" ? "en_GB" : "id_ID"
    }
}
