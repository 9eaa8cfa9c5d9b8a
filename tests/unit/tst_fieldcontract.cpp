// The field contract (issue 9, docs/protocol.md §2.1 and §4): DeviceConfig's field values and their
// parsing, the settings document's officers and regions, the record keys the server accepts, and the
// device store's evidence table.
#include "crypto/pinhash.h"
#include "domain/deviceconfig.h"
#include "protocol/unitsettings.h"
#include "protocol/wirerecord.h"
#include "store/evidencestore.h"
#include "store/localstore.h"
#include "store/migrations.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "testrecords.h"

using namespace suara;

namespace {
QJsonObject kioskJson(const QJsonObject &extra = {})
{
    QJsonObject k = protocol::KioskConfig().toJson();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        k.insert(it.key(), it.value());
    return k;
}

OfficerEntry officer(const QString &id)
{
    return OfficerEntry{id, QStringLiteral("Sri Wahyuni"), QStringLiteral("198703122010012001"),
                        QStringLiteral("PKB Ahli Pertama"), pinhash::hash(QStringLiteral("482913"))};
}

RegionEntry caturtunggal()
{
    return RegionEntry{QStringLiteral("34.04.07.2001"), QStringLiteral("Caturtunggal"), QStringLiteral("Depok"),
                       QStringLiteral("Kabupaten Sleman"), QStringLiteral("Daerah Istimewa Yogyakarta")};
}

QByteArray bodyWith(const QJsonObject &data, const QString &officerId = {})
{
    RecordDraft d = testing::skmDraft(3);
    d.mode = QStringLiteral("field");
    d.officer = officerId;
    for (auto it = data.begin(); it != data.end(); ++it)
        d.data.insert(it.key(), it.value());
    return recordformat::body(d, QStringLiteral("r1"), QStringLiteral("dev"), 1);
}

QByteArray pngBytes(char fill)
{
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, fill);
}
} // namespace

class TestFieldContract : public QObject
{
    Q_OBJECT

private slots:
    void regionCodes()
    {
        QCOMPARE(fieldformat::regionLevel(QStringLiteral("34")), fieldformat::kProvince);
        QCOMPARE(fieldformat::regionLevel(QStringLiteral("34.04")), fieldformat::kKabupaten);
        QCOMPARE(fieldformat::regionLevel(QStringLiteral("34.04.07")), fieldformat::kKecamatan);
        QCOMPARE(fieldformat::regionLevel(QStringLiteral("34.04.07.2001")), fieldformat::kDesa);
        for (const char *bad : {"", "3", "34.4", "34.04.07.201", "34.04.07.2001.1", "34-04", "ab.cd", "34.04."})
            QVERIFY2(fieldformat::regionLevel(QLatin1String(bad)) == 0, bad);
        QCOMPARE(fieldformat::parentRegion(QStringLiteral("34.04.07.2001")), QStringLiteral("34.04.07"));
        QCOMPARE(fieldformat::parentRegion(QStringLiteral("34")), QString());
        QVERIFY(fieldformat::isOfficerId(QStringLiteral("sri-wahyuni-2")));
        for (const char *bad : {"", "Sri", "sri_w", "sri w", "a12345678901234567890123456789012345678901"})
            QVERIFY2(!fieldformat::isOfficerId(QLatin1String(bad)), bad);
    }

    void deviceConfigRoundTrip()
    {
        DeviceConfig c;
        QCOMPARE(c.deviceMode, DeviceMode::Kiosk);
        QCOMPARE(c.officerLockMinutes, 5);
        QCOMPARE(c.offlineWarningDays, 7);
        QVERIFY(!c.allowLocation);
        c.deviceMode = DeviceMode::Field;
        c.officerLockMinutes = 15;
        c.offlineWarningDays = 21;
        c.allowLocation = true;
        c.officers = {officer(QStringLiteral("sri")), officer(QStringLiteral("budi"))};
        c.regions = {caturtunggal()};
        const std::optional<DeviceConfig> back = DeviceConfig::fromJson(c.toJson());
        QVERIFY(back);
        QCOMPARE(*back, c);
        // A document of an older build has none of the keys: the defaults, not an error.
        const std::optional<DeviceConfig> old = DeviceConfig::fromJson(R"({"unit_name":"Lapas"})");
        QVERIFY(old);
        QCOMPARE(old->deviceMode, DeviceMode::Kiosk);
        QVERIFY(old->officers.isEmpty());
    }

    void deviceConfigRefusesDamage()
    {
        DeviceConfig c;
        c.officers = {officer(QStringLiteral("sri"))};
        QJsonObject o = QJsonDocument::fromJson(c.toJson()).object();
        QJsonObject broken = o;
        broken.insert(QStringLiteral("device_mode"), QStringLiteral("tablet"));
        QVERIFY(!DeviceConfig::fromJson(QJsonDocument(broken).toJson()));
        broken = o;
        QJsonObject noHash = officer(QStringLiteral("sri")).toJson();
        noHash.remove(QStringLiteral("pin_hash"));
        broken.insert(QStringLiteral("officers"), QJsonArray{noHash});
        QVERIFY(!DeviceConfig::fromJson(QJsonDocument(broken).toJson()));
        // Numbers out of range are brought within it (as every kiosk number is), never kept.
        o.insert(QStringLiteral("officer_lock_minutes"), 500);
        o.insert(QStringLiteral("offline_warning_days"), 0);
        const auto clamped = DeviceConfig::fromJson(QJsonDocument(o).toJson());
        QVERIFY(clamped);
        QCOMPARE(clamped->officerLockMinutes, 120);
        QCOMPARE(clamped->offlineWarningDays, 1);
    }

    void kioskConfigRanges_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("lock 1") << "officer_lock_minutes" << QJsonValue(1) << true;
        QTest::newRow("lock 120") << "officer_lock_minutes" << QJsonValue(120) << true;
        QTest::newRow("lock 0") << "officer_lock_minutes" << QJsonValue(0) << false;
        QTest::newRow("lock 121") << "officer_lock_minutes" << QJsonValue(121) << false;
        QTest::newRow("lock text") << "officer_lock_minutes" << QJsonValue("5") << false;
        QTest::newRow("offline 60") << "offline_warning_days" << QJsonValue(60) << true;
        QTest::newRow("offline 61") << "offline_warning_days" << QJsonValue(61) << false;
        QTest::newRow("mode field") << "device_mode" << QJsonValue("field") << true;
        QTest::newRow("mode other") << "device_mode" << QJsonValue("tablet") << false;
        QTest::newRow("location") << "allow_location" << QJsonValue(true) << true;
        QTest::newRow("location text") << "allow_location" << QJsonValue("yes") << false;
    }

    void kioskConfigRanges()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(bool, valid);
        protocol::ApiError error;
        const auto k = protocol::KioskConfig::parse(kioskJson({{key, value}}), QStringLiteral("kiosk"), &error);
        QCOMPARE(k.has_value(), valid);
        if (!valid)
            QCOMPARE(error.field, QStringLiteral("kiosk.") + key);
        else
            QCOMPARE(k->toJson().value(key), value);
    }

    void kioskConfigDefaults()
    {
        QJsonObject k = kioskJson();
        for (const char *key : {"device_mode", "officer_lock_minutes", "offline_warning_days", "allow_location"})
            k.remove(QLatin1String(key));
        protocol::ApiError error;
        const auto parsed = protocol::KioskConfig::parse(k, QStringLiteral("kiosk"), &error);
        QVERIFY2(parsed, qPrintable(error.message));
        QCOMPARE(parsed->deviceMode, DeviceMode::Kiosk);
        QCOMPARE(parsed->officerLockMinutes, configrange::kOfficerLockMinutes.fallback);
        QCOMPARE(parsed->offlineWarningDays, configrange::kOfflineWarningDays.fallback);
        QVERIFY(!parsed->allowLocation);
    }

    void settingsDocumentLists()
    {
        protocol::SettingsDocument d;
        d.unitCode = QStringLiteral("PKB-DEPOK");
        d.kiosk.deviceMode = DeviceMode::Field;
        d.officers = {officer(QStringLiteral("sri"))};
        d.regions = {caturtunggal()};
        const QByteArray json = QJsonDocument(d.toJson()).toJson();
        protocol::ApiError error;
        const auto back = protocol::SettingsDocument::parse(json, &error);
        QVERIFY2(back, qPrintable(error.message));
        QCOMPARE(back->officers, d.officers);
        QCOMPARE(back->regions, d.regions);
        QCOMPARE(back->kiosk.deviceMode, DeviceMode::Field);

        // A kecamatan code where a desa belongs, or an officer twice: the whole document is refused.
        QJsonObject o = d.toJson();
        RegionEntry kecamatan = caturtunggal();
        kecamatan.code = QStringLiteral("34.04.07");
        o.insert(QStringLiteral("regions"), QJsonArray{kecamatan.toJson()});
        QVERIFY(!protocol::SettingsDocument::parse(QJsonDocument(o).toJson(), &error));
        QCOMPARE(error.field, QStringLiteral("regions"));
        QVERIFY2(error.message.contains(QLatin1String("regions[0]")), qPrintable(error.message));
        o = d.toJson();
        o.insert(QStringLiteral("officers"),
                 officersToJson({officer(QStringLiteral("sri")), officer(QStringLiteral("sri"))}));
        QVERIFY(!protocol::SettingsDocument::parse(QJsonDocument(o).toJson(), &error));
        QVERIFY2(error.message.contains(QLatin1String("twice")), qPrintable(error.message));
        // A document without the lists (a kiosk unit) has none.
        protocol::SettingsDocument plain;
        const auto noLists = protocol::SettingsDocument::parse(QJsonDocument(plain.toJson()).toJson(), &error);
        QVERIFY(noLists && noLists->officers.isEmpty() && noLists->regions.isEmpty());
        QVERIFY(!plain.toJson().contains(QLatin1String("officers")));
    }

    void bodyFieldKeys_data()
    {
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<QString>("officerId");
        QTest::addColumn<bool>("valid");
        const QJsonObject region{{"code", "34.04.07.2001"}, {"name", "Caturtunggal"}};
        const QJsonObject location{{"lat", -7.77}, {"lon", 110.38}, {"accuracyM", 12}};
        QTest::newRow("none") << QJsonObject() << QString() << true;
        QTest::newRow("all") << QJsonObject{{"administered", "read_aloud"}, {"region", region}, {"location", location}}
                             << "sri" << true;
        QTest::newRow("handed over") << QJsonObject{{"administered", "handed_over"}} << "sri" << true;
        QTest::newRow("officer bad") << QJsonObject() << "Sri W" << false;
        QTest::newRow("administered bad") << QJsonObject{{"administered", "self"}} << "sri" << false;
        QTest::newRow("region kecamatan")
            << QJsonObject{{"region", QJsonObject{{"code", "34.04.07"}, {"name", "Depok"}}}} << "sri" << false;
        QTest::newRow("region no name") << QJsonObject{{"region", QJsonObject{{"code", "34.04.07.2001"}}}} << "sri"
                                        << false;
        QTest::newRow("lat 91") << QJsonObject{{"location", QJsonObject{{"lat", 91}, {"lon", 110}}}} << "sri" << false;
        QTest::newRow("lon -181") << QJsonObject{{"location", QJsonObject{{"lat", -7}, {"lon", -181}}}} << "sri"
                                  << false;
        QTest::newRow("lat text") << QJsonObject{{"location", QJsonObject{{"lat", "-7"}, {"lon", 110}}}} << "sri"
                                  << false;
        QTest::newRow("accuracy negative")
            << QJsonObject{{"location", QJsonObject{{"lat", -7}, {"lon", 110}, {"accuracyM", -1}}}} << "sri" << false;
    }

    void bodyFieldKeys()
    {
        QFETCH(QJsonObject, data);
        QFETCH(QString, officerId);
        QFETCH(bool, valid);
        const std::optional<protocol::BodyInfo> info = protocol::parseBody(bodyWith(data, officerId));
        QCOMPARE(info.has_value(), valid);
        if (valid)
            QCOMPARE(info->officer, officerId);
    }

    void officerKeyIsSigned()
    {
        // The key is part of the body text, so the hash covers it.
        QVERIFY(bodyWith({}, QStringLiteral("sri")).contains("\"officer\":\"sri\""));
        QVERIFY(!bodyWith({}).contains("officer"));
    }

    void evidenceWithItsRecord()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("s.db")));
        QVERIFY(store.open().ok());
        QCOMPARE(store.schemaVersion(), migrations::latestVersion()); // the evidence table came with step 4
        RecordDraft report = testing::skmDraft(4);
        report.type = RecordType::GratificationReport;
        const EvidenceFile photo = EvidenceFile::of(pngBytes('p'), QStringLiteral("image/png"));
        const EvidenceFile signature = EvidenceFile::of(pngBytes('s'), QStringLiteral("image/png"));
        report.data = QJsonObject{{QStringLiteral("photo"), photo.reference()},
                                  {QStringLiteral("signature"), signature.reference()}};
        report.evidence = {photo, signature};
        QList<Record> sealed;
        QVERIFY(store.append({testing::skmDraft(3), report}, &sealed).ok());

        EvidenceStore evidence(store.database());
        const auto unsent = evidence.unsent();
        QVERIFY(unsent.ok());
        QCOMPARE(unsent->size(), 2);
        QCOMPARE(unsent->at(0).sha256, photo.sha256);
        QCOMPARE(unsent->at(0).recordId, sealed.at(1).id);
        QCOMPARE(unsent->at(0).bytes, photo.bytes);
        QCOMPARE(unsent->at(1).sha256, signature.sha256);
        QCOMPARE(evidence.ofRecord(sealed.at(1).id)->size(), 2);
        QVERIFY(evidence.ofRecord(sealed.at(0).id)->isEmpty());

        const QDateTime at = QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00.000Z"), Qt::ISODateWithMs);
        QVERIFY(evidence.markSent(photo.sha256, at).ok());
        QVERIFY(evidence.markSent(photo.sha256, at.addSecs(60)).ok()); // again: a no-op, the first time stays
        QCOMPARE(evidence.unsent()->size(), 1);
        QCOMPARE(evidence.file(photo.sha256)->value().sentAt, at);
        QVERIFY(!evidence.markSent(QString(64, QLatin1Char('0')), at).ok());
        QVERIFY(evidence.file(QString(64, QLatin1Char('0')))->has_value() == false);

        // The bytes are as immutable as the record.
        QSqlQuery q(store.database());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM evidence")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE evidence SET bytes = x'00', size = 1")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE evidence SET sent_at = NULL")));
        QCOMPARE(evidence.file(photo.sha256)->value().bytes, photo.bytes);
    }

    void badEvidenceSavesNothing()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("s.db")));
        QVERIFY(store.open().ok());
        RecordDraft report = testing::skmDraft(4);
        report.type = RecordType::GratificationReport;
        EvidenceFile photo = EvidenceFile::of(pngBytes('p'), QStringLiteral("image/png"));
        photo.sha256 = EvidenceFile::of(pngBytes('q'), photo.type).sha256; // names other bytes
        report.evidence = {photo};
        const StoreError err = store.append({testing::skmDraft(3), report});
        QVERIFY(!err.ok());
        QVERIFY2(err.message.contains(QLatin1String("sha256")), qPrintable(err.message));
        QCOMPARE(store.lastSeq().value(), 0); // neither record: the visit before it went in the same call
        QVERIFY(EvidenceStore(store.database()).unsent()->isEmpty());

        EvidenceFile gif = EvidenceFile::of(pngBytes('g'), QStringLiteral("image/gif"));
        QVERIFY(!gif.problem().isEmpty());
        EvidenceFile huge = EvidenceFile::of(QByteArray(evidence::kMaxBytes + 1, 'x'), QStringLiteral("image/jpeg"));
        QVERIFY(!huge.problem().isEmpty());
        QVERIFY(EvidenceFile::of(pngBytes('p'), QStringLiteral("image/png")).problem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFieldContract)
#include "tst_fieldcontract.moc"
