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
    QString host;      // a host name, or a directory holding the unix socket
    int port = 5432;
    QString user;
    QString password;  // empty: libpq falls back to PGPASSWORD / ~/.pgpass
    QString database;
    QString options;   // libpq options such as "sslmode=require"

    static DatabaseConfig sqliteIn(const QString &dataDir);
    // postgresql://user[:password]@host[:port]/db[?sslmode=…&host=/socket/dir]
    static std::optional<DatabaseConfig> fromUrl(const QString &url, QString *error);

    // For logs and messages: never includes the password.
    [[nodiscard]] QString describe() const;
};

} // namespace suara::server
