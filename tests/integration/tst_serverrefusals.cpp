// Every refusal of the unit-changing API (population, kiosk settings, follow-up deletion, withdrawal of a
// publication, renaming a unit), role by endpoint: the status and error code, and that nothing was
// written, read back afterwards as a national admin. The last test makes the same changes as users who
// may, so the read-back is shown to see each of them.
#include "reportsdata.h"

#include <QJsonArray>
#include <QTest>

using namespace suara;
using namespace suara::testing;

class TestServerRefusals : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;
    std::unique_ptr<KioskDevice> m_la;
    qint64 m_followup = 0; // LA's follow-up for 2026-Q3
    qint64 m_publication = 0; // LA's publication of 2026-Q3
    QByteArray m_settingsBody; // a valid PUT body for LA's settings (cooldown 45)
    QByteArray m_reader; // a national admin's session cookie, for the read-back (no password hash per read)

    HttpResult as(const QString &user, const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        HttpClient http = m_fx.client();
        if (!user.isEmpty())
            http.setBasic(user, user + QStringLiteral("-sandi"));
        return http.send(method, path, body, {}, "application/json");
    }

    static QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

    QString withIds(QString path) const
    {
        return path.replace(QLatin1String("{followup}"), QString::number(m_followup))
            .replace(QLatin1String("{publication}"), QString::number(m_publication));
    }

    // What the refused requests could have changed, as a national admin reads it through the API: the
    // tree with every name, the kiosk settings, follow-ups, publications and the population of LA and LB.
    QJsonObject state()
    {
        QJsonObject out;
        HttpClient http = m_fx.client();
        const auto get = [&](const QString &path) { return http.get(path, {{"Cookie", m_reader}}); };
        const auto read = [&](const QString &key, const QString &path) {
            const HttpResult r = get(path);
            out.insert(key, r.status == 200 ? QJsonValue(r.json()) : QJsonValue(r.status));
        };
        read(QStringLiteral("units"), QStringLiteral("/api/v1/units"));
        for (const char *unit : {"LA", "LB", "KW"}) {
            const QString u = QString::fromLatin1(unit);
            read(u + QStringLiteral(" settings"), QStringLiteral("/api/v1/units/%1/settings").arg(u));
            read(u + QStringLiteral(" followups"), QStringLiteral("/api/v1/units/%1/followups?period=2026-Q3").arg(u));
            read(u + QStringLiteral(" publications"), QStringLiteral("/api/v1/units/%1/publications").arg(u));
            const HttpResult skm = get(QStringLiteral("/api/v1/reports/skm?unit=%1&period=2026-Q3").arg(u));
            out.insert(u + QStringLiteral(" sample"), skm.json().value("sample"));
        }
        read(QStringLiteral("public LA"), QStringLiteral("/api/v1/public/units/LA"));
        return out;
    }

private slots:
    void initTestCase()
    {
        SUARA_SERVER_FIXTURE_SETUP(m_fx);
        QString error;
        // KW above LA and LB.
        QVERIFY2(m_fx.createUnit("KW", "Kanwil", &error), qPrintable(error));
        for (const char *code : {"LA", "LB"})
            QVERIFY2(m_fx.createUnit(code, QStringLiteral("Lapas %1").arg(code), "KW", &error), qPrintable(error));
        const struct
        {
            const char *name, *role, *unit;
        } users[] = {{"nasional", "national_admin", ""}, {"admin-kw", "unit_admin", "KW"},
                     {"admin-la", "unit_admin", "LA"},   {"admin-lb", "unit_admin", "LB"},
                     {"viewer-la", "viewer", "LA"},      {"upg-la", "upg", "LA"}};
        for (const auto &u : users)
            QVERIFY2(m_fx.createUser(u.name, u.role, u.unit, QStringLiteral("%1-sandi").arg(u.name), &error),
                     qPrintable(error));
        const HttpResult session =
            m_fx.client().post("/api/v1/session", json({{"username", "nasional"}, {"password", "nasional-sandi"}}));
        QCOMPARE(session.status, 201);
        m_reader = session.header("set-cookie").left(session.header("set-cookie").indexOf(';'));
        // Four visitors in LA so that a result can be published.
        m_la = enrolledDevice(m_fx, "LA", &error);
        QVERIFY2(m_la, qPrintable(error));
        QVERIFY2(seal(*m_la, sameVisits(4, 3, localTime(QStringLiteral("2026-07-10T10:00:00"), 420)), &error),
                 qPrintable(error));
        HttpClient http = m_fx.client();
        QVERIFY2(m_la->pushAll(http, 500, &error), qPrintable(error));

        // What the refused requests aim at, made by LA's own admin.
        const HttpResult population =
            as("admin-la", "PUT", "/api/v1/units/LA/population?period=2026-Q3", R"({"population":500})");
        QCOMPARE(population.status, 200);
        const HttpResult followup = as("admin-la", "POST", "/api/v1/units/LA/followups?period=2026-Q3",
                                       json({{"unsur", "waktu"},
                                             {"action", "Tambah loket pada jam sibuk"},
                                             {"owner", "Kasubsi Registrasi"},
                                             {"due_date", "2026-10-31"}}));
        QCOMPARE(followup.status, 201);
        m_followup = followup.json().value("id").toInteger();
        const HttpResult published = as("admin-la", "POST", "/api/v1/units/LA/publications?period=2026-Q3");
        QCOMPARE(published.status, 201);
        m_publication = published.json().value("id").toInteger();

        // A PUT body for LA's settings that LA's admin could send: its current document, cooldown 45.
        QJsonObject doc = as("admin-la", "GET", "/api/v1/units/LA/settings").json();
        QVERIFY(doc.contains("kiosk"));
        QVERIFY(doc.value("kiosk").toObject().value("cooldown").toInt() != 45);
        QJsonObject kiosk = doc.value("kiosk").toObject();
        kiosk.insert("cooldown", 45);
        doc.insert("kiosk", kiosk);
        doc.remove("questionnaires"); // the built-in ones, not definitions of LA's own
        m_settingsBody = json(doc);
    }

    void refusedAndNothingWritten_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        const QString forbidden = QStringLiteral("forbidden");
        const QString notFound = QStringLiteral("not_found");
        const QByteArray population = R"({"population":900})";
        const QString pop = QStringLiteral("/api/v1/units/%1/population?period=2026-Q3");
        QTest::newRow("population: viewer of the unit")
            << "viewer-la" << QByteArray("PUT") << pop.arg("LA") << population << 403 << forbidden;
        QTest::newRow("population: UPG of the unit")
            << "upg-la" << QByteArray("PUT") << pop.arg("LA") << population << 403 << forbidden;
        QTest::newRow("population: another unit's admin")
            << "admin-lb" << QByteArray("PUT") << pop.arg("LA") << population << 403 << forbidden;
        QTest::newRow("population: the unit above, by the admin below")
            << "admin-la" << QByteArray("PUT") << pop.arg("KW") << population << 403 << forbidden;
        // Outside the caller's tree a unit that does not exist is refused like one that does (docs/api.md).
        QTest::newRow("population: unknown unit, unit admin")
            << "admin-kw" << QByteArray("PUT") << pop.arg("NOPE") << population << 403 << forbidden;
        QTest::newRow("population: unknown unit, national admin")
            << "nasional" << QByteArray("PUT") << pop.arg("NOPE") << population << 404 << notFound;
        QTest::newRow("population: no credentials")
            << "" << QByteArray("PUT") << pop.arg("LA") << population << 401 << QStringLiteral("unauthorized");

        const QString settings = QStringLiteral("/api/v1/units/%1/settings");
        QTest::newRow("settings: viewer of the unit")
            << "viewer-la" << QByteArray("PUT") << settings.arg("LA") << m_settingsBody << 403 << forbidden;
        QTest::newRow("settings: UPG of the unit")
            << "upg-la" << QByteArray("PUT") << settings.arg("LA") << m_settingsBody << 403 << forbidden;
        QTest::newRow("settings: another unit's admin")
            << "admin-lb" << QByteArray("PUT") << settings.arg("LA") << m_settingsBody << 403 << forbidden;
        QTest::newRow("settings: the unit above, by the admin below")
            << "admin-la" << QByteArray("PUT") << settings.arg("KW") << m_settingsBody << 403 << forbidden;
        QTest::newRow("settings: unknown unit, national admin")
            << "nasional" << QByteArray("PUT") << settings.arg("NOPE") << m_settingsBody << 404 << notFound;

        const QString followup = QStringLiteral("/api/v1/units/%1/followups/{followup}");
        QTest::newRow("delete follow-up: viewer of the unit")
            << "viewer-la" << QByteArray("DELETE") << followup.arg("LA") << QByteArray() << 403 << forbidden;
        QTest::newRow("delete follow-up: UPG of the unit")
            << "upg-la" << QByteArray("DELETE") << followup.arg("LA") << QByteArray() << 403 << forbidden;
        QTest::newRow("delete follow-up: another unit's admin")
            << "admin-lb" << QByteArray("DELETE") << followup.arg("LA") << QByteArray() << 403 << forbidden;
        // LA's follow-up through LB's own path: LB has no such follow-up.
        QTest::newRow("delete follow-up: another unit's, through its own unit")
            << "admin-lb" << QByteArray("DELETE") << followup.arg("LB") << QByteArray() << 404 << notFound;

        const QString unpublish = QStringLiteral("/api/v1/units/%1/publications/{publication}/unpublish");
        QTest::newRow("unpublish: viewer of the unit")
            << "viewer-la" << QByteArray("POST") << unpublish.arg("LA") << QByteArray() << 403 << forbidden;
        QTest::newRow("unpublish: UPG of the unit")
            << "upg-la" << QByteArray("POST") << unpublish.arg("LA") << QByteArray() << 403 << forbidden;
        QTest::newRow("unpublish: another unit's admin")
            << "admin-lb" << QByteArray("POST") << unpublish.arg("LA") << QByteArray() << 403 << forbidden;
        QTest::newRow("unpublish: another unit's, through its own unit")
            << "admin-lb" << QByteArray("POST") << unpublish.arg("LB") << QByteArray() << 404 << notFound;

        const QByteArray rename = R"({"name":"Lapas Baru"})";
        const QString unit = QStringLiteral("/api/v1/units/%1");
        QTest::newRow("rename: viewer of the unit")
            << "viewer-la" << QByteArray("PATCH") << unit.arg("LA") << rename << 403 << forbidden;
        QTest::newRow("rename: UPG of the unit")
            << "upg-la" << QByteArray("PATCH") << unit.arg("LA") << rename << 403 << forbidden;
        QTest::newRow("rename: another unit's admin")
            << "admin-lb" << QByteArray("PATCH") << unit.arg("LA") << rename << 403 << forbidden;
        QTest::newRow("rename: the unit above, by the admin below")
            << "admin-la" << QByteArray("PATCH") << unit.arg("KW") << rename << 403 << forbidden;
        // The rename comes first in the handler; the refused move must take it back with it.
        QTest::newRow("rename with a refused move of the own unit")
            << "admin-la" << QByteArray("PATCH") << unit.arg("LA")
            << QByteArray(R"({"name":"Lapas Baru","parent":null})") << 403 << forbidden;
        QTest::newRow("rename: unknown unit, national admin")
            << "nasional" << QByteArray("PATCH") << unit.arg("NOPE") << rename << 404 << notFound;
    }

    void refusedAndNothingWritten()
    {
        QFETCH(QString, user);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QJsonObject before = state();
        const HttpResult r = as(user, method, withIds(path), body);
        QVERIFY2(r.status == status, qPrintable(QStringLiteral("%1 %2").arg(r.status).arg(QString::fromUtf8(r.body))));
        QCOMPARE(r.errorCode(), code);
        QVERIFY(r.isSuara());
        QCOMPARE(state(), before);
    }

    // The same changes by users who may make them: each one shows in the read-back, so the comparison
    // above would have seen a refusal that wrote.
    void allowedChangesShowInTheReadBack()
    {
        QJsonObject before = state();
        QCOMPARE(before.value("LA sample").toObject().value("population").toInt(), 500);
        QCOMPARE(as("admin-la", "PUT", "/api/v1/units/LA/population?period=2026-Q3", R"({"population":900})").status,
                 200);
        QJsonObject after = state();
        QCOMPARE(after.value("LA sample").toObject().value("population").toInt(), 900);
        QVERIFY(after != before);

        before = after;
        QCOMPARE(as("admin-kw", "PUT", "/api/v1/units/LA/settings", m_settingsBody).status, 200);
        after = state();
        QCOMPARE(after.value("LA settings").toObject().value("kiosk").toObject().value("cooldown").toInt(), 45);
        QCOMPARE(after.value("LA settings").toObject().value("version").toInt(),
                 before.value("LA settings").toObject().value("version").toInt() + 1);

        before = after;
        const HttpResult renamed = as("admin-kw", "PATCH", "/api/v1/units/LA", R"({"name":"Lapas Baru"})");
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json().value("name").toString(), QStringLiteral("Lapas Baru"));
        after = state();
        QVERIFY(after.value("units") != before.value("units"));

        before = after;
        QCOMPARE(as("admin-la", "POST", withIds("/api/v1/units/LA/publications/{publication}/unpublish")).status, 200);
        after = state();
        QCOMPARE(after.value("public LA").toInt(), 404);
        QCOMPARE(
            after.value("LA publications").toObject().value("publications").toArray().at(0).toObject().value("public"),
            QJsonValue(false));

        before = after;
        QCOMPARE(before.value("LA followups").toObject().value("followups").toArray().size(), 1);
        QCOMPARE(as("admin-kw", "DELETE", withIds("/api/v1/units/LA/followups/{followup}")).status, 200);
        after = state();
        QCOMPARE(after.value("LA followups").toObject().value("followups").toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerRefusals)
#include "tst_serverrefusals.moc"
