// suara-server: the central evaluation server and its admin CLI. Everything lives in suara_server.
#include "cli/commands.h"
#include "log.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // The PDF exports lay text out with Qt's own fonts, which need a QGuiApplication; a server has no
    // display, so it uses the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("suara-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUARA_SERVER_VERSION));
    suara::server::log::installQtMessageHandler();
    const int code = suara::server::cli::run(QCoreApplication::arguments().mid(1));
    suara::server::log::flush();
    return code;
}
