#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QInputMethod;

namespace suara {

// The on-screen keyboard, typed for QML. `Qt.inputMethod` is a plain QObject to qmllint in Qt 6.4, and
// QtQuick's `InputMethod` type is another class (a cast to it gives null at run time), so the
// components read and close the keyboard through this instead.
class OnScreenKeyboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool visible READ visible NOTIFY visibleChanged)

public:
    explicit OnScreenKeyboard(QObject *parent = nullptr);

    [[nodiscard]] bool visible() const;
    // Closes the keyboard (the field keeps what was typed).
    Q_INVOKABLE void hide();

signals:
    void visibleChanged();

private:
    QInputMethod *m_input;
};

} // namespace suara
