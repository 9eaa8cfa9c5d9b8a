#include "serverfixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace suara::testing {

ServerFixture::~ServerFixture()
{
    if (m_direct.isValid())
        TestBackend::closeDirect(m_direct);
}

bool ServerFixture::setUp(QString *error, const QStringList &serveArgs)
{
    m_database = TestBackend::instance().freshDatabase(error);
    if (m_database.isEmpty())
        return false;
    m_server = std::make_unique<ServerProcess>(m_database, serveArgs);
    return m_server->start(error);
}

bool ServerFixture::createUnit(const QString &code, const QString &name, QString *error)
{
    return createUnit(code, name, QString(), error);
}

bool ServerFixture::createUnit(const QString &code, const QString &name, const QString &parent, QString *error)
{
    QStringList args{QStringLiteral("create-unit"), QStringLiteral("--code"), code, QStringLiteral("--name"), name};
    if (!parent.isEmpty())
        args << QStringLiteral("--parent") << parent;
    const auto r = m_server->cli(args);
    if (r.exitCode != 0)
        *error = QString::fromUtf8(r.err);
    return r.exitCode == 0;
}

bool ServerFixture::createUser(const QString &name, const QString &role, const QString &unit, const QString &password,
                               QString *error)
{
    QStringList args{QStringLiteral("create-user"), QStringLiteral("--username"), name, QStringLiteral("--role"), role};
    if (!unit.isEmpty())
        args << QStringLiteral("--unit") << unit;
    const auto r = m_server->cli(args, password.toUtf8() + '\n'); // the password through stdin
    if (r.exitCode != 0)
        *error = QString::fromUtf8(r.err);
    return r.exitCode == 0;
}

QString ServerFixture::enrollmentCode(const QString &unit, QString *error, int hours)
{
    const auto r = m_server->cli({QStringLiteral("enrollment-code"), QStringLiteral("--unit"), unit,
                                  QStringLiteral("--expires-hours"), QString::number(hours)});
    if (r.exitCode != 0) {
        *error = QString::fromUtf8(r.err);
        return {};
    }
    return QString::fromUtf8(r.out.split('\n').first()).trimmed();
}

QSqlDatabase &ServerFixture::direct()
{
    if (!m_direct.isValid() || !m_direct.isOpen()) {
        QString error;
        m_direct = TestBackend::openDirect(m_database, &error);
        if (!m_direct.isOpen())
            qWarning("cannot open the database directly: %s", qPrintable(error));
    }
    return m_direct;
}

QList<QVariantList> ServerFixture::rows(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(direct());
    q.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    QList<QVariantList> out;
    if (!q.exec()) {
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        QVariantList row;
        for (int c = 0; c < q.record().count(); ++c)
            row << q.value(c);
        out << row;
    }
    return out;
}

QVariant ServerFixture::scalar(const QString &sql, const QVariantList &binds)
{
    const QList<QVariantList> r = rows(sql, binds);
    return r.isEmpty() || r.first().isEmpty() ? QVariant() : r.first().first();
}

bool ServerFixture::execute(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(direct());
    // Without binds the statement runs unprepared: PostgreSQL cannot prepare DDL (DROP TABLE …).
    bool ok = false;
    if (binds.isEmpty()) {
        ok = q.exec(sql);
    } else {
        q.prepare(sql);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        ok = q.exec();
    }
    if (!ok) {
        qWarning("statement failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace suara::testing
