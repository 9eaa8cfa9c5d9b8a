// The floor of bench_startup: an empty Qt Quick Controls window, started and shown as suara-kiosk
// starts and shows its own (same style and font, full screen, same first-frame signal), with nothing in it.
// `--text` puts one Label in it: the cost of the first line of text (the font database, the font
// engine, shaping), which any screen pays and the empty window does not (docs/benchmarks.md, Start-up).
#include "startup.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    suara::startup::configureApplication(app);
    QQmlApplicationEngine engine;
    const bool withText = app.arguments().contains(QStringLiteral("--text"));
    engine.loadData(withText
                        ? "import QtQuick\nimport QtQuick.Controls\n"
                          "ApplicationWindow { width: 1280; height: 800; Label { text: \"Selamat datang\" } }\n"
                        : "import QtQuick\nimport QtQuick.Controls\nApplicationWindow { width: 1280; height: 800 }\n");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    suara::startup::quitOnFirstFrame(window);
    window->showFullScreen();
    return app.exec();
}
