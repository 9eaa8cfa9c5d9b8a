import QtQuick

// Switches between Indonesian and English. It names the language it switches TO, in that language
// (an autonym), so a visitor who cannot read the current language still finds their own.
BigButton {
    property string current: "id"
    property bool compact: false

    objectName: "languageButton"
    kind: "secondary"
    iconName: "globe"
    // Autonyms are not translated on purpose. One short name on every screen and in every orientation,
    // so the button reads the same wherever a visitor meets it ("Indonesia" pairs with "English").
    text: current === "id" ? "English" : "Indonesia"
}
