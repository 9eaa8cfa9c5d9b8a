// Records in: exactly once at volume and under concurrency, and the integrity alerts of protocol §5.3.
#include "crypto/hashchain.h"
#include "kioskdevice.h"
#include "protocol/pushbatch.h"
#include "store/keyfile.h"
#include "serverfixture.h"

#include <QElapsedTimer>
#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace suara;
using namespace suara::testing;
using protocol::RecordStatus;

namespace {
QList<protocol::RecordResult> results(const HttpResult &r)
{
    protocol::ApiError error;
    const auto parsed = protocol::PushResponse::parse(r.body, &error);
    return parsed ? parsed->results : QList<protocol::RecordResult>();
}

QString statuses(const QList<protocol::RecordResult> &rs)
{
    QStringList out;
    for (const auto &r : rs)
        out << QStringLiteral("%1:%2%3").arg(r.seq).arg(protocol::recordStatusName(r.status),
                                                        r.reason.isEmpty() ? QString() : "/" + r.reason);
    return out.join(' ');
}
} // namespace

class TestServerPush : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;

    std::unique_ptr<KioskDevice> enrolledDevice(HttpClient &http)
    {
        QString error;
        const QString code = m_fx.enrollmentCode("LPYK-01", &error);
        auto device = std::make_unique<KioskDevice>();
        const HttpResult r = device->enroll(http, code);
        if (r.status != 201)
            qWarning("enroll: %d %s %s", r.status, r.body.constData(), qPrintable(error));
        return device;
    }

    // Open alerts of a device: kind -> [first_seq, last_seq] of each.
    QMultiMap<QString, QPair<qint64, qint64>> openAlerts(const QString &deviceId)
    {
        QMultiMap<QString, QPair<qint64, qint64>> out;
        for (const QVariantList &row : m_fx.rows("SELECT kind, first_seq, last_seq FROM alerts WHERE device_id = ? "
                                                 "AND resolved_at IS NULL ORDER BY id",
                                                 {deviceId}))
            out.insert(row.at(0).toString(), {row.at(1).toLongLong(), row.at(2).toLongLong()});
        return out;
    }

private slots:
    void initTestCase()
    {
        SUARA_SERVER_FIXTURE_SETUP(m_fx);
        QString error;
        QVERIFY2(m_fx.createUnit("LPYK-01", "Lapas Kelas IIA Yogyakarta", &error), qPrintable(error));
    }

    void tenThousandRecordsArriveExactlyOnce()
    {
        HttpClient http = m_fx.client();
        auto device = enrolledDevice(http);
        QElapsedTimer clock;
        clock.start();
        const QList<Record> sealed = device->addResponses(10'000);
        qInfo("sealed 10000 records in %lld ms", clock.restart());
        QString error;
        QVERIFY2(device->pushAll(http, 200, &error), qPrintable(error));
        qInfo("pushed 10000 records in 50 batches in %lld ms", clock.elapsed());

        // Exactly these records: count, ids and hashes, straight from the database.
        QCOMPARE(m_fx.scalar("SELECT COUNT(*) FROM records WHERE device_id = ?", {device->id()}).toInt(), 10'000);
        QHash<QString, QString> stored;
        for (const QVariantList &row :
             m_fx.rows("SELECT record_id, hash, seq FROM records WHERE device_id = ?", {device->id()}))
            stored.insert(row.at(0).toString(), row.at(1).toString() + '/' + row.at(2).toString());
        QCOMPARE(stored.size(), 10'000);
        for (const Record &r : sealed)
            QCOMPARE(stored.value(r.id), QString::fromLatin1(r.hash.toHex()) + '/' + QString::number(r.seq));
        // Every record carries the server's receive time.
        QCOMPARE(
            m_fx.scalar("SELECT COUNT(*) FROM records WHERE device_id = ? AND received_at LIKE '20%Z'", {device->id()})
                .toInt(),
            10'000);
        // Catching up leaves no alert behind.
        QVERIFY2(openAlerts(device->id()).isEmpty(),
                 qPrintable(QStringList(openAlerts(device->id()).keys()).join(',')));

        // Pushing all of it again changes nothing.
        const HttpResult again = device->push(http, device->records(0, 200));
        QCOMPARE(again.status, 200);
        for (const auto &r : results(again))
            QCOMPARE(r.status, RecordStatus::Duplicate);
        QCOMPARE(m_fx.scalar("SELECT COUNT(*) FROM records WHERE device_id = ?", {device->id()}).toInt(), 10'000);
    }

    void twentyConcurrentPushesOfOneBatchStoreEachRecordOnce()
    {
        // Two server processes on the same database, ten pushes each at the same moment: the
        // database constraints, not either process, decide who stores a record.
        ServerProcess second(m_fx.databaseArgs());
        QString error;
        QVERIFY2(second.start(&error), qPrintable(error));

        HttpClient enrollHttp = m_fx.client();
        auto device = enrolledDevice(enrollHttp);
        device->addResponses(300);
        const QByteArray body = device->pushBody(device->records());

        std::vector<std::unique_ptr<HttpClient>> clients;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 20; ++i) {
            clients.push_back(std::make_unique<HttpClient>(i % 2 ? second.baseUrl() : m_fx.server().baseUrl()));
            clients.back()->setBearer(device->token());
        }
        for (auto &c : clients)
            replies << c->start("POST", "/api/v1/records", body);
        QHash<QString, int> accepted;
        int duplicates = 0;
        for (QNetworkReply *reply : replies) {
            const HttpResult r = HttpClient::collect(reply);
            QCOMPARE(r.status, 200);
            const auto rs = results(r);
            QCOMPARE(rs.size(), 300);
            for (const auto &one : rs) {
                QVERIFY2(one.status == RecordStatus::Accepted || one.status == RecordStatus::Duplicate,
                         qPrintable(statuses(rs)));
                if (one.status == RecordStatus::Accepted)
                    accepted[one.id]++;
                else
                    ++duplicates;
            }
        }
        QCOMPARE(accepted.size(), 300);
        for (int n : std::as_const(accepted))
            QCOMPARE(n, 1);
        QCOMPARE(duplicates, 19 * 300);
        QCOMPARE(m_fx.scalar("SELECT COUNT(*) FROM records WHERE device_id = ?", {device->id()}).toInt(), 300);
        QVERIFY(openAlerts(device->id()).isEmpty());
        QCOMPARE(second.terminate(), 0);
    }

    void aRecordAlteredAfterSigningIsRejectedAndRaisesAnAlert()
    {
        HttpClient http = m_fx.client();
        auto device = enrolledDevice(http);
        device->addResponses(10);
        // Someone edits record 5 in the kiosk's database, past the immutability trigger.
        {
            QSqlQuery q(device->store().database());
            QVERIFY(q.exec("DROP TRIGGER records_immutable"));
            QVERIFY(q.exec(
                "UPDATE records SET body = replace(body, '\"durationMs\":20004', '\"durationMs\":1') WHERE seq = 5"));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        const HttpResult r = device->push(http, device->records());
        QCOMPARE(r.status, 200);
        const auto rs = results(r);
        QCOMPARE(rs.size(), 10);
        for (const auto &one : rs) {
            if (one.seq == 5) {
                QCOMPARE(one.status, RecordStatus::Rejected);
                QCOMPARE(one.reason, QStringLiteral("bad_hash"));
            } else {
                QVERIFY2(one.status == RecordStatus::Accepted, qPrintable(statuses(rs)));
            }
        }
        const auto alerts = openAlerts(device->id());
        QVERIFY(alerts.contains("altered_record"));
        QCOMPARE(alerts.value("altered_record"), qMakePair(qint64(5), qint64(5)));
        QCOMPARE(alerts.value("sequence_gap"), qMakePair(qint64(5), qint64(5))); // the real record 5 is missing
        QVERIFY(!alerts.contains("chain_break"));

        // A record signed by some other key is a bad signature, and alerts the same way.
        Record forged = device->records(6, 1).first();
        forged.signature = DeviceKey::generate().sign(forged.hash);
        const auto forgedResult = results(device->push(http, {forged}));
        QCOMPARE(forgedResult.first().status, RecordStatus::Rejected);
        QCOMPARE(forgedResult.first().reason, QStringLiteral("bad_signature"));
        QCOMPARE(openAlerts(device->id()).count("altered_record"), 2);

        // The evidence is kept with the alert; the admin API shows it.
        http.clearAuth();
        QString error;
        QVERIFY2(m_fx.createUser("nasional", "national_admin", {}, "rahasia-nasional", &error), qPrintable(error));
        http.setBasic("nasional", "rahasia-nasional");
        const HttpResult list = http.get("/api/v1/alerts?open=1&device=" + device->id());
        QCOMPARE(list.status, 200);
        bool evidence = false;
        for (const QJsonValue &a : list.json().value("alerts").toArray()) {
            if (a["kind"].toString() == "altered_record")
                evidence |= a["detail"]["evidence"]["body"].toString().contains("\"durationMs\":1,");
        }
        QVERIFY(evidence);
    }

    void aDeletedRecordIsAGapUntilItArrivesLate()
    {
        HttpClient http = m_fx.client();
        auto device = enrolledDevice(http);
        device->addResponses(10);
        QList<Record> withoutFour = device->records();
        const Record four = withoutFour.takeAt(3);
        const auto first = results(device->push(http, withoutFour));
        QCOMPARE(first.size(), 9);
        for (const auto &r : first)
            QCOMPARE(r.status, RecordStatus::Accepted);
        QCOMPARE(openAlerts(device->id()).values("sequence_gap"), (QList<QPair<qint64, qint64>>{{4, 4}}));
        QVERIFY(!openAlerts(device->id()).contains("chain_break"));

        // It was late, not lost: the alert resolves and the chain checks out across it.
        const auto late = results(device->push(http, {four}));
        QCOMPARE(late.first().status, RecordStatus::Accepted);
        QVERIFY(openAlerts(device->id()).isEmpty());
        QCOMPARE(m_fx.scalar("SELECT COUNT(*) FROM alerts WHERE device_id = ? AND kind = 'sequence_gap' AND "
                             "resolved_at IS NOT NULL",
                             {device->id()})
                     .toInt(),
                 1);

        // Records missing at the end show through last_seq, and resolve the same way.
        device->addResponses(5); // 11..15
        QVERIFY(results(device->push(http, device->records(10, 2))).size() == 2); // 11, 12 with last_seq 15
        QCOMPARE(openAlerts(device->id()).values("sequence_gap"), (QList<QPair<qint64, qint64>>{{13, 15}}));
        QVERIFY(results(device->push(http, device->records(12))).size() == 3);
        QVERIFY(openAlerts(device->id()).isEmpty());
    }

    void aGrowingTailIsOneAlert()
    {
        // A device catching up while it keeps writing: its unsent tail grows at the top and shrinks at
        // the bottom, and stays one open alert instead of one per stretch.
        HttpClient http = m_fx.client();
        auto device = enrolledDevice(http);
        device->addResponses(10);
        QCOMPARE(device->push(http, device->records(0, 2), 10).status, 200);
        QCOMPARE(openAlerts(device->id()).values("sequence_gap"), (QList<QPair<qint64, qint64>>{{3, 10}}));
        device->addResponses(10); // 11..20
        QCOMPARE(device->push(http, device->records(2, 2), 20).status, 200);
        QCOMPARE(openAlerts(device->id()).values("sequence_gap"), (QList<QPair<qint64, qint64>>{{5, 20}}));
        QCOMPARE(device->push(http, device->records(4, 15), 20).status, 200);
        QCOMPARE(openAlerts(device->id()).values("sequence_gap"), (QList<QPair<qint64, qint64>>{{20, 20}}));
        QCOMPARE(device->push(http, device->records(19), 20).status, 200);
        QVERIFY(openAlerts(device->id()).isEmpty());
        QCOMPARE(
            m_fx.scalar("SELECT COUNT(*) FROM alerts WHERE device_id = ? AND kind = 'sequence_gap'", {device->id()})
                .toInt(),
            1);
    }

    void alertsArePagedAndSayNullForWhatTheyLack()
    {
        HttpClient http = m_fx.client();
        auto device = enrolledDevice(http);
        device->addResponses(7);
        const QList<Record> all = device->records();
        QCOMPARE(device->push(http, {all.at(0), all.at(2), all.at(4), all.at(6)}).status, 200); // gaps 2, 4, 6
        QString error;
        QVERIFY2(m_fx.createUser("pager", "national_admin", {}, "rahasia-pager", &error), qPrintable(error));
        HttpClient admin = m_fx.client();
        admin.setBasic("pager", "rahasia-pager");
        QList<qint64> seen;
        QString next = "/api/v1/alerts?limit=2&device=" + device->id();
        int pages = 0;
        while (!next.isEmpty()) {
            const HttpResult page = admin.get(next);
            QCOMPARE(page.status, 200);
            ++pages;
            const QJsonArray alerts = page.json().value("alerts").toArray();
            QVERIFY(alerts.size() <= 2);
            for (const QJsonValue &a : alerts) {
                const QJsonObject o = a.toObject();
                for (const char *key : {"id", "device_id", "unit", "kind", "first_seq", "last_seq", "record_id",
                                        "detail", "raised_at", "resolved_at"})
                    QVERIFY2(o.contains(QLatin1String(key)), key); // documented keys are never left out
                QVERIFY(o.value("record_id").isNull());
                QVERIFY(o.value("resolved_at").isNull());
                seen << o.value("id").toInteger();
            }
            const QJsonValue before = page.json().value("next_before");
            QVERIFY(page.json().contains("next_before"));
            next = before.isNull() ? QString()
                                   : QStringLiteral("/api/v1/alerts?limit=2&device=%1&before=%2")
                                         .arg(device->id())
                                         .arg(before.toInteger());
        }
        QCOMPARE(pages, 2);
        QCOMPARE(seen.size(), 3);
        QVERIFY(std::is_sorted(seen.crbegin(), seen.crend())); // newest first, none twice
        QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()).size(), 3);
        QCOMPARE(admin.get("/api/v1/alerts?limit=0").errorCode(), QStringLiteral("invalid_field"));
    }

    void aSecondRecordForTheSameSeqIsAConflict()
    {
        // A kiosk restored from a backup writes seq 4 again, differently: same key, same device.
        HttpClient http = m_fx.client();
        auto device = enrolledDevice(http);
        device->addResponses(3);
        QTemporaryDir dir;
        const QString copyPath = dir.filePath("restored.db");
        device->store().close();
        QVERIFY(QFile::copy(device->storePath(), copyPath));
        // A backup holds the key file too: the signing key lives beside the store
        // (docs/adr/0020-device-immutability-without-bypass.md).
        QVERIFY(QFile::copy(keyfile::pathFor(device->storePath()), keyfile::pathFor(copyPath)));
        device->reopen();
        KioskDevice restored(copyPath);
        QCOMPARE(restored.id(), device->id());
        device->addResponses(1);
        restored.addResponses(1);
        QCOMPARE(results(device->push(http, device->records())).last().status, RecordStatus::Accepted);

        const auto clash = results(device->push(http, restored.records(3)));
        QCOMPARE(clash.first().status, RecordStatus::Conflict);
        QCOMPARE(clash.first().reason, QStringLiteral("seq_taken"));
        QVERIFY(openAlerts(device->id()).contains("conflict"));
        // The stored record 4 is the first one, untouched.
        QCOMPARE(
            m_fx.scalar("SELECT record_id FROM records WHERE device_id = ? AND seq = 4", {device->id()}).toString(),
            device->records(3).first().id);
    }

    void whenBothIdAndSeqAreTakenTheIdIsTheReason()
    {
        // Correctly sealed and signed, but with stored record 4's id at stored record 5's seq: both
        // constraints refuse it, and protocol §5.1 names the id.
        HttpClient http = m_fx.client();
        auto device = enrolledDevice(http);
        device->addResponses(5);
        const QList<Record> stored = device->records();
        QCOMPARE(statuses(results(device->push(http, stored))),
                 QStringLiteral("1:accepted 2:accepted 3:accepted "
                                "4:accepted 5:accepted"));
        Record twin = stored.at(4);
        twin.id = stored.at(3).id;
        twin.body.replace(stored.at(4).id.toUtf8(), stored.at(3).id.toUtf8());
        QVERIFY(twin.body != stored.at(4).body);
        twin.hash = hashchain::link(twin.body, twin.prevHash);
        twin.signature = device->key().sign(twin.hash);
        QCOMPARE(statuses(results(device->push(http, {twin}))), QStringLiteral("5:conflict/id_taken"));
        QCOMPARE(
            m_fx.scalar("SELECT record_id FROM records WHERE device_id = ? AND seq = 5", {device->id()}).toString(),
            stored.at(4).id);
    }

    void aFirstRecordLinkedToAnythingButZerosIsAChainBreak()
    {
        // protocol §2.2: `prev` of seq 1 is 32 zero bytes; any other value is stored and alerts.
        HttpClient http = m_fx.client();
        auto device = enrolledDevice(http);
        device->addResponses(1);
        Record first = device->records().first();
        first.prevHash = QByteArray(32, '\x01');
        first.hash = hashchain::link(first.body, first.prevHash);
        first.signature = device->key().sign(first.hash);
        QCOMPARE(statuses(results(device->push(http, {first}))), QStringLiteral("1:accepted"));
        QCOMPARE(openAlerts(device->id()).values("chain_break"), (QList<QPair<qint64, qint64>>{{1, 1}}));
        // The genuine first record of another device raises nothing.
        auto honest = enrolledDevice(http);
        honest->addResponses(1);
        QCOMPARE(statuses(results(honest->push(http, honest->records()))), QStringLiteral("1:accepted"));
        QVERIFY(!openAlerts(honest->id()).contains("chain_break"));
    }

    void hexInEitherCaseIsTheSameHash()
    {
        // protocol §2.2: the server compares bytes, and answers and stores lower case.
        HttpClient http = m_fx.client();
        auto device = enrolledDevice(http);
        device->addResponses(2);
        QJsonObject wire = QJsonDocument::fromJson(device->pushBody(device->records())).object();
        QJsonArray records = wire.value("records").toArray();
        QJsonObject second = records.at(1).toObject();
        const QString lowerHash = second.value("hash").toString();
        second.insert("prev", second.value("prev").toString().toUpper());
        second.insert("hash", lowerHash.toUpper());
        records.replace(1, second);
        wire.insert("records", records);
        http.setBearer(device->token());
        const HttpResult r = http.post("/api/v1/records", QJsonDocument(wire).toJson(QJsonDocument::Compact));
        QCOMPARE(statuses(results(r)), QStringLiteral("1:accepted 2:accepted"));
        QCOMPARE(m_fx.scalar("SELECT hash FROM records WHERE device_id = ? AND seq = 2", {device->id()}).toString(),
                 lowerHash);
        QVERIFY(!openAlerts(device->id()).contains("chain_break"));
    }

    void theDatabaseItselfRefusesSecondCopiesAndEdits()
    {
        // Exactly once does not depend on the server's code paths: the schema refuses a second row.
        const QList<QVariantList> one = m_fx.rows("SELECT device_id, record_id, seq FROM records ORDER BY seq LIMIT 1");
        QCOMPARE(one.size(), 1);
        const QVariantList r = one.first();
        const QString insert =
            "INSERT INTO records (device_id, record_id, seq, type, unit_code, captured_at, received_at,"
            " source, body, prev_hash, hash, sig) VALUES (?, ?, ?, 'response', 'X', 'x', 'x', 'test', '{}',"
            " 'p', 'h', 's')";
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("statement failed.*"));
        QVERIFY(!m_fx.execute(insert, {r.at(0), r.at(1), 999'999})); // same (device, record id)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("statement failed.*"));
        QVERIFY(!m_fx.execute(insert, {r.at(0), "another-id", r.at(2)})); // same (device, seq)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("statement failed.*immutable.*"));
        QVERIFY(!m_fx.execute("UPDATE records SET body = '{}' WHERE record_id = ?", {r.at(1)}));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("statement failed.*"));
        QVERIFY(!m_fx.execute("DELETE FROM records WHERE record_id = ?", {r.at(1)}));
    }

    void aWrongDeviceClockIsFlaggedAndStoredWithTheRecords()
    {
        HttpClient http = m_fx.client();
        auto device = enrolledDevice(http);
        device->addResponses(2);
        http.setDeviceClockOffsetSeconds(3600); // an hour ahead
        QCOMPARE(results(device->push(http, device->records(0, 1))).first().status, RecordStatus::Accepted);
        QVERIFY(openAlerts(device->id()).contains("clock_skew"));
        const qint64 skew =
            m_fx.scalar("SELECT clock_skew_s FROM records WHERE device_id = ? AND seq = 1", {device->id()})
                .toLongLong();
        QVERIFY2(qAbs(skew - 3600) <= 5, qPrintable(QString::number(skew)));

        http.setDeviceClockOffsetSeconds(0);
        QCOMPARE(results(device->push(http, device->records(1))).first().status, RecordStatus::Accepted);
        QVERIFY(!openAlerts(device->id()).contains("clock_skew"));
    }
};

QTEST_GUILESS_MAIN(TestServerPush)
#include "tst_serverpush.moc"
