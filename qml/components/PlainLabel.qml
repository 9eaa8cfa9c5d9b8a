import QtQuick

// Text that never interprets markup. Survey wording comes from data files and, later, the server:
// it must never be rendered as rich text. Use this instead of Text or Label everywhere.
Text {
    textFormat: Text.PlainText
    wrapMode: Text.Wrap
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    lineHeight: Theme.lineHeight
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
