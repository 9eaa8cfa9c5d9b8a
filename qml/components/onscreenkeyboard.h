#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QInputMethod;

namespace suara {

// The on-screen keyboard, typed for QML. `Qt.inputMethod` is a plain QObject to qmllint in Qt 6.4, and
// QtQuick's `InputMethod` type is another class (a cast to it gives null at run time), so the
// components read and close the keyboard through this instead.
//
// The keyboard itself (Main.qml's InputPanel) costs about two thirds of the kiosk's start-up, and most
// visitors never type, so it is made when `needed` turns true: the first time focus goes to an item
// that takes text input (docs/adr/0043-keyboard-on-demand.md). It then stays for the process.
class OnScreenKeyboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool visible READ visible NOTIFY visibleChanged)
    Q_PROPERTY(bool needed READ needed NOTIFY neededChanged)

public:
    explicit OnScreenKeyboard(QObject *parent = nullptr);

    [[nodiscard]] bool visible() const;
    [[nodiscard]] bool needed() const { return m_needed; }
    // Closes the keyboard (the field keeps what was typed).
    Q_INVOKABLE void hide();

signals:
    void visibleChanged();
    void neededChanged();

private:
    void focusMoved(QObject *focus);

    QInputMethod *m_input;
    bool m_needed = false;
};

} // namespace suara
