// suara-sync --data-dir DIR <command> [options]
// The sync engine without a UI (docs/sync.md): enroll, push, pull settings, status, offline bundles.
// Thin: it parses the command line and prints; sync/ does the work, exactly as in the kiosk.
// Exit codes: 0 done (push: nothing pending), 1 the operation failed or records remain, 2 bad command line.

#include "commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace suara::cli;

namespace {
const char kCommands[] =
    "Commands:\n"
    "  enroll --server URL --code CODE [--label L]   enroll this device with a one-time code\n"
    "  push [--attempts N]                           send every pending record (retrying N times)\n"
    "  pull                                          fetch the unit's settings (kept for the kiosk)\n"
    "  status [--json]                               records pending/synced/quarantined, last sync, last error\n"
    "  export-bundle FILE [--all] [--code CODE]      write an offline bundle (.suara) for a USB stick\n"
    "  upload-bundle FILE --server URL --user U [--password P]\n"
    "                                                import a bundle on the server (password from stdin if absent)\n"
    "  requeue-quarantined                           try quarantined records again\n";

int usage(const QString &message)
{
    std::fprintf(stderr, "suara-sync: %s\nRun suara-sync --help for the commands.\n", qPrintable(message));
    return Usage;
}

QString readPassword()
{
    if (isatty(STDIN_FILENO))
        std::fputs("Password: ", stderr);
    QTextStream in(stdin);
    return in.readLine();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("suara-sync"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUARA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Suara's sync engine without a UI.\n\n")
                                     + QLatin1String(kCommands));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("The kiosk's data directory (holds kiosk.db)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("The server's base URL, e.g. https://suara.example.go.id."),
                                    QStringLiteral("URL"));
    const QCommandLineOption code(QStringLiteral("code"), QStringLiteral("A one-time enrollment code."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption label(QStringLiteral("label"), QStringLiteral("A name for this device, e.g. \"Loket 1\"."),
                                   QStringLiteral("L"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("A server user (bundle upload)."),
                                  QStringLiteral("U"));
    const QCommandLineOption password(QStringLiteral("password"),
                                      QStringLiteral("Its password (else read from stdin)."), QStringLiteral("P"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("status: print JSON."));
    const QCommandLineOption all(QStringLiteral("all"),
                                 QStringLiteral("export-bundle: every record, not only pending ones."));
    const QCommandLineOption attempts(QStringLiteral("attempts"),
                                      QStringLiteral("push: tries before giving up (default 1)."), QStringLiteral("N"),
                                      QStringLiteral("1"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Seconds per request (default 60)."),
                                     QStringLiteral("S"), QStringLiteral("60"));
    parser.addOptions({dataDir, server, code, label, user, password, json, all, attempts, timeout});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("enroll, push, pull, status, export-bundle, upload-bundle, requeue-quarantined"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usage(QStringLiteral("no command given"));
    Invocation inv;
    inv.command = args.first();
    inv.dataDir = parser.value(dataDir);
    inv.server = QUrl(parser.value(server));
    inv.code = parser.value(code);
    inv.label = parser.value(label);
    inv.user = parser.value(user);
    if (parser.isSet(password))
        inv.password = parser.value(password);
    inv.json = parser.isSet(json);
    inv.all = parser.isSet(all);
    bool numberOk = false;
    inv.attempts = parser.value(attempts).toInt(&numberOk);
    if (!numberOk || inv.attempts < 1)
        return usage(QStringLiteral("--attempts must be a number of at least 1"));
    inv.timeoutSeconds = parser.value(timeout).toInt(&numberOk);
    if (!numberOk || inv.timeoutSeconds < 1)
        return usage(QStringLiteral("--timeout must be a number of seconds, at least 1"));

    const bool takesFile =
        inv.command == QLatin1String("export-bundle") || inv.command == QLatin1String("upload-bundle");
    if (args.size() != (takesFile ? 2 : 1))
        return usage(takesFile ? QStringLiteral("%1 needs exactly one FILE").arg(inv.command)
                               : QStringLiteral("unexpected argument: %1").arg(args.value(1)));
    if (takesFile)
        inv.file = args.at(1);
    const bool needsServer = inv.command == QLatin1String("enroll") || inv.command == QLatin1String("upload-bundle");
    if (needsServer
        && (!inv.server.isValid() || !inv.server.scheme().startsWith(QLatin1String("http"))
            || inv.server.host().isEmpty()))
        return usage(QStringLiteral("%1 needs --server with an http:// or https:// URL").arg(inv.command));
    if (inv.command != QLatin1String("upload-bundle") && inv.dataDir.isEmpty())
        return usage(QStringLiteral("%1 needs --data-dir DIR").arg(inv.command));

    if (inv.command == QLatin1String("enroll")) {
        if (inv.code.trimmed().isEmpty())
            return usage(QStringLiteral("enroll needs --code CODE"));
        return runEnroll(inv);
    }
    if (inv.command == QLatin1String("push"))
        return runPush(inv);
    if (inv.command == QLatin1String("pull"))
        return runPull(inv);
    if (inv.command == QLatin1String("status"))
        return runStatus(inv);
    if (inv.command == QLatin1String("export-bundle"))
        return runExportBundle(inv);
    if (inv.command == QLatin1String("upload-bundle")) {
        if (inv.user.isEmpty())
            return usage(QStringLiteral("upload-bundle needs --user U"));
        if (!inv.password)
            inv.password = readPassword();
        return runUploadBundle(inv);
    }
    if (inv.command == QLatin1String("requeue-quarantined"))
        return runRequeue(inv);
    return usage(QStringLiteral("unknown command: %1").arg(inv.command));
}
