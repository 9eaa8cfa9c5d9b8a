#pragma once

#include "databaseconfig.h"
#include "sql.h"

#include <QString>
#include <atomic>

namespace suara::server {

// Hands each thread its own connection (a QSqlDatabase may only be used by the thread that opened
// it), opened on first use and closed when the thread ends. Holds no data of its own: every process
// sharing the database sees the same state.
class Database
{
public:
    explicit Database(DatabaseConfig config);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] const DatabaseConfig &config() const { return m_config; }

    // The calling thread's connection; throws DbFailure when it cannot be opened.
    [[nodiscard]] Sql sql();
    // After a failure that may have broken the connection (a restarted PostgreSQL): reopen next time.
    void resetThisThread();
    // SELECT 1 on this thread's connection.
    [[nodiscard]] bool ping(QString *error);

private:
    DatabaseConfig m_config;
    QString m_prefix;
};

} // namespace suara::server
