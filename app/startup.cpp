#include "startup.h"

#include <QFont>
#include <QGuiApplication>
#include <QQuickStyle>
#include <QQuickWindow>

namespace suara::startup {

void configureEnvironment(bool headless)
{
    // Visitors type comments on the touch screen: Qt Virtual Keyboard is the input method.
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    if (headless) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }
}

void configureApplication(QGuiApplication &app)
{
    app.setOrganizationName(QStringLiteral("Suara"));
    app.setApplicationName(QStringLiteral("suara-kiosk"));
    app.setApplicationDisplayName(QStringLiteral("Suara"));
    // Every kiosk renders the same whatever the platform default style is.
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QFont font(QStringLiteral("Noto Sans"));
    font.setPixelSize(20);
    app.setFont(font);
}

} // namespace suara::startup
