#include "database.h"

#include <QThread>
#include <QThreadStorage>
#include <QUuid>

namespace suara::server {

namespace {
// Removes the thread's connection when the thread (or the Database) goes away.
struct ThreadConnection
{
    QString name;
    ~ThreadConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

// Deleted by QThreadStorage when its thread ends, and with it every connection of that thread.
struct ThreadConnections
{
    QHash<QString, ThreadConnection *> map;
    ~ThreadConnections() { qDeleteAll(map); }
};

QThreadStorage<ThreadConnections *> &connections()
{
    static QThreadStorage<ThreadConnections *> storage;
    return storage;
}

QHash<QString, ThreadConnection *> &threadMap()
{
    if (!connections().hasLocalData())
        connections().setLocalData(new ThreadConnections);
    return connections().localData()->map;
}
} // namespace

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_prefix(QStringLiteral("suara-server-") + QUuid::createUuid().toString(QUuid::Id128) + QLatin1Char('-'))
{
}

Database::~Database()
{
    // Only the owning (main) thread's connection can be closed here; worker threads close theirs
    // when the pool ends them.
    resetThisThread();
}

Sql Database::sql()
{
    QHash<QString, ThreadConnection *> &map = threadMap();
    ThreadConnection *&conn = map[m_prefix];
    if (!conn) {
        conn = new ThreadConnection{m_prefix + QString::number(quintptr(QThread::currentThreadId()))};
    }
    QSqlDatabase db = QSqlDatabase::database(conn->name, false);
    if (!db.isValid()) {
        const bool pg = m_config.engine == DatabaseConfig::Engine::Postgres;
        db = QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), conn->name);
        if (pg) {
            db.setHostName(m_config.host);
            db.setPort(m_config.port);
            db.setUserName(m_config.user);
            db.setPassword(m_config.password);
            db.setDatabaseName(m_config.database);
            db.setConnectOptions(m_config.postgresConnectOptions());
        } else {
            db.setDatabaseName(m_config.sqlitePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_config.sqliteBusyTimeoutMs));
        }
    }
    if (!db.isOpen()) {
        if (!db.open())
            throw DbFailure(db.lastError(), QStringLiteral("opening %1").arg(m_config.describe()));
        Sql s(db, m_config.engine);
        if (m_config.engine == DatabaseConfig::Engine::Sqlite) {
            // WAL + FULL: a committed batch survives a power cut; readers never block the writer.
            for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"})
                s.run(QString::fromLatin1(pragma));
            s.run(QStringLiteral("PRAGMA busy_timeout=%1").arg(m_config.sqliteBusyTimeoutMs));
        } else {
            s.run(QStringLiteral("SET TIME ZONE 'UTC'"));
            // Per session, so it holds for every statement of this connection (0 would mean none).
            s.run(QStringLiteral("SET statement_timeout = %1").arg(m_config.statementTimeoutMs));
        }
    }
    return Sql(db, m_config.engine);
}

void Database::resetThisThread()
{
    if (!connections().hasLocalData())
        return;
    delete connections().localData()->map.take(m_prefix);
}

bool Database::ping(QString *error)
{
    try {
        Sql s = sql();
        s.value(QStringLiteral("SELECT 1"));
        return true;
    } catch (const DbFailure &f) {
        *error = QString::fromStdString(f.what());
        resetThisThread();
        return false;
    }
}

} // namespace suara::server
