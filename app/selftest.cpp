#include "selftest.h"

#include "screenshottour.h"

#include <QDirIterator>
#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTextStream>

namespace suara {

namespace {
QStringList s_warnings;
QtMessageHandler s_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg) {
        const QString category = QString::fromLatin1(context.category ? context.category : "");
        // QML, JS and Quick problems are UI bugs; the app's own warnings (e.g. "tour" store errors) are expected.
        if (category.startsWith(QLatin1String("qt.qml")) || category == QLatin1String("qml")
            || category == QLatin1String("js") || category.startsWith(QLatin1String("qt.quick"))
            || message.contains(QLatin1String(".qml:")))
            s_warnings << message;
    }
    if (s_previous)
        s_previous(type, context, message);
}
} // namespace

int runSelfTest()
{
    QTextStream out(stdout);
    s_previous = qInstallMessageHandler(collect);
    int files = 0;
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QDirIterator it(QStringLiteral(":/qt/qml/Suara"), {QStringLiteral("*.qml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            // Singletons cannot be instantiated on their own; the walk below exercises them.
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains("pragma Singleton")) {
                ++files;
                continue;
            }
            QQmlComponent component(&engine, QUrl(QStringLiteral("qrc") + path));
            ++files;
            if (component.isError())
                s_warnings << component.errorString();
        }
    }
    ScreenshotTour tour({});
    const int screens = tour.run();
    qInstallMessageHandler(s_previous);

    out << "self-test: compiled " << files << " QML files, showed " << screens << " screens\n";
    for (const QString &p : tour.problems())
        out << "problem: " << p << '\n';
    for (const QString &w : std::as_const(s_warnings))
        out << "QML: " << w << '\n';
    const bool ok = files > 0 && screens > 0 && tour.problems().isEmpty() && s_warnings.isEmpty();
    out << (ok ? "self-test passed\n" : "self-test FAILED\n");
    return ok ? 0 : 1;
}

} // namespace suara
