#pragma once

#include <QString>
#include <optional>

namespace suara::server {

// Where the server keeps its data: one SQLite file in the data directory (nothing to install), or a
// PostgreSQL database shared by any number of server processes.
struct DatabaseConfig
{
    enum class Engine { Sqlite, Postgres };

    Engine engine = Engine::Sqlite;
    QString sqlitePath;
    QString host; // a host name, or a directory holding the unix socket
    int port = 5432;
    QString user;
    QString password; // empty: libpq falls back to PGPASSWORD / ~/.pgpass
    QString database;
    QString options; // libpq options such as "sslmode=require"
    // A statement running longer is cancelled by PostgreSQL (a stuck lock or a runaway query must not
    // hold a worker, and with it a share of the server, forever).
    int statementTimeoutMs = 30'000;
    // TCP keepalives on the PostgreSQL connection: a server that vanished (power, network) is noticed
    // after about idle + interval * count seconds instead of the kernel's two hours.
    int keepaliveIdleSeconds = 30;
    int keepaliveIntervalSeconds = 10;
    int keepaliveCount = 3;
    // How long a SQLite writer waits for another process's write lock before SQLITE_BUSY (503).
    int sqliteBusyTimeoutMs = 10'000;

    static DatabaseConfig sqliteIn(const QString &dataDir);
    // postgresql://user[:password]@host[:port]/db[?sslmode=…&host=/socket/dir]
    static std::optional<DatabaseConfig> fromUrl(const QString &url, QString *error);

    // The libpq connection options Qt passes on ("connect_timeout=5;keepalives=1;…;" + options).
    [[nodiscard]] QString postgresConnectOptions() const;

    // For logs and messages: never includes the password.
    [[nodiscard]] QString describe() const;
};

} // namespace suara::server
