#include "onscreenkeyboard.h"

#include <QGuiApplication>
#include <QInputMethod>
#include <QInputMethodQueryEvent>

namespace suara {

OnScreenKeyboard::OnScreenKeyboard(QObject *parent)
    : QObject(parent)
    , m_input(QGuiApplication::inputMethod())
{
    connect(m_input, &QInputMethod::visibleChanged, this, &OnScreenKeyboard::visibleChanged);
    connect(qGuiApp, &QGuiApplication::focusObjectChanged, this, &OnScreenKeyboard::focusMoved);
    focusMoved(QGuiApplication::focusObject());
}

bool OnScreenKeyboard::visible() const
{
    return m_input->isVisible();
}

void OnScreenKeyboard::hide()
{
    m_input->hide();
}

void OnScreenKeyboard::focusMoved(QObject *focus)
{
    if (m_needed || !focus)
        return;
    // The question the input method itself asks a focused item: does it take text?
    QInputMethodQueryEvent query(Qt::ImEnabled);
    QCoreApplication::sendEvent(focus, &query);
    if (!query.value(Qt::ImEnabled).toBool())
        return;
    m_needed = true;
    emit neededChanged(); // Main.qml's Loader makes the InputPanel now, before this returns
    // The field may have asked for the keyboard before the panel existed, and the input method shows a
    // panel only when it looks again: this makes it look, so the keyboard opens for this first field too.
    m_input->update(Qt::ImQueryAll);
}

} // namespace suara
