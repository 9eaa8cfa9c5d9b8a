#include "commands.h"

#include "db/schema.h"
#include "log.h"
#include "service/enrollmentcodes.h"
#include "service/failure.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QTextStream>

#include <cstdio>

namespace suara::server::cli {

namespace {
struct CommandSpec
{
    QStringList valued;
    QStringList flags;
};

const QStringList kDatabaseOptions = {QStringLiteral("data-dir"), QStringLiteral("database"),
                                      QStringLiteral("statement-timeout-ms"), QStringLiteral("sqlite-busy-timeout-ms"),
                                      QStringLiteral("secret-file")};

// The timeouts every command's connections use (docs/deployment.md).
bool applyTimeouts(const Options &options, DatabaseConfig *config, QString *error)
{
    const auto statement =
        options.integer(QStringLiteral("statement-timeout-ms"), config->statementTimeoutMs, 100, 3'600'000, error);
    const auto busy =
        options.integer(QStringLiteral("sqlite-busy-timeout-ms"), config->sqliteBusyTimeoutMs, 0, 600'000, error);
    if (!statement || !busy)
        return false;
    config->statementTimeoutMs = int(*statement);
    config->sqliteBusyTimeoutMs = int(*busy);
    return true;
}

const QMap<QString, CommandSpec> &commands()
{
    static const QMap<QString, CommandSpec> all = {
        {QStringLiteral("serve"),
         {{QStringLiteral("listen"), QStringLiteral("workers"), QStringLiteral("max-body-bytes"),
           QStringLiteral("max-decompressed-bytes"), QStringLiteral("max-batch"), QStringLiteral("max-bundle-bytes"),
           QStringLiteral("zi-minimums"), QStringLiteral("session-idle-minutes"), QStringLiteral("session-max-hours"),
           QStringLiteral("login-max-failures"), QStringLiteral("login-address-max-failures"),
           QStringLiteral("login-window-minutes"), QStringLiteral("trusted-proxy"),
           QStringLiteral("stop-grace-seconds"), QStringLiteral("worker-grace-seconds")},
          {}}},
        {QStringLiteral("migrate"), {{}, {}}},
        {QStringLiteral("create-unit"),
         {{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("complaint-contact"),
           QStringLiteral("parent")},
          {QStringLiteral("exists-ok")}}},
        {QStringLiteral("move-unit"), {{QStringLiteral("code"), QStringLiteral("parent")}, {QStringLiteral("top")}}},
        {QStringLiteral("units"), {{}, {QStringLiteral("json")}}},
        {QStringLiteral("seed-demo"), {{QStringLiteral("password")}, {}}},
        {QStringLiteral("holidays-import"), {{}, {}}},
        {QStringLiteral("holidays"), {{QStringLiteral("year")}, {}}},
        {QStringLiteral("regions-import"), {{}, {}}},
        {QStringLiteral("officer-add"),
         {{QStringLiteral("unit"), QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("nip"),
           QStringLiteral("position"), QStringLiteral("pin")},
          {}}},
        {QStringLiteral("officers"), {{QStringLiteral("unit")}, {QStringLiteral("json")}}},
        {QStringLiteral("officer-remove"), {{QStringLiteral("unit"), QStringLiteral("id")}, {}}},
        {QStringLiteral("create-user"),
         {{QStringLiteral("username"), QStringLiteral("role"), QStringLiteral("unit"), QStringLiteral("password")},
          {}}},
        {QStringLiteral("enrollment-code"),
         {{QStringLiteral("unit"), QStringLiteral("expires-hours"), QStringLiteral("qr")}, {}}},
        {QStringLiteral("revoke-device"), {{QStringLiteral("device")}, {}}},
        {QStringLiteral("recovery-code"), {{}, {}}},
        {QStringLiteral("devices"), {{QStringLiteral("unit")}, {QStringLiteral("json")}}},
        {QStringLiteral("alerts"),
         {{QStringLiteral("unit"), QStringLiteral("device")}, {QStringLiteral("open"), QStringLiteral("json")}}},
        {QStringLiteral("import-bundle"), {{}, {QStringLiteral("json")}}},
        {QStringLiteral("unit-settings"),
         {{QStringLiteral("unit"), QStringLiteral("questionnaires"), QStringLiteral("zi-scale"),
           QStringLiteral("idle-timeout"), QStringLiteral("cooldown"), QStringLiteral("thank-you"),
           QStringLiteral("default-language"), QStringLiteral("ask-profile"), QStringLiteral("service-profile"),
           QStringLiteral("complaint-contact"), QStringLiteral("name"), QStringLiteral("device-mode"),
           QStringLiteral("officer-lock"), QStringLiteral("offline-warning"), QStringLiteral("allow-location"),
           QStringLiteral("regions")},
          {QStringLiteral("json")}}},
    };
    return all;
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "suara-server: %s\n\n%s", qPrintable(message), qPrintable(usage()));
    return kUsage;
}

// The key of enrollment code hashes: --secret-file, SUARA_SECRET_FILE, or DATA-DIR/server-secret
// (created on first use). With PostgreSQL every server process must share one key, so there it has to
// be named explicitly.
bool loadEnrollmentKey(const Options &options, const DatabaseConfig &config, QString *error)
{
    QString path = options.value(QStringLiteral("secret-file"), qEnvironmentVariable("SUARA_SECRET_FILE"));
    const bool implicit = path.isEmpty();
    if (implicit) {
        if (config.engine == DatabaseConfig::Engine::Postgres) {
            *error = QStringLiteral("with --database, give --secret-file FILE (or SUARA_SECRET_FILE): the key of "
                                    "enrollment codes, the same file for every server process, mode 0600");
            return false;
        }
        path = QFileInfo(config.sqlitePath).dir().filePath(QStringLiteral("server-secret"));
    }
    const std::optional<QByteArray> key = enrollmentcodes::loadKeyFile(path, implicit, error);
    if (!key)
        return false;
    enrollmentcodes::setKey(*key);
    return true;
}

std::optional<DatabaseConfig> databaseConfig(const Options &options, QString *error)
{
    QString dataDir = options.value(QStringLiteral("data-dir"), qEnvironmentVariable("SUARA_DATA_DIR"));
    QString url = options.value(QStringLiteral("database"), qEnvironmentVariable("SUARA_DATABASE"));
    if (options.has(QStringLiteral("data-dir")))
        url.clear();
    if (options.has(QStringLiteral("database")))
        dataDir.clear();
    if (!dataDir.isEmpty() && !url.isEmpty()) {
        *error = QStringLiteral("give either --data-dir or --database, not both");
        return std::nullopt;
    }
    if (!url.isEmpty()) {
        std::optional<DatabaseConfig> config = DatabaseConfig::fromUrl(url, error);
        if (config && !applyTimeouts(options, &*config, error))
            return std::nullopt;
        return config;
    }
    if (dataDir.isEmpty()) {
        *error = QStringLiteral("give --data-dir DIR (an embedded SQLite database) or --database postgresql://…");
        return std::nullopt;
    }
    if (!QDir().mkpath(dataDir)) {
        *error = QStringLiteral("cannot create the data directory %1").arg(dataDir);
        return std::nullopt;
    }
    DatabaseConfig config = DatabaseConfig::sqliteIn(dataDir);
    if (!applyTimeouts(options, &config, error))
        return std::nullopt;
    return config;
}
} // namespace

QString usage()
{
    return QStringLiteral(
        "usage: suara-server COMMAND (--data-dir DIR | --database postgresql://USER@HOST:PORT/DB) [options]\n"
        "\n"
        "  serve [--listen 127.0.0.1:8080] [--workers 4] [--max-body-bytes N] [--max-decompressed-bytes N]\n"
        "        [--max-batch 500] [--max-bundle-bytes N]      run the HTTP API until SIGTERM/SIGINT\n"
        "        [--zi-minimums ipkp_wbk=3.2,ipkp_wbbm=3.6,ipak_wbk=3.6,ipak_wbbm=3.6]\n"
        "                                                      WBK/WBBM minimums on the 4-point scale\n"
        "        [--session-idle-minutes 30] [--session-max-hours 12] [--login-max-failures 5]\n"
        "        [--login-address-max-failures 20] [--login-window-minutes 15] [--trusted-proxy IP[,IP]]\n"
        "        [--stop-grace-seconds 60] [--worker-grace-seconds 15]\n"
        "                                                      on SIGTERM: wait for open connections, then\n"
        "                                                      for running requests, before giving up\n"
        "  migrate                                             bring the database schema up to date\n"
        "  create-unit --code C --name N [--parent P] [--complaint-contact TEXT] [--exists-ok]\n"
        "  move-unit --code C (--parent P | --top)             put a unit below another one, or at the top\n"
        "  units [--json]                                      the unit tree\n"
        "  seed-demo [--password P]                            demo units, users (password P, default\n"
        "                                                      suara-demo) and signed records; once\n"
        "  create-user --username U --role national_admin|unit_admin|upg|viewer [--unit C]\n"
        "              [--password P]                          (otherwise the password is read from stdin)\n"
        "  enrollment-code --unit C [--expires-hours 72] [--qr FILE.png]\n"
        "                                                      print a one-time code (first line) for one device\n"
        "  revoke-device --device ID\n"
        "  recovery-code DEVICE_ID                             the admin recovery code of an enrolled kiosk,\n"
        "                                                      for an admin who forgot its PIN\n"
        "  devices [--unit C] [--json]                         last sync, last seq, revoked, open alerts\n"
        "  alerts [--unit C] [--device ID] [--open] [--json]   integrity alerts\n"
        "  import-bundle FILE [--json]                         import an offline bundle (twice is harmless)\n"
        "  unit-settings --unit C [--questionnaires skm,spak] [--zi-scale 4|6] [--idle-timeout S]\n"
        "        [--cooldown S] [--thank-you S] [--default-language id|en] [--ask-profile yes|no]\n"
        "        [--service-profile P] [--complaint-contact TEXT] [--name N] [--device-mode kiosk|field]\n"
        "        [--officer-lock MIN] [--offline-warning DAYS] [--allow-location yes|no]\n"
        "        [--regions 34.04.07,…] [--json]\n"
        "                                                      show, or change and bump the settings version\n"
        "  holidays-import FILE.csv                            replace one year's national holidays and cuti\n"
        "                                                      bersama (format: core/resources/calendar)\n"
        "  holidays --year Y                                   print that year's list as CSV\n"
        "  regions-import FILE.csv                             add or rename Kemendagri regions, one code;name a\n"
        "                                                      line (34, 34.04, 34.04.07, 34.04.07.2001)\n"
        "  officer-add --unit C --id ID --name N --position P [--nip NIP] [--pin PIN]\n"
        "                                                      a field officer (PIN otherwise from stdin)\n"
        "  officers --unit C [--json]                          the unit's officers\n"
        "  officer-remove --unit C --id ID                     the officer can no longer sign in\n"
        "\n"
        "Every command also takes [--statement-timeout-ms 30000] (PostgreSQL), [--sqlite-busy-timeout-ms 10000]\n"
        "and [--secret-file FILE] (the key of enrollment codes; default DATA-DIR/server-secret, created 0600;\n"
        "required with --database, or SUARA_SECRET_FILE).\n"
        "The database may also come from SUARA_DATA_DIR or SUARA_DATABASE. Exit codes: 0 ok, 1 failed,\n"
        "2 usage, 3 the database was written by a newer suara-server.\n");
}

int run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(QStringLiteral("no command given"));
    const QString command = arguments.first();
    if (command == QLatin1String("help") || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        std::fputs(qPrintable(usage()), stdout);
        return kOk;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        std::printf("suara-server %s (protocol 1)\n", SUARA_SERVER_VERSION);
        return kOk;
    }
    const auto spec = commands().constFind(command);
    if (spec == commands().constEnd())
        return usageError(QStringLiteral("unknown command %1").arg(command));
    QString error;
    const std::optional<Options> options =
        Options::parse(arguments.mid(1), spec->valued + kDatabaseOptions, spec->flags, &error);
    if (!options)
        return usageError(error);
    const std::optional<DatabaseConfig> config = databaseConfig(*options, &error);
    if (!config)
        return usageError(error);
    if (!loadEnrollmentKey(*options, *config, &error)) {
        std::fprintf(stderr, "suara-server: %s\n", qPrintable(error));
        return kFailed;
    }

    Database database(*config);
    try {
        Sql sql = database.sql();
        const schema::Outcome outcome = schema::migrate(sql);
        if (outcome.status == schema::Outcome::Status::TooNew) {
            log::error(outcome.message(), {{QStringLiteral("database"), config->describe()}});
            std::fprintf(stderr, "suara-server: %s\n", qPrintable(outcome.message()));
            return kDatabaseTooNew;
        }
        if (outcome.from != outcome.to || command == QLatin1String("serve") || command == QLatin1String("migrate"))
            log::info(outcome.message(), {{QStringLiteral("database"), config->describe()}});
        if (const int expired = enrollmentcodes::invalidateUnkeyedCodes(sql); expired > 0)
            log::warn(QStringLiteral("unused enrollment codes from before the code key were expired; issue new ones"),
                      {{QStringLiteral("codes"), expired}});
    } catch (const DbFailure &f) {
        std::fprintf(stderr, "suara-server: cannot use the database %s: %s\n", qPrintable(config->describe()),
                     qPrintable(f.error.text()));
        return kFailed;
    }
    if (command == QLatin1String("serve"))
        return serve(*options, database);
    if (command == QLatin1String("migrate"))
        return kOk;
    return adminCommand(command, *options, database);
}

} // namespace suara::server::cli
