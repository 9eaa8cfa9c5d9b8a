// Field mode on a real server (issue 9): the Kemendagri region list imported from a CSV (a bad row is
// refused with its line and keeps the earlier list), a unit's area and officers going out to its devices
// with the settings (version bumped on every change, the PIN only as its Argon2id hash), and the
// field keys of a record body accepted or refused at push.
#include "crypto/pinhash.h"
#include "protocol/unitsettings.h"
#include "reportsdata.h"
#include "tabletprofile.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;
using namespace suara::testing;

namespace {
const QString kSample = QStringLiteral(SUARA_SOURCE_DIR "/core/resources/regions/kemendagri-sample.csv");
}

class TestServerField : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;
    std::unique_ptr<KioskDevice> m_device;
    QTemporaryDir m_files;

    HttpResult as(const QString &user, const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        HttpClient http = m_fx.client();
        http.setBasic(user, user + QStringLiteral("-sandi"));
        const QByteArray bytes = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        return http.send(method, path, bytes, {}, "application/json");
    }

    // The settings document as the device gets it, parsed the way the kiosk parses it.
    std::optional<protocol::SettingsDocument> deviceSettings(QJsonObject *raw = nullptr)
    {
        HttpClient http = m_fx.client();
        http.setBearer(m_device->token());
        const HttpResult r = http.get(QStringLiteral("/api/v1/settings"));
        if (r.status != 200) {
            qWarning("settings: %d %s", r.status, r.body.constData());
            return std::nullopt;
        }
        if (raw)
            *raw = r.json();
        protocol::ApiError error;
        auto doc = protocol::SettingsDocument::parse(r.body, &error);
        if (!doc)
            qWarning("settings do not parse: %s", qPrintable(error.message));
        return doc;
    }

    QString writeFile(const QString &name, const QByteArray &text)
    {
        QFile f(m_files.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return {};
        return f.fileName();
    }

    int regionCount() { return int(as("nasional", "GET", "/api/v1/regions").json().value("regions").toArray().size()); }

private slots:
    void initTestCase()
    {
        SUARA_SERVER_FIXTURE_SETUP(m_fx);
        QString error;
        QVERIFY2(m_fx.createUnit("PKB", "Balai Penyuluhan KB Depok", &error), qPrintable(error));
        QVERIFY2(m_fx.createUnit("LAIN", "Unit lain", &error), qPrintable(error));
        for (const auto &[name, role, unit] :
             {std::tuple{"nasional", "national_admin", ""}, std::tuple{"admin-pkb", "unit_admin", "PKB"},
              std::tuple{"admin-lain", "unit_admin", "LAIN"}})
            QVERIFY2(m_fx.createUser(name, role, unit, QStringLiteral("%1-sandi").arg(name), &error),
                     qPrintable(error));
        m_device = enrolledDevice(m_fx, "PKB", &error);
        QVERIFY2(m_device, qPrintable(error));
    }

    void regionsImport()
    {
        const auto r = m_fx.server().cli({"regions-import", kSample});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("6 regions imported"), r.out.constData());
        const QJsonArray depok =
            as("admin-pkb", "GET", "/api/v1/regions?under=34.04.07").json().value("regions").toArray();
        QCOMPARE(depok.size(), 4); // the kecamatan and its three desa
        QCOMPARE(depok.at(1).toObject().value("code").toString(), QStringLiteral("34.04.07.2001"));
        QCOMPARE(depok.at(1).toObject().value("name").toString(), QStringLiteral("Caturtunggal"));
        QCOMPARE(depok.at(1).toObject().value("level").toInt(), 4);
        // Again: harmless, nothing twice.
        QCOMPARE(m_fx.server().cli({"regions-import", kSample}).exitCode, 0);
        QCOMPARE(regionCount(), 6);
    }

    void badRegionRowsKeepTheList_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QByteArray>("why");
        QTest::newRow("bad code") << QByteArray("code;name\n34.04.08;Berbah\n34.04.8.2001;Sendangtirto\n")
                                  << QByteArray("line 3");
        QTest::newRow("no name") << QByteArray("34.04.08;Berbah\n34.04.08.2001;\n") << QByteArray("line 2");
        QTest::newRow("orphan") << QByteArray("34.04.08.2001;Sendangtirto\n") << QByteArray("line 1");
        QTest::newRow("twice") << QByteArray("34.04.08;Berbah\n34.04.08;Berbah\n") << QByteArray("line 2");
        QTest::newRow("three cells") << QByteArray("34.04.08;Berbah;x\n") << QByteArray("line 1");
    }

    void badRegionRowsKeepTheList()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QByteArray, why);
        const auto r = m_fx.server().cli({"regions-import", writeFile(QStringLiteral("bad.csv"), csv)});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(why), r.err.constData());
        // The rows before the bad one were not imported either, and the earlier list is intact.
        QCOMPARE(regionCount(), 6);
    }

    void regionsApi()
    {
        const QJsonObject body{{"csv", "34.04.08;Berbah\n34.04.08.2001;Sendangtirto\n"}};
        QCOMPARE(as("admin-pkb", "PUT", "/api/v1/regions", body).status, 403);
        QCOMPARE(regionCount(), 6);
        const HttpResult bad = as("nasional", "PUT", "/api/v1/regions", QJsonObject{{"csv", "34.04.08.2001;X\n"}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json().value("error").toObject().value("field").toString(), QStringLiteral("line 1"));
        const HttpResult ok = as("nasional", "PUT", "/api/v1/regions", body);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value("imported").toInt(), 2);
        QCOMPARE(regionCount(), 8);
    }

    void unitAreaGoesToDevices()
    {
        const int before = deviceSettings()->version;
        QVERIFY(deviceSettings()->regions.isEmpty());
        // Not a region that exists: refused, nothing changed.
        const auto unknown = m_fx.server().cli({"unit-settings", "--unit", "PKB", "--regions", "34.05"});
        QVERIFY(unknown.exitCode != 0);
        QVERIFY2(unknown.err.contains("34.05"), unknown.err.constData());
        const auto r = m_fx.server().cli({"unit-settings", "--unit", "PKB", "--device-mode", "field", "--regions",
                                          "34.04.07", "--offline-warning", "14", "--allow-location", "yes"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto doc = deviceSettings();
        QVERIFY(doc);
        QVERIFY(doc->version > before);
        QCOMPARE(doc->kiosk.deviceMode, DeviceMode::Field);
        QCOMPARE(doc->kiosk.offlineWarningDays, 14);
        QCOMPARE(doc->kiosk.officerLockMinutes, 5);
        QVERIFY(doc->kiosk.allowLocation);
        // The three desa of Kecamatan Depok, none of Berbah, each with the names of its levels.
        QCOMPARE(doc->regions.size(), 3);
        QCOMPARE(
            doc->regions.at(0),
            (RegionEntry{"34.04.07.2001", "Caturtunggal", "Depok", "Kabupaten Sleman", "Daerah Istimewa Yogyakarta"}));
        QCOMPARE(doc->regions.at(2).name, QStringLiteral("Condongcatur"));
        // Out of range through the API: refused, named.
        QJsonObject put = as("admin-pkb", "GET", "/api/v1/units/PKB/settings").json();
        QCOMPARE(put.value("region_prefixes").toArray(), QJsonArray{"34.04.07"});
        QVERIFY(!put.contains("officers")); // the admin's document is the PUT body
        QJsonObject kiosk = put.value("kiosk").toObject();
        kiosk.insert("officer_lock_minutes", 121);
        put.insert("kiosk", kiosk);
        put.remove("version");
        const HttpResult refused = as("admin-pkb", "PUT", "/api/v1/units/PKB/settings", put);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value("error").toObject().value("field").toString(),
                 QStringLiteral("kiosk.officer_lock_minutes"));
        kiosk.insert("officer_lock_minutes", 10);
        put.insert("kiosk", kiosk);
        QCOMPARE(as("admin-pkb", "PUT", "/api/v1/units/PKB/settings", put).status, 200);
        QCOMPARE(deviceSettings()->kiosk.officerLockMinutes, 10);
        QCOMPARE(deviceSettings()->regions.size(), 3); // prefixes kept through the round trip
    }

    // The dashboard's region filter: one level of the unit's area at a time, from the province down,
    // for someone who may read the unit's reports; another unit's admin is refused.
    void unitAreaOneLevelAtATime()
    {
        const auto codes = [&](const QString &user, const QString &path) {
            QStringList out;
            for (const QJsonValue &r : as(user, "GET", path).json().value("regions").toArray())
                out << r.toObject().value("code").toString();
            return out;
        };
        QCOMPARE(codes("admin-pkb", "/api/v1/regions?unit=PKB"), QStringList{"34"});
        QCOMPARE(codes("admin-pkb", "/api/v1/regions?unit=PKB&parent=34"), QStringList{"34.04"});
        // Berbah (34.04.08) exists but lies outside the unit's area (34.04.07).
        QCOMPARE(codes("admin-pkb", "/api/v1/regions?unit=PKB&parent=34.04"), QStringList{"34.04.07"});
        QCOMPARE(codes("admin-pkb", "/api/v1/regions?unit=PKB&parent=34.04.07"),
                 (QStringList{"34.04.07.2001", "34.04.07.2002", "34.04.07.2003"}));
        QCOMPARE(codes("nasional", "/api/v1/regions?unit=PKB&parent=34.04.07").size(), 3);
        const HttpResult desa = as("admin-pkb", "GET", "/api/v1/regions?unit=PKB&parent=34.04.07");
        QCOMPARE(desa.json().value("regions").toArray().at(0).toObject().value("name").toString(),
                 QStringLiteral("Caturtunggal"));

        const HttpResult other = as("admin-lain", "GET", "/api/v1/regions?unit=PKB&parent=34.04.07");
        QCOMPARE(other.status, 403);
        QVERIFY2(!other.body.contains("Caturtunggal"), other.body.constData());
        // A unit without an area has nothing to filter by; the normal answer, not an error.
        const HttpResult none = as("admin-lain", "GET", "/api/v1/regions?unit=LAIN");
        QCOMPARE(none.status, 200);
        QCOMPARE(none.json().value("regions").toArray().size(), 0);
        for (const char *bad :
             {"/api/v1/regions?unit=PKB&parent=34.4", "/api/v1/regions?unit=PKB&parent=34.04.07.2001"}) {
            const HttpResult r = as("admin-pkb", "GET", QString::fromLatin1(bad));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json().value("error").toObject().value("field").toString(), QStringLiteral("parent"));
        }
    }

    void officers()
    {
        const int before = deviceSettings()->version;
        const QJsonObject sri{{"id", "sri-wahyuni"},
                              {"name", "Sri Wahyuni"},
                              {"nip", "198703122010012001"},
                              {"position", "PKB Ahli Pertama"},
                              {"pin", "482913"}};
        QJsonObject weak = sri;
        weak.insert("pin", "123456");
        HttpResult r = as("admin-pkb", "POST", "/api/v1/units/PKB/officers", weak);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value("error").toObject().value("field").toString(), QStringLiteral("pin"));
        QJsonObject badId = sri;
        badId.insert("id", "Sri Wahyuni");
        QCOMPARE(as("admin-pkb", "POST", "/api/v1/units/PKB/officers", badId).status, 400);
        QCOMPARE(as("admin-lain", "POST", "/api/v1/units/PKB/officers", sri).status, 403);
        QCOMPARE(deviceSettings()->version, before); // nothing changed by the refusals

        r = as("admin-pkb", "POST", "/api/v1/units/PKB/officers", sri);
        QCOMPARE(r.status, 201);
        QVERIFY2(!r.body.contains("pin"), r.body.constData()); // neither the PIN nor its hash is shown
        QCOMPARE(as("admin-pkb", "POST", "/api/v1/units/PKB/officers", sri).status, 400); // the id is taken
        const auto cli = m_fx.server().cli(
            {"officer-add", "--unit", "PKB", "--id", "budi", "--name", "Budi Santoso", "--position", "PLKB"},
            "730519\n");
        QVERIFY2(cli.exitCode == 0, cli.err.constData());
        const auto listed = m_fx.server().cli({"officers", "--unit", "PKB"});
        QVERIFY(listed.out.contains("budi") && listed.out.contains("sri-wahyuni") && !listed.out.contains("argon"));

        QJsonObject raw;
        const auto doc = deviceSettings(&raw);
        QVERIFY(doc);
        QVERIFY(doc->version > before);
        QCOMPARE(doc->officers.size(), 2);
        const OfficerEntry &first = doc->officers.at(1);
        QCOMPARE(first.id, QStringLiteral("sri-wahyuni"));
        QCOMPARE(first.nip, QStringLiteral("198703122010012001"));
        QVERIFY(!QJsonDocument(raw).toJson().contains("482913")); // only the hash travels
        QVERIFY(pinhash::verify(first.pinHash, QStringLiteral("482913")));
        QVERIFY(!pinhash::verify(first.pinHash, QStringLiteral("482914")));
        QVERIFY(pinhash::verify(doc->officers.at(0).pinHash, QStringLiteral("730519")));

        const int withBoth = doc->version;
        QCOMPARE(as("admin-pkb", "DELETE", "/api/v1/units/PKB/officers/budi").status, 200);
        QCOMPARE(as("admin-pkb", "DELETE", "/api/v1/units/PKB/officers/budi").status, 404);
        const auto after = deviceSettings();
        QVERIFY(after->version > withBoth);
        QCOMPARE(after->officers.size(), 1);
        QCOMPARE(after->officers.at(0).id, QStringLiteral("sri-wahyuni"));
    }

    void fieldRecordsAtPush()
    {
        RecordDraft good = skmDraft(sameVisits(1, 4, localTime(QStringLiteral("2026-11-10T09:00:00"), 420)).first());
        good.mode = QStringLiteral("field");
        good.officer = QStringLiteral("sri-wahyuni");
        good.data.insert("administered", "read_aloud");
        good.data.insert("region", QJsonObject{{"code", "34.04.07.2001"}, {"name", "Caturtunggal"}});
        good.data.insert("location", QJsonObject{{"lat", -7.7713}, {"lon", 110.3878}, {"accuracyM", 12}});
        RecordDraft bad = good;
        bad.data.insert("location", QJsonObject{{"lat", -97.7}, {"lon", 110.3878}});
        QString error;
        QVERIFY2(seal(*m_device, QList<RecordDraft>{good, bad}, &error), qPrintable(error));
        HttpClient http = m_fx.client();
        const HttpResult r = m_device->push(http, m_device->records());
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.json().value("results").toArray();
        QCOMPARE(results.at(0).toObject().value("status").toString(), QStringLiteral("accepted"));
        QCOMPARE(results.at(1).toObject().value("status").toString(), QStringLiteral("rejected"));
        QCOMPARE(results.at(1).toObject().value("reason").toString(), QStringLiteral("malformed_body"));
    }

    // The SKM report of one village and period counts exactly that village's records of the period, with
    // their profile (in the codes the tablet writes); a kecamatan sums its desa; the counter kiosk's
    // records (no region) are in neither.
    void villageReport()
    {
        KioskDevice tablet;
        {
            HttpClient http = m_fx.client();
            QString error;
            QCOMPARE(tablet.enroll(http, m_fx.enrollmentCode("PKB", &error)).status, 201);
        }
        const QString male = tabletProfileCode("gender", "Male"), female = tabletProfileCode("gender", "Female");
        const QString age = tabletProfileCode("age", "30–39");
        const QString education = tabletProfileCode("education", "Senior high (SMA/SMK)");
        const QString occupation = tabletProfileCode("occupation", "Self-employed");
        const auto interview = [&](const char *code, const char *name, const QString &day, const QString &gender) {
            Visit v = sameVisits(1, 3, localTime(day + QStringLiteral("T09:30:00"), 420)).first();
            v.service = QStringLiteral("konseling");
            v.profile =
                QJsonObject{{"gender", gender}, {"age", age}, {"education", education}, {"occupation", occupation}};
            RecordDraft d = skmDraft(v);
            d.mode = QStringLiteral("field");
            d.officer = QStringLiteral("sri-wahyuni");
            d.data.insert("administered", "handed_over");
            d.data.insert("region", QJsonObject{{"code", code}, {"name", name}});
            return d;
        };
        QList<RecordDraft> drafts;
        for (int i = 0; i < 5; ++i)
            drafts << interview("34.04.07.2001", "Caturtunggal", QStringLiteral("2026-10-%1").arg(10 + i),
                                i < 2 ? male : female);
        for (int i = 0; i < 3; ++i)
            drafts << interview("34.04.07.2002", "Maguwoharjo", QStringLiteral("2026-10-20"), female);
        drafts << interview("34.04.07.2001", "Caturtunggal", QStringLiteral("2026-09-30"), male); // before
        drafts << interview("34.04.07.2001", "Caturtunggal", QStringLiteral("2026-11-01"), male); // after
        for (const Visit &v : sameVisits(4, 2, localTime(QStringLiteral("2026-10-15T10:00:00"), 420)))
            drafts << skmDraft(v); // a counter kiosk's visitors: no region
        QString error;
        QVERIFY2(seal(tablet, drafts, &error), qPrintable(error));
        HttpClient http = m_fx.client();
        QVERIFY2(tablet.pushAll(http, 200, &error), qPrintable(error));

        const auto report = [&](const QString &region) {
            return as("admin-pkb", "GET",
                      QStringLiteral("/api/v1/reports/skm?unit=PKB&from=2026-10-01&to=2026-10-31") + region)
                .json();
        };
        const QJsonObject desa = report(QStringLiteral("&region=34.04.07.2001"));
        QCOMPARE(desa.value("respondents").toInt(), 5);
        QCOMPARE(desa.value("scope").toObject().value("region").toString(), QStringLiteral("34.04.07.2001"));
        QCOMPARE(desa.value("profile").toObject(),
                 (QJsonObject{{"gender", QJsonObject{{male, 2}, {female, 3}}},
                              {"age", QJsonObject{{age, 5}}},
                              {"education", QJsonObject{{education, 5}}},
                              {"occupation", QJsonObject{{occupation, 5}}}}));
        QCOMPARE(report(QStringLiteral("&region=34.04.07")).value("profile").toObject().value("gender").toObject(),
                 (QJsonObject{{male, 2}, {female, 6}}));
        QCOMPARE(desa.value("skm").toObject().value("ikm").toDouble(), 75.0); // every answer 3
        QCOMPARE(report(QStringLiteral("&region=34.04.07.2002")).value("respondents").toInt(), 3);
        QCOMPARE(report(QStringLiteral("&region=34.04.07")).value("respondents").toInt(), 8);
        QCOMPARE(report(QStringLiteral("&region=34.04.08.2001")).value("respondents").toInt(), 0);
        // Without a region: the unit's whole month, the counter's visitors included.
        QCOMPARE(report(QString()).value("respondents").toInt(), 5 + 3 + 4);
        const HttpResult bad = as("admin-pkb", "GET", "/api/v1/reports/skm?unit=PKB&period=2026-Q4&region=34.4");
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json().value("error").toObject().value("field").toString(), QStringLiteral("region"));
    }
};

QTEST_GUILESS_MAIN(TestServerField)
#include "tst_serverfield.moc"
