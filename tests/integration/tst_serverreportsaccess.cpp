// Who may see and change what in the unit tree: every refusal of the report, unit, follow-up and
// publication API, next to the same request that is allowed, and the public page that shows only
// what was published.
#include "reportsdata.h"
#include "spreadsheetreadback.h"

#include "scoring/csvtable.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;
using namespace suara::testing;

class TestServerReportsAccess : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;
    std::unique_ptr<KioskDevice> m_a, m_b;

    HttpResult as(const QString &user, const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        HttpClient http = m_fx.client();
        if (!user.isEmpty())
            http.setBasic(user, user + QStringLiteral("-sandi"));
        return http.send(method, path, body, {}, "application/json");
    }

    static QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

    // How many rows of each record type a records table (CSV, or an XLSX data sheet read back) holds.
    static QMap<QString, int> typesIn(const QList<QStringList> &rows)
    {
        QMap<QString, int> out;
        const qsizetype type = rows.isEmpty() ? -1 : rows.first().indexOf(QStringLiteral("type"));
        if (type < 0)
            return {{QStringLiteral("no type column"), 1}};
        for (const QStringList &row : rows.mid(1))
            ++out[row.value(type)];
        return out;
    }

private slots:
    void initTestCase()
    {
        SUARA_SERVER_FIXTURE_SETUP(m_fx);
        QString error;
        // KW above LA and LB (through the CLI), BK apart.
        QVERIFY2(m_fx.createUnit("KW", "Kanwil", &error), qPrintable(error));
        QVERIFY2(m_fx.createUnit("BK", "BKKBN Perwakilan", &error), qPrintable(error));
        for (const char *code : {"LA", "LB"})
            QVERIFY2(m_fx.createUnit(code, QStringLiteral("Lapas %1").arg(code), "KW", &error), qPrintable(error));
        const struct
        {
            const char *name, *role, *unit;
        } users[] = {
            {"nasional", "national_admin", ""}, {"admin-kw", "unit_admin", "KW"}, {"admin-la", "unit_admin", "LA"},
            {"viewer-la", "viewer", "LA"},      {"upg-kw", "upg", "KW"},          {"upg-lb", "upg", "LB"},
            {"viewer-kw", "viewer", "KW"}};
        for (const auto &u : users)
            QVERIFY2(m_fx.createUser(u.name, u.role, u.unit, QStringLiteral("%1-sandi").arg(u.name), &error),
                     qPrintable(error));
        m_a = enrolledDevice(m_fx, "LA", &error);
        QVERIFY2(m_a, qPrintable(error));
        m_b = enrolledDevice(m_fx, "LB", &error);
        QVERIFY2(m_b, qPrintable(error));
        const QDateTime q3 = localTime(QStringLiteral("2026-07-10T10:00:00"), 420);
        QVERIFY2(seal(*m_a, visitsWithTotal(4, 4 * 27 + 9, q3), &error), qPrintable(error));
        QVERIFY2(seal(*m_a,
                      QList<RecordDraft>{ackDraft(q3, "kunjungan", QJsonObject{{"kind", "asked"}, {"what", "money"}})},
                      &error),
                 qPrintable(error));
        // An officer's own report of a refused gift: the UPG's register, with the officer's name and NIP.
        QVERIFY2(seal(*m_a, QList<RecordDraft>{officerReportDraft("refusal", QDate(2026, 7, 9), q3)}, &error),
                 qPrintable(error));
        QVERIFY2(seal(*m_b, sameVisits(2, 2, q3), &error), qPrintable(error));
        QVERIFY2(seal(*m_b, QList<RecordDraft>{ackDraft(q3, "kunjungan", QJsonObject{{"kind", "offered"}})}, &error),
                 qPrintable(error));
        HttpClient http = m_fx.client();
        QVERIFY2(m_a->pushAll(http, 500, &error), qPrintable(error));
        QVERIFY2(m_b->pushAll(http, 500, &error), qPrintable(error));
    }

    void cliShowsTheTree()
    {
        const auto r = m_fx.server().cli({"units"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out),
                 QStringLiteral("BK  BKKBN Perwakilan\nKW  Kanwil\n  LA  Lapas LA\n  LB  Lapas LB\n"));
    }

    void unitAdminSeesOwnUnitOnly()
    {
        QCOMPARE(as("admin-la", "GET", "/api/v1/reports/skm?unit=LA&period=2026-Q3").status, 200);
        // A neighbouring Lapas and the Kanwil above are refused alike, with 403 (docs/api.md).
        for (const char *q : {"unit=LB", "unit=KW&subtree=1", "unit=BK", "unit=NOPE"}) {
            const HttpResult r = as("admin-la", "GET", QStringLiteral("/api/v1/reports/skm?period=2026-Q3&") + q);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
            QVERIFY(!r.body.contains("respondents"));
        }
        // Without unit= a unit-bound user gets their own unit.
        QCOMPARE(as("admin-la", "GET", "/api/v1/reports/skm?period=2026-Q3")
                     .json()
                     .value("scope")
                     .toObject()
                     .value("unit")
                     .toString(),
                 QStringLiteral("LA"));
        QCOMPARE(as("admin-la", "GET", "/api/v1/reports/comments?unit=LB&period=2026-Q3").status, 403);
        QCOMPARE(as("admin-la", "GET", "/api/v1/reports/zi?unit=LB&period=2026-Q3").status, 403);
        QCOMPARE(as("admin-la", "GET", "/api/v1/reports/alerts?unit=LB&period=2026-Q3").status, 403);
        QCOMPARE(as("admin-la", "GET", "/api/v1/units/LB/settings").status, 403);
        QCOMPARE(as("", "GET", "/api/v1/reports/skm?unit=LA&period=2026-Q3").status, 401);
    }

    void regionalAdminSeesTheUnitsBelow()
    {
        const HttpResult r = as("admin-kw", "GET", "/api/v1/reports/skm?unit=KW&subtree=1&period=2026-Q3");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("respondents").toInt(), 6);
        QCOMPARE(as("admin-kw", "GET", "/api/v1/reports/skm?unit=LB&period=2026-Q3").status, 200);
        QCOMPARE(as("admin-kw", "GET", "/api/v1/units/LB/settings").status, 200);
        QCOMPARE(as("admin-kw", "GET", "/api/v1/reports/skm?unit=BK&period=2026-Q3").status, 403);
        // The overview and the unit list hold the caller's subtree only.
        const QJsonArray units =
            as("admin-kw", "GET", "/api/v1/reports/overview?period=2026-Q3").json().value("units").toArray();
        QCOMPARE(units.size(), 3);
        QCOMPARE(as("admin-la", "GET", "/api/v1/units").json().value("units").toArray().size(), 1);
        QCOMPARE(as("nasional", "GET", "/api/v1/units").json().value("units").toArray().size(), 4);
        // Devices and alerts of a unit below are the ones asked for, not the Kanwil's own (it has none).
        const QJsonArray devices = as("admin-kw", "GET", "/api/v1/devices?unit=LB").json().value("devices").toArray();
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.first().toObject().value("unit").toString(), QStringLiteral("LB"));
        QCOMPARE(as("admin-kw", "GET", "/api/v1/devices").json().value("devices").toArray().size(), 0);
        QCOMPARE(as("admin-la", "GET", "/api/v1/devices?unit=LB").status, 403);
    }

    void upgSeesGratificationOfItsSubtreeOnly()
    {
        const HttpResult kw = as("upg-kw", "GET", "/api/v1/reports/gratification?unit=KW&subtree=1&period=2026-Q3");
        QCOMPARE(kw.status, 200);
        QCOMPARE(kw.json().value("solicitations").toArray().size(), 2);
        const HttpResult lb = as("upg-lb", "GET", "/api/v1/reports/gratification?unit=LB&period=2026-Q3");
        QCOMPARE(lb.status, 200);
        QCOMPARE(lb.json().value("solicitations").toArray().size(), 1);
        QCOMPARE(lb.json().value("solicitations").toArray().at(0).toObject().value("kind").toString(),
                 QStringLiteral("offered"));
        QCOMPARE(as("upg-lb", "GET", "/api/v1/reports/gratification?unit=LA&period=2026-Q3").status, 403);
        QCOMPARE(as("upg-lb", "GET", "/api/v1/reports/gratification?unit=KW&subtree=1&period=2026-Q3").status, 403);
        // Viewers read reports but not gratification data.
        QCOMPARE(as("viewer-kw", "GET", "/api/v1/reports/skm?unit=LA&period=2026-Q3").status, 200);
        QCOMPARE(as("viewer-kw", "GET", "/api/v1/reports/gratification?unit=LA&period=2026-Q3").status, 403);
    }

    // The records in an export are the ones the caller may read through the reports: a viewer gets no
    // gratification data (as GET /reports/gratification refuses them), a unit admin the visitors'
    // acknowledgements and solicitations but not the officers' own reports (the register's entries, with
    // names and NIPs, are the UPG's), the UPG and a national admin everything.
    void exportsHoldOnlyTheGratificationDataTheCallerMayRead()
    {
        const QMap<QString, int> responses{{QStringLiteral("response"), 4}};
        const QMap<QString, int> acks{{QStringLiteral("response"), 4}, {QStringLiteral("gratification_ack"), 1}};
        const QMap<QString, int> all{{QStringLiteral("response"), 4},
                                     {QStringLiteral("gratification_ack"), 1},
                                     {QStringLiteral("gratification_report"), 1}};
        const QList<std::pair<QString, QMap<QString, int>>> expected = {{QStringLiteral("viewer-la"), responses},
                                                                        {QStringLiteral("admin-la"), acks},
                                                                        {QStringLiteral("upg-kw"), all},
                                                                        {QStringLiteral("nasional"), all}};
        QTemporaryDir dir;
        QStringList workbooks;
        for (const auto &[user, types] : expected) {
            const HttpResult csv = as(user, "GET", "/api/v1/exports/records.csv?unit=LA&period=2026-Q3");
            QCOMPARE(csv.status, 200);
            scoring::CsvParseError error;
            const auto table = scoring::parseCsv(QString::fromUtf8(csv.body), &error);
            QVERIFY2(table, qPrintable(error.message));
            QCOMPARE(typesIn(table->rows), types);
            QCOMPARE(csv.body.contains("Rina Wulandari"), types.contains(QStringLiteral("gratification_report")));
            QCOMPARE(csv.body.contains("\"what\""), types.contains(QStringLiteral("gratification_ack")));
            const HttpResult xlsx = as(user, "GET", "/api/v1/exports/report.xlsx?unit=LA&period=2026-Q3");
            QCOMPARE(xlsx.status, 200);
            QFile file(dir.filePath(user + QStringLiteral(".xlsx")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(xlsx.body), qint64(xlsx.body.size()));
            file.close();
            workbooks << file.fileName();
        }
        const QString failed = convertWithLibreOffice(workbooks, dir.path(), Sheets::Every);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        for (const auto &[user, types] : expected) {
            const auto data = readCsvRows(dir.filePath(user + QStringLiteral("-Data.csv")));
            QVERIFY2(data, qPrintable(QDir(dir.path()).entryList().join(' ')));
            QCOMPARE(typesIn(*data), types);
        }
    }

    void followUpsByAdminsOnly()
    {
        const QByteArray action = json({{"unsur", "waktu"},
                                        {"action", "Tambah loket pada jam sibuk"},
                                        {"owner", "Kasubsi Registrasi"},
                                        {"due_date", "2026-10-31"},
                                        {"status", "planned"}});
        const HttpResult viewer = as("viewer-la", "POST", "/api/v1/units/LA/followups?period=2026-Q3", action);
        QCOMPARE(viewer.status, 403);
        QCOMPARE(as("upg-kw", "POST", "/api/v1/units/LA/followups?period=2026-Q3", action).status, 403);
        QCOMPARE(as("admin-la", "POST", "/api/v1/units/LB/followups?period=2026-Q3", action).status, 403);
        // Reading another unit's plan or publications is refused as its reports are.
        QCOMPARE(as("admin-la", "GET", "/api/v1/units/LB/followups?period=2026-Q3").status, 403);
        QCOMPARE(as("admin-la", "GET", "/api/v1/units/LB/publications").status, 403);
        QCOMPARE(as("upg-lb", "GET", "/api/v1/units/LA/followups?period=2026-Q3").status, 403);
        QCOMPARE(as("", "GET", "/api/v1/units/LA/followups?period=2026-Q3").status, 401);
        QCOMPARE(m_fx.scalar("SELECT COUNT(*) FROM followups").toInt(), 0);

        const HttpResult made = as("admin-la", "POST", "/api/v1/units/LA/followups?period=2026-Q3", action);
        QCOMPARE(made.status, 201);
        const qint64 id = made.json().value("id").toInteger();
        // The unit admin above may change it; the viewer may read it.
        const HttpResult changed =
            as("admin-kw", "PATCH", QStringLiteral("/api/v1/units/LA/followups/%1").arg(id), R"({"status":"done"})");
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value("status").toString(), QStringLiteral("done"));
        QCOMPARE(
            as("viewer-la", "PATCH", QStringLiteral("/api/v1/units/LA/followups/%1").arg(id), R"({"status":"planned"})")
                .status,
            403);
        const HttpResult list = as("viewer-la", "GET", "/api/v1/units/LA/followups?period=2026-Q3");
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value("followups").toArray().size(), 1);
        QCOMPARE(list.json().value("proposed_unsur").toArray().size(), 3);
        // The SKM report carries them.
        const QJsonArray inReport =
            as("viewer-la", "GET", "/api/v1/reports/skm?unit=LA&period=2026-Q3").json().value("followups").toArray();
        QCOMPARE(inReport.size(), 1);
        QCOMPARE(inReport.at(0).toObject().value("owner").toString(), QStringLiteral("Kasubsi Registrasi"));
        // Bad input is named and changes nothing.
        const HttpResult bad = as("admin-la", "PATCH", QStringLiteral("/api/v1/units/LA/followups/%1").arg(id),
                                  R"({"status":"finished"})");
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json().value("error").toObject().value("field").toString(), QStringLiteral("status"));
        QCOMPARE(
            as("admin-la", "PATCH", QStringLiteral("/api/v1/units/LB/followups/%1").arg(id), R"({"status":"done"})")
                .status,
            403);
        QCOMPARE(
            as("admin-kw", "PATCH", QStringLiteral("/api/v1/units/LB/followups/%1").arg(id), R"({"status":"done"})")
                .status,
            404);
        QCOMPARE(as("admin-la", "DELETE", QStringLiteral("/api/v1/units/LA/followups/%1").arg(id)).status, 200);
        QCOMPARE(m_fx.scalar("SELECT COUNT(*) FROM followups").toInt(), 0);
    }

    void unitTreeChangesWithinOwnSubtree()
    {
        QCOMPARE(as("admin-la", "POST", "/api/v1/units", json({{"code", "LA-1"}, {"name", "Pos LA"}, {"parent", "LB"}}))
                     .status,
                 403);
        QCOMPARE(as("admin-la", "POST", "/api/v1/units", json({{"code", "LA-1"}, {"name", "Pos LA"}})).status, 403);
        QCOMPARE(
            as("viewer-la", "POST", "/api/v1/units", json({{"code", "LA-1"}, {"name", "Pos LA"}, {"parent", "LA"}}))
                .status,
            403);
        QCOMPARE(as("admin-la", "POST", "/api/v1/units", json({{"code", "LA-1"}, {"name", "Pos LA"}, {"parent", "LA"}}))
                     .status,
                 201);
        // The new unit is visible to its admin at once (their subtree), not to the neighbour's.
        QCOMPARE(as("admin-la", "GET", "/api/v1/reports/skm?unit=LA-1&period=2026-Q3").status, 200);
        QCOMPARE(as("upg-lb", "GET", "/api/v1/reports/skm?unit=LA-1&period=2026-Q3").status, 403);
        // No cycles, and a unit admin cannot move their own unit.
        const HttpResult cycle = as("nasional", "PATCH", "/api/v1/units/KW", R"({"parent":"LA-1"})");
        QCOMPARE(cycle.status, 400);
        QCOMPARE(cycle.json().value("error").toObject().value("field").toString(), QStringLiteral("parent"));
        QCOMPARE(as("nasional", "PATCH", "/api/v1/units/KW", R"({"parent":"KW"})").status, 400);
        QCOMPARE(as("admin-la", "PATCH", "/api/v1/units/LA", R"({"parent":null})").status, 403);
        QCOMPARE(as("admin-kw", "PATCH", "/api/v1/units/LA-1", R"({"parent":"BK"})").status, 403);
        QCOMPARE(as("admin-kw", "PATCH", "/api/v1/units/LA-1", R"({"parent":"LB"})").status, 200);
        QCOMPARE(m_fx.scalar("SELECT parent_code FROM units WHERE code = 'LA-1'").toString(), QStringLiteral("LB"));
        QCOMPARE(as("admin-la", "GET", "/api/v1/reports/skm?unit=LA-1&period=2026-Q3").status, 403);
        const auto r = m_fx.server().cli({"move-unit", "--code", "KW", "--parent", "LB"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cycle"), r.err.constData());
        QCOMPARE(m_fx.scalar("SELECT parent_code FROM units WHERE code = 'KW'").isNull(), true);
    }

    void publicPageShowsOnlyWhatIsPublished()
    {
        // Nothing published yet: the page says so and carries no figure.
        HttpResult page = as("", "GET", "/public/units/LA");
        QCOMPARE(page.status, 404);
        QVERIFY(page.header("content-type").startsWith("text/html"));
        QVERIFY(page.body.contains("belum menerbitkan"));
        QVERIFY(!page.body.contains("IKM)"));
        QCOMPARE(as("", "GET", "/api/v1/public/units/LA").status, 404);

        QCOMPARE(as("viewer-la", "POST", "/api/v1/units/LA/publications?period=2026-Q3").status, 403);
        QCOMPARE(as("admin-la", "POST", "/api/v1/units/LB/publications?period=2026-Q3").status, 403);
        QCOMPARE(as("admin-la", "POST", "/api/v1/units/LA/publications?period=2026-Q1").status, 400); // no responses
        const HttpResult pub = as("admin-la", "POST", "/api/v1/units/LA/publications?period=2026-Q3");
        QCOMPARE(pub.status, 201);
        // 4 respondents, total 117 of 36 answers: 25 × 117 / 36 = 81,25 B.
        QCOMPARE(pub.json().value("ikm_hundredths").toInt(), 8125);
        const qint64 id = pub.json().value("id").toInteger();

        page = as("", "GET", "/public/units/LA");
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("81,25"));
        QVERIFY(page.body.contains("Baik"));
        // The period in words, not its canonical key.
        QVERIFY2(page.body.contains("Triwulan III 2026"), page.body.constData());
        QVERIFY(!page.body.contains("2026-Q3"));
        // The period's ends and the day of publication in words too, not as ISO dates.
        QVERIFY2(page.body.contains("1 Juli – 30 September 2026"), page.body.constData());
        QVERIFY(
            !QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}")).match(QString::fromUtf8(page.body)).hasMatch());
        QVERIFY(!page.body.contains("admin-la"));
        QVERIFY(!page.body.contains("http://") && !page.body.contains("https://") && !page.body.contains("<script"));
        const HttpResult en = as("", "GET", "/public/units/LA?lang=en");
        QVERIFY(en.body.contains("81.25"));
        QVERIFY(en.body.contains("Public Satisfaction Index"));
        QVERIFY(en.body.contains("Quarter III 2026"));
        QVERIFY2(en.body.contains("1 July – 30 September 2026"), en.body.constData());
        const QJsonObject pj = as("", "GET", "/api/v1/public/units/LA").json();
        QCOMPARE(pj.value("ikm_rounded").toDouble(), 81.25);
        QCOMPARE(pj.value("category").toString(), QStringLiteral("B"));
        QVERIFY(!pj.contains("published_by"));
        // Only LA's result: LB has published nothing.
        QCOMPARE(as("", "GET", "/public/units/LB").status, 404);
        // The device of LA gets it in its settings document.
        HttpClient device = m_fx.client();
        device.setBearer(m_a->token());
        QCOMPARE(
            device.get("/api/v1/settings").json().value("published_result").toObject().value("ikm_hundredths").toInt(),
            8125);
        device.setBearer(m_b->token());
        QVERIFY(!device.get("/api/v1/settings").json().contains("published_result"));

        QCOMPARE(as("viewer-la", "POST", QStringLiteral("/api/v1/units/LA/publications/%1/unpublish").arg(id)).status,
                 403);
        QCOMPARE(as("admin-la", "POST", QStringLiteral("/api/v1/units/LA/publications/%1/unpublish").arg(id)).status,
                 200);
        page = as("", "GET", "/public/units/LA");
        QCOMPARE(page.status, 404);
        QVERIFY(!page.body.contains("81,25"));
        QCOMPARE(as("", "GET", "/api/v1/public/units/LA").status, 404);
        const QJsonArray history =
            as("viewer-la", "GET", "/api/v1/units/LA/publications").json().value("publications").toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).toObject().value("public").toBool(), false);
    }

    void seedDemoFillsEveryReport()
    {
        // On its own empty database, as scripts/run.sh starts one.
        ServerFixture demo;
        QString error;
        QVERIFY2(demo.setUp(&error), qPrintable(error));
        const auto seeded = demo.server().cli({"seed-demo"});
        QVERIFY2(seeded.exitCode == 0, seeded.err.constData());
        QVERIFY2(seeded.out.contains("lapas-yk") && seeded.out.contains("suara-demo"), seeded.out.constData());
        const QDate today = QDate::currentDate();
        const QString range =
            QStringLiteral("from=%1&to=%2").arg(today.addMonths(-6).toString(Qt::ISODate), today.toString(Qt::ISODate));
        HttpClient http = demo.client();
        http.setBasic(QStringLiteral("lapas-yk"), QStringLiteral("suara-demo"));
        const QJsonObject skm = http.get(QStringLiteral("/api/v1/reports/skm?") + range).json();
        QVERIFY2(skm.value("respondents").toInt() >= 100, QJsonDocument(skm).toJson().left(300).constData());
        QVERIFY(skm.value("misuse_flagged").toInt() > 0);
        QVERIFY(skm.value("skm").toObject().value("ikm_hundredths").toInt() > 2500);
        QVERIFY(!skm.value("profile").toObject().value("gender").toObject().isEmpty());
        QCOMPARE(http.get(QStringLiteral("/api/v1/reports/gratification?") + range)
                     .json()
                     .value("solicitations")
                     .toArray()
                     .size(),
                 1);
        QVERIFY(http.get(QStringLiteral("/api/v1/reports/zi?") + range).json().value("surveys").toArray().size() == 1);
        QCOMPARE(http.get(QStringLiteral("/api/v1/reports/skm?unit=KB-SLM&") + range).status, 403);
        http.setBasic(QStringLiteral("upg-kanwil"), QStringLiteral("suara-demo"));
        QCOMPARE(http.get(QStringLiteral("/api/v1/reports/gratification?unit=KW-DIY&subtree=1&") + range)
                     .json()
                     .value("solicitations")
                     .toArray()
                     .size(),
                 2);
        // Running it again changes nothing.
        const auto again = demo.server().cli({"seed-demo"});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("already present"));
    }
};

QTEST_GUILESS_MAIN(TestServerReportsAccess)
#include "tst_serverreportsaccess.moc"
