import QtQuick

// Switches between Indonesian and English. It names the language it switches TO, in that language
// (an autonym), so a visitor who cannot read the current language still finds their own.
BigButton {
    property string current: "id"
    property bool compact: false

    objectName: "languageButton"
    kind: "secondary"
    iconName: "globe"
    // Autonyms are not translated on purpose. One name on every screen and in every orientation, the
    // same as the admin's language choice and the web pages: "Bahasa Indonesia" (the language, where
    // "Indonesia" alone is the country) pairs with "English".
    text: current === "id" ? "English" : "Bahasa Indonesia"
    //: Accessible description of the language switch, which is named by the language it switches to
    Accessible.description: qsTr("Change the language")
}
