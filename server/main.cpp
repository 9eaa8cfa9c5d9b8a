// suara-server: the central evaluation server and its admin CLI. Everything lives in suara_server.
#include "cli/commands.h"
#include "log.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("suara-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUARA_SERVER_VERSION));
    suara::server::log::installQtMessageHandler();
    const int code = suara::server::cli::run(QCoreApplication::arguments().mid(1));
    suara::server::log::flush();
    return code;
}
