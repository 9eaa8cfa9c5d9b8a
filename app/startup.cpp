#include "startup.h"

#include <QFont>
#include <QGuiApplication>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace suara::startup {

namespace {
int s_signalFds[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: one byte into the pipe; the event loop does the rest.
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(s_signalFds[0], &byte, 1);
}
} // namespace

void configureEnvironment(bool headless)
{
    // Visitors type comments on the touch screen: Qt Virtual Keyboard is the input method.
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    // The keyboard is Main.qml's InputPanel, made on the first focus of a text field (docs/adr/0043).
    // Without this the input method would open its own desktop window for the field that came first.
    if (qEnvironmentVariableIsEmpty("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"))
        qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
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

namespace suara::startup {

void quitOnTerminationSignals(QGuiApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalFds) != 0) {
        qWarning("cannot watch for SIGTERM/SIGINT; they will stop the kiosk without a clean shutdown");
        return;
    }
    auto *notifier = new QSocketNotifier(s_signalFds[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(s_signalFds[1], &byte, 1);
        qInfo("suara-kiosk: stopping on a signal");
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

void quitOnFirstFrame(QQuickWindow *window)
{
    QObject::connect(
        window, &QQuickWindow::frameSwapped, qApp,
        [] {
            // The benchmark takes the time when this line arrives, so it goes out before anything else.
            std::fputs("first frame\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        },
        Qt::SingleShotConnection);
}

} // namespace suara::startup
