#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <memory>

namespace suara::testing {

// A throwaway PostgreSQL cluster for one test process: initdb in a temporary directory, a free port on
// 127.0.0.1, the unix socket inside that directory, trust authentication for the user "suara",
// fsync off (the tests kill suara-server, never PostgreSQL). Stopped (and deleted) in the destructor.
class PostgresInstance
{
public:
    PostgresInstance();
    ~PostgresInstance();

    // Whether the PostgreSQL binaries are installed (SUARA_PG_BINDIR, default /usr/lib/postgresql/15/bin).
    [[nodiscard]] static bool available();
    [[nodiscard]] static QString binDir();

    bool start(QString *error);
    void stop();
    // Stops the server and starts it again on the same data and port (a database outage).
    bool restart(QString *error);
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] quint16 port() const { return m_port; }

    // postgresql://suara@127.0.0.1:PORT/NAME
    [[nodiscard]] QString url(const QString &database) const;
    bool createDatabase(const QString &name, QString *error);

private:
    bool runInitdb(QString *error);
    bool launch(QString *error);

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_server;
    quint16 m_port = 0;
};

} // namespace suara::testing
