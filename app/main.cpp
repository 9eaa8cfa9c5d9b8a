// suara-kiosk: the visitor kiosk. Parses the command line and hands over to the composition root.
#include "kioskcontext.h"
#include "screenshottour.h"
#include "selftest.h"
#include "startup.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>

using namespace suara;

int main(int argc, char *argv[])
{
    bool headless = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        headless = headless || arg == "--self-test" || arg == "--screenshots";
    }
    startup::configureEnvironment(headless);
    QGuiApplication app(argc, argv);
    startup::configureApplication(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Suara kiosk: service ratings and gratification statements, offline."));
    parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Where the kiosk keeps its store."),
                                     QStringLiteral("dir"));
    const QCommandLineOption windowed(QStringLiteral("windowed"), QStringLiteral("Run in a window instead of full screen."));
    const QCommandLineOption selfTest(QStringLiteral("self-test"), QStringLiteral("Load every screen offscreen and exit."));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QStringLiteral("Render every screen in both languages and orientations to PNG files in <dir>."),
                                         QStringLiteral("dir"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("The Suara server the sync section offers for enrollment."),
                                    QStringLiteral("url"));
    const QCommandLineOption enrollmentCode(QStringLiteral("enrollment-code"),
                                            QStringLiteral("Enroll with this one-time code at start-up (in the background) "
                                                           "unless the device is enrolled already."),
                                            QStringLiteral("code"));
    parser.addOptions({dataDir, windowed, selfTest, screenshots, server, enrollmentCode});
    parser.process(app);

    if (parser.isSet(selfTest))
        return runSelfTest();
    if (parser.isSet(screenshots)) {
        ScreenshotTour tour({parser.value(screenshots)});
        const int shown = tour.run();
        for (const QString &p : tour.problems())
            qWarning("%s", qPrintable(p));
        qInfo("saved %lld screenshots to %s", qint64(tour.saved().size()), qPrintable(parser.value(screenshots)));
        return shown > 0 && tour.problems().isEmpty() ? 0 : 1;
    }

    const QString dir = parser.isSet(dataDir) ? parser.value(dataDir)
                                              : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    KioskContext context(dir);
    context.sync().setDefaultServerUrl(parser.value(server));
    context.sync().enrollIfNeeded(parser.value(server), parser.value(enrollmentCode));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    context.attach(&engine, &app);
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    QObject::connect(&context, &KioskContext::leaveRequested, &app, &QCoreApplication::quit);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Suara/Ui/Main.qml")));
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0))) {
        if (parser.isSet(windowed))
            window->show();
        else
            window->showFullScreen();
    }
    return app.exec();
}
