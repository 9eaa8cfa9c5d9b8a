// suara-kiosk: the visitor kiosk. Parses the command line and hands over to the composition root.
#include "kioskcontext.h"
#include "screenshottour.h"
#include "selftest.h"
#include "speech/qtspeaker.h"
#include "startup.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>

using namespace suara;

namespace {
struct Options
{
    QCommandLineOption dataDir{QStringLiteral("data-dir"), QStringLiteral("Where the kiosk keeps its store."),
                               QStringLiteral("dir")};
    QCommandLineOption windowed{QStringLiteral("windowed"), QStringLiteral("Run in a window instead of full screen.")};
    QCommandLineOption selfTest{QStringLiteral("self-test"), QStringLiteral("Load every screen offscreen and exit.")};
    QCommandLineOption screenshots{
        QStringLiteral("screenshots"),
        QStringLiteral("Render every screen in both languages and orientations to PNG files in <dir>, then exit."),
        QStringLiteral("dir")};
    QCommandLineOption server{QStringLiteral("server"),
                              QStringLiteral("The Suara server the sync section offers for enrollment."),
                              QStringLiteral("url")};
    QCommandLineOption enrollmentCode{QStringLiteral("enrollment-code"),
                                      QStringLiteral("Enroll with this one-time code at start-up (in the background) "
                                                     "unless the device is enrolled already."),
                                      QStringLiteral("code")};
    QCommandLineOption speechEngine{QStringLiteral("speech-engine"),
                                    QStringLiteral("The Qt TextToSpeech engine that reads aloud (default: the "
                                                   "platform's; an unknown name such as 'none' turns it off)."),
                                    QStringLiteral("name")};
    QCommandLineOption exitAfterFirstFrame{QStringLiteral("exit-after-first-frame"),
                                           QStringLiteral("Print \"first frame\" when the window has shown its "
                                                          "first frame, then exit (bench/bench_startup).")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QStringLiteral("Suara kiosk: service ratings and gratification statements, offline."));
        parser.addHelpOption();
        parser.addOptions(
            {dataDir, windowed, selfTest, screenshots, server, enrollmentCode, speechEngine, exitAfterFirstFrame});
    }
};

bool wants(int argc, char *argv[], std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *name : names) {
            if (qstrcmp(argv[i], name) == 0)
                return true;
        }
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    const Options options;
    // Help (and a mistyped option) needs no display: answer it before a GUI application exists.
    if (wants(argc, argv, {"--help", "-h", "-?", "--help-all"})) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        options.addTo(parser);
        parser.process(app); // prints the help and exits
        return 0;
    }
    startup::configureEnvironment(wants(argc, argv, {"--self-test", "--screenshots"}));
    QGuiApplication app(argc, argv);
    startup::configureApplication(app);
    startup::quitOnTerminationSignals(app);

    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);

    if (parser.isSet(options.selfTest))
        return runSelfTest();
    if (parser.isSet(options.screenshots)) {
        ScreenshotTour tour({parser.value(options.screenshots)});
        const int shown = tour.run();
        for (const QString &p : tour.problems())
            qWarning("%s", qPrintable(p));
        qInfo("saved %lld screenshots to %s", qint64(tour.saved().size()),
              qPrintable(parser.value(options.screenshots)));
        return shown > 0 && tour.problems().isEmpty() ? 0 : 1;
    }

    const QString dir = parser.isSet(options.dataDir)
        ? parser.value(options.dataDir)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    KioskContext context(dir);
    QtSpeaker speaker(parser.value(options.speechEngine));
    context.readAloud().setSpeaker(&speaker);
    context.sync().setDefaultServerUrl(parser.value(options.server));
    context.sync().enrollIfNeeded(parser.value(options.server), parser.value(options.enrollmentCode));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    context.attach(&engine, &app);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    QObject::connect(&context, &KioskContext::leaveRequested, &app, &QCoreApplication::quit);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Suara/Ui/Main.qml")));
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0))) {
        if (parser.isSet(options.exitAfterFirstFrame))
            startup::quitOnFirstFrame(window);
        // The speech engine opens after the first frame, on the next turn of the event loop, so the
        // visitor sees the kiosk while speech-dispatcher is being reached (issue 10).
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &speaker,
            [&speaker] { QMetaObject::invokeMethod(&speaker, &QtSpeaker::start, Qt::QueuedConnection); },
            Qt::SingleShotConnection);
        if (parser.isSet(options.windowed))
            window->show();
        else
            window->showFullScreen();
    }
    qInfo("suara-kiosk: store in %s", qPrintable(dir));
    return app.exec();
}
