#include "testbackend.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

namespace suara::testing {

TestBackend &TestBackend::instance()
{
    static TestBackend backend;
    return backend;
}

TestBackend::TestBackend()
    : m_postgres(qEnvironmentVariable("SUARA_TEST_DATABASE") == QLatin1String("postgresql"))
{
}

QString TestBackend::skipReason() const
{
    if (m_postgres && !PostgresInstance::available())
        return QStringLiteral("PostgreSQL is not installed (%1 missing); install the Debian package postgresql "
                              "to run this suite on PostgreSQL")
            .arg(PostgresInstance::binDir());
    return {};
}

QStringList TestBackend::freshDatabase(QString *error)
{
    if (!m_postgres) {
        QTemporaryDir &dir = m_dirs.emplace_back(QDir::tempPath() + QStringLiteral("/suara-server-test-XXXXXX"));
        if (!dir.isValid()) {
            *error = QStringLiteral("cannot create a temporary data directory");
            return {};
        }
        return {QStringLiteral("--data-dir"), dir.path()};
    }
    if (!m_cluster) {
        m_cluster = std::make_unique<PostgresInstance>();
        if (!m_cluster->start(error)) {
            m_cluster.reset();
            return {};
        }
    }
    const QString name = QStringLiteral("suara_test_%1").arg(++m_databases);
    if (!m_cluster->createDatabase(name, error))
        return {};
    // PostgreSQL deployments name the enrollment code key explicitly (every process shares it).
    QTemporaryDir &dir = m_dirs.emplace_back(QDir::tempPath() + QStringLiteral("/suara-server-secret-XXXXXX"));
    QFile secret(dir.filePath(QStringLiteral("server-secret")));
    if (!dir.isValid() || !secret.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || secret.write(QByteArray(32, 'k').toHex() + name.toLatin1().toHex()) <= 0) {
        *error = QStringLiteral("cannot write a server secret file");
        return {};
    }
    secret.close();
    return {QStringLiteral("--database"), m_cluster->url(name), QStringLiteral("--secret-file"), secret.fileName()};
}

QSqlDatabase TestBackend::openDirect(const QStringList &serverArgs, QString *error)
{
    const QString name = QStringLiteral("direct-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db;
    if (serverArgs.value(0) == QLatin1String("--data-dir")) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(serverArgs.value(1)).filePath(QStringLiteral("suara-server.db")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        const QUrl url(serverArgs.value(1));
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
    }
    if (!db.open())
        *error = db.lastError().text();
    return db;
}

void TestBackend::closeDirect(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

} // namespace suara::testing
