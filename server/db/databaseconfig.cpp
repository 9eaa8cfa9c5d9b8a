#include "databaseconfig.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace suara::server {

DatabaseConfig DatabaseConfig::sqliteIn(const QString &dataDir)
{
    DatabaseConfig c;
    c.engine = Engine::Sqlite;
    c.sqlitePath = QDir(dataDir).filePath(QStringLiteral("suara-server.db"));
    return c;
}

std::optional<DatabaseConfig> DatabaseConfig::fromUrl(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))) {
        *error = QStringLiteral("--database must be a postgresql:// URL, e.g. postgresql://suara@localhost:5432/suara");
        return std::nullopt;
    }
    DatabaseConfig c;
    c.engine = Engine::Postgres;
    c.host = url.host();
    c.port = url.port(5432);
    c.user = url.userName();
    c.password = url.password();
    c.database = url.path().mid(1);
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            c.host = value; // libpq style: a socket directory
        else
            options << key + QLatin1Char('=') + value;
    }
    c.options = options.join(QLatin1Char(';'));
    if (c.database.isEmpty()) {
        *error = QStringLiteral("the --database URL names no database (…/DBNAME)");
        return std::nullopt;
    }
    if (c.host.isEmpty())
        c.host = QStringLiteral("localhost");
    return c;
}

QString DatabaseConfig::postgresConnectOptions() const
{
    QStringList out{QStringLiteral("connect_timeout=5"), QStringLiteral("keepalives=1"),
                    QStringLiteral("keepalives_idle=%1").arg(keepaliveIdleSeconds),
                    QStringLiteral("keepalives_interval=%1").arg(keepaliveIntervalSeconds),
                    QStringLiteral("keepalives_count=%1").arg(keepaliveCount)};
    if (!options.isEmpty())
        out << options; // the URL's own options come last, so they win
    return out.join(QLatin1Char(';'));
}

QString DatabaseConfig::describe() const
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("sqlite:") + sqlitePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace suara::server
