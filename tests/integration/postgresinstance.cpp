#include "postgresinstance.h"

#include "childprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>
#include <QUuid>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace suara::testing {

namespace {
const QString kUser = QStringLiteral("suara");
const QString kOsUser = QStringLiteral("postgres");

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void chownToPostgres(const QString &path)
{
    if (!runningAsRoot())
        return;
    if (const passwd *pw = ::getpwnam("postgres")) [[maybe_unused]]
        int rc = ::chown(path.toLocal8Bit().constData(), pw->pw_uid, pw->pw_gid);
}
} // namespace

PostgresInstance::PostgresInstance() = default;

PostgresInstance::~PostgresInstance()
{
    stop();
}

QString PostgresInstance::binDir()
{
    const QString env = qEnvironmentVariable("SUARA_PG_BINDIR");
    return env.isEmpty() ? QStringLiteral(SUARA_PG_BINDIR) : env;
}

bool PostgresInstance::available()
{
    return QFileInfo(binDir() + QStringLiteral("/postgres")).isExecutable()
        && QFileInfo(binDir() + QStringLiteral("/initdb")).isExecutable();
}

bool PostgresInstance::runInitdb(QString *error)
{
    QProcess initdb;
    guardChild(initdb, SIGKILL, kOsUser);
    initdb.setWorkingDirectory(m_dir->path());
    initdb.setProcessChannelMode(QProcess::MergedChannels);
    initdb.start(binDir() + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-U"), kUser,
                  QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C"), QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")});
    if (!initdb.waitForFinished(120'000) || initdb.exitCode() != 0) {
        *error = QStringLiteral("initdb failed: ") + QString::fromLocal8Bit(initdb.readAll());
        return false;
    }
    return true;
}

bool PostgresInstance::start(QString *error)
{
    if (!available()) {
        *error = QStringLiteral("PostgreSQL binaries not found in %1").arg(binDir());
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/suara-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    chownToPostgres(m_dir->path());
    if (!runInitdb(error))
        return false;
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        if (launch(error))
            return true;
    }
    return false;
}

bool PostgresInstance::restart(QString *error)
{
    stop();
    return launch(error);
}

bool PostgresInstance::launch(QString *error)
{
    guardChild(m_server, SIGINT, kOsUser); // SIGINT: PostgreSQL's fast shutdown
    m_server.setWorkingDirectory(m_dir->path());
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.setStandardOutputFile(m_dir->filePath(QStringLiteral("postgres.log")), QIODevice::Append);
    QStringList args = {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")),
                        QStringLiteral("-p"), QString::number(m_port),
                        QStringLiteral("-k"), m_dir->path(),
                        QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1"),
                        QStringLiteral("-c"), QStringLiteral("max_connections=200"),
                        QStringLiteral("-c"), QStringLiteral("shared_buffers=32MB")};
    // Tests trade durability for speed; benchmarks (SUARA_TEST_PG_DURABLE=1) keep PostgreSQL's defaults:
    // fsync, synchronous_commit and full_page_writes on, as in production.
    if (!qEnvironmentVariableIntValue("SUARA_TEST_PG_DURABLE")) {
        for (const char *setting : {"fsync=off", "synchronous_commit=off", "full_page_writes=off"})
            args << QStringLiteral("-c") << QString::fromLatin1(setting);
    }
    m_server.start(binDir() + QStringLiteral("/postgres"), args);
    if (!m_server.waitForStarted(10'000)) {
        *error = QStringLiteral("postgres did not start: ") + m_server.errorString();
        return false;
    }
    // Ready when it accepts a connection; a lost port race shows up as an early exit.
    const QString probe = QStringLiteral("pg-probe-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ready = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), probe);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(kUser);
        db.setDatabaseName(QStringLiteral("postgres"));
        const QDeadlineTimer deadline(60'000);
        while (!deadline.hasExpired() && m_server.state() == QProcess::Running) {
            if (db.open()) {
                ready = true;
                break;
            }
            QThread::msleep(100);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(probe);
    if (ready)
        return true;
    stop();
    QFile log(m_dir->filePath(QStringLiteral("postgres.log")));
    log.open(QIODevice::ReadOnly);
    *error = QStringLiteral("PostgreSQL did not become ready: ") + QString::fromLocal8Bit(log.readAll().right(2000));
    return false;
}

bool PostgresInstance::isRunning() const
{
    return m_server.state() == QProcess::Running;
}

void PostgresInstance::stop()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_server.processId()), SIGINT);
    if (!m_server.waitForFinished(30'000)) {
        m_server.kill();
        m_server.waitForFinished(5'000);
    }
}

QString PostgresInstance::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(kUser).arg(m_port).arg(database);
}

bool PostgresInstance::createDatabase(const QString &name, QString *error)
{
    const QString connection = QStringLiteral("pg-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(kUser);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
            if (!ok)
                *error = q.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace suara::testing
