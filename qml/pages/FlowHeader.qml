import QtQuick
import Suara.App
import Suara.Components

// The step header wired to the visitor session: back goes one step back, the globe switches language,
// "Listen" reads `readTexts` (the page's question, then its choices) aloud.
StepHeader {
    property var readTexts: []

    progress: Session.progress
    canGoBack: Session.canGoBack
    nextLanguage: Language.nextEndonym
    canListen: ReadAloud.available
    listening: ReadAloud.speaking
    largeText: Display.largeText
    onBackRequested: Session.back()
    onLanguageRequested: Language.toggle()
    onLargeTextRequested: Display.toggle()
    onListenRequested: ReadAloud.speaking ? ReadAloud.stop() : ReadAloud.read(readTexts)
    Component.onCompleted: ReadAloud.screenShown(readTexts)
}
