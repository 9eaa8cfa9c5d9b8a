#pragma once

#include "postgresinstance.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>
#include <list>
#include <memory>

namespace suara::testing {

// The database a suite runs on, chosen by SUARA_TEST_DATABASE=sqlite|postgresql (default sqlite).
// Each call to freshDatabase() gives an empty one: a new data directory, or a new database on the
// process's one PostgreSQL cluster (started on first use, stopped at exit).
class TestBackend
{
public:
    static TestBackend &instance();

    [[nodiscard]] bool isPostgres() const { return m_postgres; }
    [[nodiscard]] QString name() const { return m_postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite"); }
    // Non-empty when this backend cannot run here: the only reason a suite may QSKIP.
    [[nodiscard]] QString skipReason() const;

    // suara-server options for a new, empty database: {"--data-dir", DIR} or {"--database", URL}.
    [[nodiscard]] QStringList freshDatabase(QString *error);

    // The PostgreSQL cluster behind freshDatabase() (PostgreSQL backend only, after the first call).
    [[nodiscard]] PostgresInstance *cluster() { return m_cluster.get(); }

    // A direct connection to the database behind `serverArgs`, for assertions on what was stored.
    // The caller closes it with closeDirect().
    [[nodiscard]] static QSqlDatabase openDirect(const QStringList &serverArgs, QString *error);
    static void closeDirect(QSqlDatabase &db);

private:
    TestBackend();
    bool m_postgres = false;
    std::unique_ptr<PostgresInstance> m_cluster;
    std::list<QTemporaryDir> m_dirs;
    int m_databases = 0;
};

} // namespace suara::testing
