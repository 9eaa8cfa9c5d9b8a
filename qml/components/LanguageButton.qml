import QtQuick

// Switches to the next language the kiosk offers. It names the language it switches TO, in that
// language (an endonym, from the language table), so a visitor who cannot read the current language
// still finds their own. Hidden when the kiosk offers only one language.
BigButton {
    // The endonym of the language a tap switches to ("English", "Bahasa Indonesia"); empty: no switch.
    property string switchesTo: ""
    property bool compact: false

    objectName: "languageButton"
    visible: switchesTo.length > 0
    kind: "secondary"
    iconName: "globe"
    // Endonyms are not translated on purpose: one name on every screen and in every orientation, the
    // same as the admin's language choice and the web pages ("Bahasa Indonesia", the language, where
    // "Indonesia" alone is the country).
    text: switchesTo
    //: Accessible description of the language switch, which is named by the language it switches to
    Accessible.description: qsTr("Change the language")
}
