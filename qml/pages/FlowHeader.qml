import QtQuick
import Suara.App
import Suara.Components

// The step header wired to the visitor session: back goes one step back, the globe switches language.
StepHeader {
    progress: Session.progress
    canGoBack: Session.canGoBack
    language: Language.language
    onBackRequested: Session.back()
    onLanguageRequested: Language.toggle()
}
