#pragma once

#include "httpclient.h"
#include "serverprocess.h"
#include "testbackend.h"

#include <QSqlDatabase>
#include <QVariantList>
#include <memory>

namespace suara::testing {

// What most suites start with: a fresh database on the suite's backend, a running server on it, and
// helpers for the admin CLI and for looking straight into the database.
class ServerFixture
{
public:
    ~ServerFixture();

    // Fresh database + started server. False with *error set on failure.
    bool setUp(QString *error, const QStringList &serveArgs = {});
    [[nodiscard]] ServerProcess &server() { return *m_server; }
    [[nodiscard]] QStringList databaseArgs() const { return m_database; }
    [[nodiscard]] HttpClient client() const { return HttpClient(m_server->baseUrl()); }

    // Admin CLI on the same database; these QVERIFY-style helpers return false and fill *error.
    bool createUnit(const QString &code, const QString &name, QString *error);
    // The same, below `parent` in the unit tree.
    bool createUnit(const QString &code, const QString &name, const QString &parent, QString *error);
    bool createUser(const QString &name, const QString &role, const QString &unit, const QString &password,
                    QString *error);
    // The one-time code (first line of `enrollment-code`), or empty.
    [[nodiscard]] QString enrollmentCode(const QString &unit, QString *error, int hours = 72);

    // A single value straight from the database (e.g. "SELECT COUNT(*) FROM records WHERE device_id = ?").
    [[nodiscard]] QVariant scalar(const QString &sql, const QVariantList &binds = {});
    [[nodiscard]] QList<QVariantList> rows(const QString &sql, const QVariantList &binds = {});
    bool execute(const QString &sql, const QVariantList &binds = {});

private:
    QSqlDatabase &direct();

    QStringList m_database;
    std::unique_ptr<ServerProcess> m_server;
    QSqlDatabase m_direct;
};

} // namespace suara::testing

// In initTestCase(): skips only when this backend is not installed, fails on anything else.
#define SUARA_SERVER_FIXTURE_SETUP(fixture, ...)                                                                       \
    do {                                                                                                               \
        const QString skip = suara::testing::TestBackend::instance().skipReason();                                     \
        if (!skip.isEmpty())                                                                                           \
            QSKIP(qPrintable(skip));                                                                                   \
        QString setupError;                                                                                            \
        QVERIFY2((fixture).setUp(&setupError, ##__VA_ARGS__), qPrintable(setupError));                                 \
    } while (false)
