// The UPG's gratification register through a real server: an officer's signed report and visitors'
// solicitation reports become entries with their working-day deadlines, every refusal of the rights
// (a unit admin sees counts only, a viewer nothing, a UPG only its subtree), the status workflow with
// its append-only audit trail, and the calendar the national admin keeps.
#include "childprocess.h"
#include "reportsdata.h"

#include <QDir>
#include <QTemporaryDir>

#include <QJsonArray>
#include <QTest>

using namespace suara;
using namespace suara::testing;

class TestServerRegister : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;
    std::unique_ptr<KioskDevice> m_a, m_b;

    HttpResult as(const QString &user, const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        HttpClient http = m_fx.client();
        if (!user.isEmpty())
            http.setBasic(user, user + QStringLiteral("-sandi"));
        const QByteArray bytes = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        return http.send(method, path, bytes, {}, "application/json");
    }

    QJsonArray entries(const QString &user, const QString &query)
    {
        const HttpResult r = as(user, "GET", QStringLiteral("/api/v1/register?") + query);
        if (r.status != 200)
            qWarning("register %s: %d %s", qPrintable(query), r.status, r.body.constData());
        return r.json().value("entries").toArray();
    }

    QJsonObject officerEntry(const QString &kind)
    {
        for (const QJsonValue &v : entries("nasional", "unit=KW&subtree=1")) {
            if (v.toObject().value("origin").toString() == "officer" && v.toObject().value("kind").toString() == kind)
                return v.toObject();
        }
        return {};
    }

    HttpResult act(const QString &user, qint64 id, const QJsonObject &body)
    {
        return as(user, "POST", QStringLiteral("/api/v1/register/%1/actions").arg(id), body);
    }

private slots:
    void initTestCase()
    {
        SUARA_SERVER_FIXTURE_SETUP(m_fx);
        QString error;
        QVERIFY2(m_fx.createUnit("KW", "Kanwil", &error), qPrintable(error));
        for (const char *code : {"LA", "LB"})
            QVERIFY2(m_fx.createUnit(code, QStringLiteral("Lapas %1").arg(code), "KW", &error), qPrintable(error));
        const struct
        {
            const char *name, *role, *unit;
        } users[] = {
            {"nasional", "national_admin", ""}, {"admin-la", "unit_admin", "LA"}, {"admin-kw", "unit_admin", "KW"},
            {"viewer-la", "viewer", "LA"},      {"upg-kw", "upg", "KW"},          {"upg-lb", "upg", "LB"}};
        for (const auto &u : users)
            QVERIFY2(m_fx.createUser(u.name, u.role, u.unit, QStringLiteral("%1-sandi").arg(u.name), &error),
                     qPrintable(error));
        // The shipped, decreed 2026 list, through the CLI as the national admin would import it.
        const auto imported = m_fx.server().cli(
            {"holidays-import", QStringLiteral(SUARA_SOURCE_DIR "/core/resources/calendar/id-holidays-2026.csv")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY(imported.out.contains("25 days imported"));

        m_a = enrolledDevice(m_fx, "LA", &error);
        QVERIFY2(m_a, qPrintable(error));
        m_b = enrolledDevice(m_fx, "LB", &error);
        QVERIFY2(m_b, qPrintable(error));
        const QDateTime march = localTime(QStringLiteral("2026-03-18T10:00:00"), 420);
        // LA: a visit with a statement of no reward (not an entry), a visitor's report, and an officer's
        // refusal of 17 March 2026 reported the day after, plus a receipt of today.
        QVERIFY2(seal(*m_a, QList<RecordDraft>{ackDraft(march, "kunjungan")}, &error), qPrintable(error));
        QVERIFY2(
            seal(*m_a,
                 QList<RecordDraft>{ackDraft(march, "kunjungan", QJsonObject{{"kind", "asked"}, {"what", "money"}})},
                 &error),
            qPrintable(error));
        QVERIFY2(seal(*m_a, QList<RecordDraft>{officerReportDraft("refusal", QDate(2026, 3, 17), march)}, &error),
                 qPrintable(error));
        QVERIFY2(
            seal(*m_a,
                 QList<RecordDraft>{officerReportDraft("receipt", QDate::currentDate(), QDateTime::currentDateTime())},
                 &error),
            qPrintable(error));
        QVERIFY2(seal(*m_b, QList<RecordDraft>{ackDraft(march, "kunjungan", QJsonObject{{"kind", "offered"}})}, &error),
                 qPrintable(error));
        HttpClient http = m_fx.client();
        QVERIFY2(m_a->pushAll(http, 500, &error), qPrintable(error));
        QVERIFY2(m_b->pushAll(http, 500, &error), qPrintable(error));
    }

    void everyReportBecomesAnEntry()
    {
        const QJsonArray all = entries("upg-kw", "unit=KW&subtree=1");
        QCOMPARE(all.size(), 4); // 2 visitors' reports, 2 officers' reports; the no_reward statement is none
        const QJsonObject refusal = officerEntry("refusal");
        QCOMPARE(refusal.value("unit").toString(), QStringLiteral("LA"));
        QCOMPARE(refusal.value("officer").toString(), QStringLiteral("Rina Wulandari (NIP 199003122015032001)"));
        QCOMPARE(refusal.value("value_idr").toInteger(), 500000);
        QCOMPARE(refusal.value("status").toString(), QStringLiteral("received"));
        QCOMPARE(refusal.value("details").toObject().value("giver").toObject().value("name").toString(),
                 QStringLiteral("Bapak S."));
        QCOMPARE(refusal.value("missing").toArray().size(), 0);
        // The law counts from the day of the offer, not the day of the report: 17 March + 30 working
        // days through Lebaran, Good Friday and 1 May is 7 May 2026 (tst_calendar counts it by hand).
        QCOMPARE(refusal.value("received_on").toString(), QStringLiteral("2026-03-17"));
        const QJsonObject d = refusal.value("deadlines").toObject();
        QCOMPARE(d.value("kpk_report").toString(), QStringLiteral("2026-05-07"));
        QCOMPARE(d.value("kpk_report_provisional").toBool(), false);
        QCOMPARE(d.value("urgency").toString(), QStringLiteral("overdue"));
        // The receipt of today is not mistaken for an overdue one.
        const QJsonObject receipt = officerEntry("receipt");
        QCOMPARE(receipt.value("deadlines").toObject().value("urgency").toString(), QStringLiteral("on_track"));
        QVERIFY(receipt.value("deadlines").toObject().value("kpk_report").toString()
                > QDate::currentDate().toString(Qt::ISODate));
        // A visitor's report: no officer, nothing missing (it asks for no name), the day it was made.
        for (const QJsonValue &v : all) {
            const QJsonObject e = v.toObject();
            if (e.value("origin").toString() != "visitor")
                continue;
            QCOMPARE(e.value("officer").toString(), QString());
            QCOMPARE(e.value("received_on").toString(), QStringLiteral("2026-03-18"));
            QVERIFY(e.value("details").toObject().contains("kind"));
        }
        const QJsonObject counts =
            as("upg-kw", "GET", "/api/v1/register?unit=KW&subtree=1").json().value("counts").toObject();
        QCOMPARE(counts.value("total").toInt(), 4);
        QCOMPARE(counts.value("overdue").toInt(), 3);
        QCOMPARE(counts.value("by_origin").toObject().value("officer").toInt(), 2);
    }

    void rights()
    {
        const qint64 refusal = officerEntry("refusal").value("id").toInteger();
        QVERIFY(refusal > 0);
        // A unit admin sees counts only: no entries, no officer, and no entry or action.
        const HttpResult admin = as("admin-la", "GET", "/api/v1/register?unit=LA");
        QCOMPARE(admin.status, 200);
        QCOMPARE(admin.json().value("details").toBool(), false);
        QVERIFY(!admin.json().contains("entries"));
        QVERIFY(!admin.body.contains("Rina"));
        QCOMPARE(admin.json().value("counts").toObject().value("total").toInt(), 3);
        for (const char *user : {"admin-la", "admin-kw"}) {
            const HttpResult one = as(user, "GET", QStringLiteral("/api/v1/register/%1").arg(refusal));
            QCOMPARE(one.status, 403);
            QCOMPARE(one.errorCode(), QStringLiteral("forbidden"));
            QVERIFY(!one.body.contains("Rina"));
            QCOMPARE(act(user, refusal, {{"action", "verify"}}).status, 403);
        }
        // Nor do officers' reports show in the visitors' solicitation report a unit admin reads.
        const HttpResult solicitations = as("admin-la", "GET", "/api/v1/reports/gratification?unit=LA&period=2026-Q1");
        QCOMPARE(solicitations.status, 200);
        QCOMPARE(solicitations.json().value("solicitations").toArray().size(), 1);
        QCOMPARE(solicitations.json().value("solicitations").toArray().at(0).toObject().value("kind").toString(),
                 QStringLiteral("asked"));
        // A viewer sees nothing of it.
        QCOMPARE(as("viewer-la", "GET", "/api/v1/register?unit=LA").status, 403);
        QCOMPARE(as("viewer-la", "GET", QStringLiteral("/api/v1/register/%1").arg(refusal)).status, 403);
        QCOMPARE(act("viewer-la", refusal, {{"action", "verify"}}).status, 403);
        // The UPG of another Lapas: refused the unit, and the entry is not found among its own.
        QCOMPARE(as("upg-lb", "GET", "/api/v1/register?unit=LA").status, 403);
        QCOMPARE(as("upg-lb", "GET", "/api/v1/register?unit=KW&subtree=1").status, 403);
        QCOMPARE(as("upg-lb", "GET", QStringLiteral("/api/v1/register/%1").arg(refusal)).status, 404);
        QCOMPARE(act("upg-lb", refusal, {{"action", "verify"}}).status, 404);
        const QJsonArray own = entries("upg-lb", "unit=LB");
        QCOMPARE(own.size(), 1);
        QCOMPARE(own.at(0).toObject().value("kind").toString(), QStringLiteral("offered"));
        // The UPG above and a national admin see the entry; nobody without credentials.
        QCOMPARE(as("upg-kw", "GET", QStringLiteral("/api/v1/register/%1").arg(refusal)).status, 200);
        QCOMPARE(as("nasional", "GET", QStringLiteral("/api/v1/register/%1").arg(refusal)).status, 200);
        QCOMPARE(as("", "GET", "/api/v1/register?unit=LA").status, 401);
        // Nothing changed by the refusals.
        QCOMPARE(officerEntry("refusal").value("status").toString(), QStringLiteral("received"));
    }

    void workflowAndAuditTrail()
    {
        const qint64 id = officerEntry("refusal").value("id").toInteger();
        auto refused = [&](const QJsonObject &body, const char *field) {
            const HttpResult r = act("upg-kw", id, body);
            if (r.status != 400 || r.json().value("error").toObject().value("field").toString() != QLatin1String(field))
                qWarning("%s -> %d %s", QJsonDocument(body).toJson(QJsonDocument::Compact).constData(), r.status,
                         r.body.constData());
            return r.status == 400
                && r.json().value("error").toObject().value("field").toString() == QLatin1String(field);
        };
        QVERIFY(refused({{"action", "forward"}, {"gol_reference", "GOL-1"}}, "action")); // not verified yet
        QVERIFY(refused({{"action", "fly"}}, "action"));
        QVERIFY(refused({{"action", "close"}}, "note")); // closing unforwarded needs a reason
        HttpResult r = act("upg-kw", id, {{"action", "verify"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("status").toString(), QStringLiteral("verifying"));
        QVERIFY(refused({{"action", "incomplete"}}, "note"));
        r = act("upg-kw", id, {{"action", "incomplete"}, {"note", "Foto amplop belum dilampirkan."}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("incomplete_since").toString(), QDate::currentDate().toString(Qt::ISODate));
        QVERIFY(!r.json().value("deadlines").toObject().value("completion").toString().isEmpty());
        QVERIFY(refused({{"action", "forward"}, {"gol_reference", "GOL-1"}}, "action")); // still incomplete
        QCOMPARE(act("upg-kw", id, {{"action", "complete"}}).status, 200);
        QVERIFY(refused({{"action", "forward"}}, "gol_reference"));
        r = act("upg-kw", id, {{"action", "forward"}, {"gol_reference", "GOL-2026-000123"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("gol_reference").toString(), QStringLiteral("GOL-2026-000123"));
        // Forwarded: the KPK deadline no longer runs, so it is no longer overdue.
        QCOMPARE(r.json().value("deadlines").toObject().value("running").toBool(), false);
        QVERIFY(refused({{"action", "decide"}}, "decision"));
        QCOMPARE(act("upg-kw", id, {{"action", "decide"}, {"decision", "SK KPK: milik negara"}}).status, 200);
        r = act("nasional", id, {{"action", "close"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("status").toString(), QStringLiteral("closed"));
        QVERIFY(refused({{"action", "verify"}}, "action"));

        const QJsonArray audit =
            as("upg-kw", "GET", QStringLiteral("/api/v1/register/%1").arg(id)).json().value("audit").toArray();
        QStringList trail;
        for (const QJsonValue &v : audit) {
            const QJsonObject a = v.toObject();
            trail << QStringLiteral("%1 %2 %3>%4")
                         .arg(a.value("actor").toString(), a.value("action").toString(), a.value("from").toString(),
                              a.value("to").toString());
            QVERIFY(!a.value("at").toString().isEmpty());
        }
        QCOMPARE(trail,
                 (QStringList{QStringLiteral("device:%1 received >received").arg(m_a->id()),
                              "upg-kw verify received>verifying", "upg-kw incomplete verifying>verifying",
                              "upg-kw complete verifying>verifying", "upg-kw forward verifying>forwarded",
                              "upg-kw decide forwarded>decided", "nasional close decided>closed"}));
        QCOMPARE(audit.at(2).toObject().value("note").toString(), QStringLiteral("Foto amplop belum dilampirkan."));
        QVERIFY(audit.at(4).toObject().value("note").toString().contains("GOL-2026-000123"));
        // The trail is append-only in the database itself.
        QVERIFY(!m_fx.execute(QStringLiteral("UPDATE register_audit SET note = 'x'")));
        QVERIFY(!m_fx.execute(QStringLiteral("DELETE FROM register_audit")));
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT COUNT(*) FROM register_audit WHERE entry_id = ?"), {id}).toInt(),
                 7);
    }

    void monthlyRecap()
    {
        // Refused to a unit admin (it names officers) and a UPG of another Lapas.
        QCOMPARE(as("admin-la", "GET", "/api/v1/exports/register.pdf?unit=LA&month=2026-03").status, 403);
        QCOMPARE(as("upg-lb", "GET", "/api/v1/exports/register.xlsx?unit=LA&month=2026-03").status, 403);
        const HttpResult bad = as("upg-kw", "GET", "/api/v1/exports/register.pdf?unit=LA&month=2026-3");
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json().value("error").toObject().value("field").toString(), QStringLiteral("month"));

        QTemporaryDir dir;
        const auto save = [&](const QByteArray &body, const QString &name) {
            QFile f(dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(body) == body.size();
        };
        const HttpResult pdf = as("upg-kw", "GET", "/api/v1/exports/register.pdf?unit=KW&subtree=1&month=2026-03");
        QCOMPARE(pdf.status, 200);
        QVERIFY(pdf.body.startsWith("%PDF-"));
        QCOMPARE(pdf.header("content-length").toLongLong(), qint64(pdf.body.size()));
        QVERIFY(pdf.header("content-disposition").contains("suara-upg-KW-2026-03.pdf"));
        QVERIFY(save(pdf.body, QStringLiteral("recap.pdf")));
        const ChildRun text =
            runChild(QStringLiteral("pdftotext"),
                     {QStringLiteral("-layout"), dir.filePath("recap.pdf"), QStringLiteral("-")}, {}, 60'000);
        QVERIFY2(text.finished && text.exitCode == 0, text.err.constData());
        const QString out = QString::fromUtf8(text.out);
        // (pdftotext may give "fi" back as its ligature, so the title is matched without it.)
        QVERIFY2(
            out.contains(QRegularExpression(QStringLiteral("Laporan Berkala Pengendalian Grati.{1,2}kasi — 2026-03"))),
            qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Rina Wulandari")), qPrintable(out));
        // The March reports: the refusal and the two visitors' (the receipt of today is another month).
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("Laporan diterima bulan ini\\s+3"))), qPrintable(out));
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("penolakan oleh petugas\\s+1"))), qPrintable(out));

        const HttpResult xlsx =
            as("upg-kw", "GET", "/api/v1/exports/register.xlsx?unit=KW&subtree=1&month=2026-03&lang=en");
        QCOMPARE(xlsx.status, 200);
        QVERIFY(xlsx.body.startsWith("PK\x03\x04"));
        QVERIFY(save(xlsx.body, QStringLiteral("recap.xlsx")));
        // Read back by LibreOffice, every sheet to CSV.
        const ChildRun run =
            runChild(QStringLiteral("soffice"),
                     {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo-profile")),
                      QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                      QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"),
                      QStringLiteral("--outdir"), dir.path(), dir.filePath(QStringLiteral("recap.xlsx"))},
                     {}, 180'000);
        QVERIFY2(run.finished && run.exitCode == 0, (run.out + run.err).constData());
        QFile month(dir.filePath(QStringLiteral("recap-This month.csv")));
        QVERIFY2(month.open(QIODevice::ReadOnly), qPrintable(QDir(dir.path()).entryList().join(' ')));
        const QString rows = QString::fromUtf8(month.readAll());
        QVERIFY2(rows.contains(QStringLiteral("Rina Wulandari (NIP 199003122015032001)")), qPrintable(rows));
        QVERIFY2(rows.contains(QStringLiteral("500000")), qPrintable(rows));
        QVERIFY2(rows.contains(QStringLiteral("2026-05-07")), qPrintable(rows));
        QCOMPARE(rows.count(QLatin1Char('\n')), 4); // the header and three reports
        QFile summary(dir.filePath(QStringLiteral("recap-Summary.csv")));
        QVERIFY(summary.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(summary.readAll()).contains(QStringLiteral("Reports received this month,3")));
    }

    void calendar()
    {
        const HttpResult y2026 = as("viewer-la", "GET", "/api/v1/calendar/2026");
        QCOMPARE(y2026.status, 200);
        QCOMPARE(y2026.json().value("status").toString(), QStringLiteral("official"));
        QCOMPARE(y2026.json().value("days").toArray().size(), 25);
        QCOMPARE(as("nasional", "GET", "/api/v1/calendar/2031").status, 404);
        const QJsonObject year{
            {"status", "provisional"},
            {"source", "rancangan"},
            {"days",
             QJsonArray{QJsonObject{
                 {"date", "2031-01-01"}, {"kind", "national"}, {"name_id", "Tahun Baru"}, {"name_en", "New Year"}}}}};
        for (const char *user : {"admin-kw", "upg-kw", "viewer-la"})
            QCOMPARE(as(user, "PUT", "/api/v1/calendar/2031", year).status, 403);
        QCOMPARE(as("nasional", "GET", "/api/v1/calendar/2031").status, 404);
        QJsonObject bad = year;
        bad.insert(
            "days",
            QJsonArray{QJsonObject{{"date", "2030-12-31"}, {"kind", "national"}, {"name_id", "a"}, {"name_en", "b"}}});
        const HttpResult badPut = as("nasional", "PUT", "/api/v1/calendar/2031", bad);
        QCOMPARE(badPut.status, 400);
        QCOMPARE(badPut.json().value("error").toObject().value("field").toString(), QStringLiteral("days[0].date"));
        QCOMPARE(as("nasional", "PUT", "/api/v1/calendar/2031", year).status, 200);
        const HttpResult got = as("admin-la", "GET", "/api/v1/calendar/2031");
        QCOMPARE(got.json().value("days").toArray().size(), 1);
        QCOMPARE(got.json().value("status").toString(), QStringLiteral("provisional"));
        const auto printed = m_fx.server().cli({"holidays", "--year", "2031"});
        QCOMPARE(printed.exitCode, 0);
        QVERIFY(printed.out.contains("2031-01-01,national,Tahun Baru,New Year"));
    }

    void backfillRegistersStoredReports()
    {
        // A database from before the register (schema 5) with these reports already stored: starting
        // the server registers each of them once, with its first audit line.
        QCOMPARE(m_fx.server().terminate(), 0);
        QVERIFY(m_fx.execute(QStringLiteral("DROP TABLE register_audit")));
        QVERIFY(m_fx.execute(QStringLiteral("DROP TABLE register_entries")));
        QVERIFY(m_fx.execute(QStringLiteral("UPDATE schema_version SET version = 5")));
        QString error;
        QVERIFY2(m_fx.server().start(&error), qPrintable(error));
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(),
                 9); // the latest schema version (server/db/schema.cpp): these tests run the server, not its library
        const QJsonArray all = entries("nasional", "unit=KW&subtree=1");
        QCOMPARE(all.size(), 4);
        for (const QJsonValue &v : all)
            QCOMPARE(v.toObject().value("status").toString(), QStringLiteral("received"));
        QCOMPARE(officerEntry("refusal").value("deadlines").toObject().value("kpk_report").toString(),
                 QStringLiteral("2026-05-07"));
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT COUNT(*) FROM register_audit")).toInt(), 4);
        // The audit trail is append-only again after the step ran once more.
        QVERIFY(!m_fx.execute(QStringLiteral("DELETE FROM register_audit")));
    }

    void entriesNameTheirServiceInTheUnitsWords()
    {
        // The UPG reads a visitor's report under the service's name, as the reports give it: the
        // built-in Lapas profile while the unit has no list of its own.
        const auto visitorOfLA = [this] {
            for (const QJsonValue &v : entries("upg-kw", "unit=LA")) {
                if (v.toObject().value("origin").toString() == "visitor")
                    return v.toObject();
            }
            return QJsonObject();
        };
        QCOMPARE(visitorOfLA().value("service").toString(), QStringLiteral("kunjungan"));
        QCOMPARE(visitorOfLA().value("service_name").toObject(),
                 (QJsonObject{{"id", "Layanan kunjungan"}, {"en", "Visits"}}));
        // Once the unit names the service itself, the list and the entry page both use its words.
        const HttpResult read = as("nasional", "GET", "/api/v1/units/LA/settings");
        QCOMPARE(read.status, 200);
        QJsonObject doc = read.json();
        doc.remove("version");
        doc.insert("services",
                   QJsonObject{{"format", 1},
                               {"profile", "lapas-la"},
                               {"title", QJsonObject{{"id", "Lapas A"}, {"en", "Prison A"}}},
                               {"services",
                                QJsonArray{QJsonObject{
                                    {"key", "kunjungan"},
                                    {"label", QJsonObject{{"id", "Kunjungan keluarga"}, {"en", "Family visits"}}}}}}});
        const HttpResult put = as("nasional", "PUT", "/api/v1/units/LA/settings", doc);
        QVERIFY2(put.status == 200, put.body.constData());
        const QJsonObject own{{"id", "Kunjungan keluarga"}, {"en", "Family visits"}};
        QCOMPARE(visitorOfLA().value("service_name").toObject(), own);
        const qint64 id = visitorOfLA().value("id").toInteger();
        const HttpResult one = as("upg-kw", "GET", QStringLiteral("/api/v1/register/%1").arg(id));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().value("service_name").toObject(), own);
        // LB's report of the same key keeps the built-in words: a unit's list names its own entries only.
        const QJsonArray lb = entries("upg-kw", "unit=LB");
        QCOMPARE(lb.size(), 1);
        QCOMPARE(lb.at(0).toObject().value("service_name").toObject().value("en").toString(), QStringLiteral("Visits"));
    }
};

QTEST_GUILESS_MAIN(TestServerRegister)
#include "tst_serverregister.moc"
