#include "onscreenkeyboard.h"

#include <QGuiApplication>
#include <QInputMethod>

namespace suara {

OnScreenKeyboard::OnScreenKeyboard(QObject *parent)
    : QObject(parent)
    , m_input(QGuiApplication::inputMethod())
{
    connect(m_input, &QInputMethod::visibleChanged, this, &OnScreenKeyboard::visibleChanged);
}

bool OnScreenKeyboard::visible() const
{
    return m_input->isVisible();
}

void OnScreenKeyboard::hide()
{
    m_input->hide();
}

} // namespace suara
