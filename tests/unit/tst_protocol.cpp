#include "crypto/hashchain.h"
#include "protocol/apierror.h"
#include "protocol/enrollment.h"
#include "protocol/gzip.h"
#include "protocol/pushbatch.h"
#include "protocol/unitsettings.h"
#include "protocol/wirerecord.h"
#include "store/localstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "testrecords.h"

using namespace suara;
using suara::testing::skmDraft;
using namespace suara::protocol;

namespace {

QByteArray withRecordField(const Record &r, const QString &key, const QJsonValue &value)
{
    QJsonObject wire = toWire(r);
    if (value.isUndefined())
        wire.remove(key);
    else
        wire.insert(key, value);
    const QJsonObject o{{"device_id", "dev-1"}, {"last_seq", 1}, {"records", QJsonArray{wire}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    QList<Record> m_records;

private slots:
    void devicesIgnoreSettingsFieldsFromANewerServer()
    {
        const QJsonObject kiosk{{"questionnaires", QJsonArray{"skm"}},
                                {"service_profile", "lapas"},
                                {"zi_scale_points", 4},
                                {"idle_timeout", 60},
                                {"cooldown", 8},
                                {"default_language", "id"},
                                {"ask_profile", true},
                                {"queue_tickets", true}};
        const QJsonObject doc{{"version", 7},
                              {"unit", QJsonObject{{"code", "LP-01"}, {"name", "Lapas"}}},
                              {"kiosk", kiosk},
                              {"questionnaires", QJsonArray{}},
                              {"dashboard_url", "x"}};
        ApiError error;
        const auto parsed = SettingsDocument::parse(QJsonDocument(doc).toJson(), &error);
        QVERIFY2(parsed, qPrintable(error.message));
        QCOMPARE(parsed->version, 7);
        QCOMPARE(parsed->kiosk.idleTimeout, 60);
        // The server itself still refuses a field it does not know in a request.
        QVERIFY(!KioskConfig::parse(kiosk, "kiosk", &error));
        QCOMPARE(error.code, ErrorCode::UnknownField);
        // Out-of-range values stay errors on both sides.
        QJsonObject wrong = doc;
        QJsonObject badKiosk = kiosk;
        badKiosk.insert("zi_scale_points", 5);
        wrong.insert("kiosk", badKiosk);
        QVERIFY(!SettingsDocument::parse(QJsonDocument(wrong).toJson(), &error));
    }

    void initTestCase()
    {
        m_store = std::make_unique<LocalStore>(m_dir.filePath("kiosk.db"));
        QVERIFY(m_store->open().ok());
        QVERIFY(m_store->append({skmDraft(1), skmDraft(2), skmDraft(3)}, &m_records).ok());
    }

    void wireRecordRoundTripsAndVerifies()
    {
        for (const Record &r : m_records) {
            ApiError err;
            const std::optional<Record> back = fromWire(toWire(r), "records[0]", &err);
            QVERIFY2(back, qPrintable(err.message));
            QCOMPARE(back->body, r.body);
            QCOMPARE(back->hash, r.hash);
            QCOMPARE(back->prevHash, r.prevHash);
            QCOMPARE(back->signature, r.signature);
            BodyInfo info;
            QCOMPARE(verify(*back, m_store->publicKey(), m_store->deviceId(), &info), Verdict::Ok);
            QCOMPARE(info.seq, r.seq);
            QCOMPARE(info.type, QStringLiteral("response"));
            // Hex in either case is the same bytes (clients send lower case).
            QJsonObject upper = toWire(r);
            upper.insert("prev", QString::fromLatin1(r.prevHash.toHex().toUpper()));
            upper.insert("hash", QString::fromLatin1(r.hash.toHex().toUpper()));
            const std::optional<Record> fromUpper = fromWire(upper, "records[0]", &err);
            QVERIFY2(fromUpper, qPrintable(err.message));
            QCOMPARE(fromUpper->hash, r.hash);
            QCOMPARE(fromUpper->prevHash, r.prevHash);
        }
        // The largest seq a JSON number holds exactly is still a seq.
        QJsonObject largest = toWire(m_records.first());
        largest.insert("seq", 9007199254740991.0);
        ApiError err;
        const std::optional<Record> big = fromWire(largest, "records[0]", &err);
        QVERIFY2(big, qPrintable(err.message));
        QCOMPARE(big->seq, Q_INT64_C(9007199254740991));
    }

    void verifyTellsEachFaultApart()
    {
        const Record good = m_records.at(1);
        Record altered = good;
        altered.body.replace("\"waktu\":2", "\"waktu\":4");
        QCOMPARE(verify(altered, m_store->publicKey(), m_store->deviceId()), Verdict::BadHash);

        Record wrongPrev = good;
        wrongPrev.prevHash = hashchain::genesis();
        QCOMPARE(verify(wrongPrev, m_store->publicKey(), m_store->deviceId()), Verdict::BadHash);

        const DeviceKey other = DeviceKey::generate();
        QCOMPARE(verify(good, other.publicKey(), m_store->deviceId()), Verdict::BadSignature);

        QCOMPARE(verify(good, m_store->publicKey(), "another-device"), Verdict::Mismatch);
        Record wrongSeq = good;
        wrongSeq.seq = 9;
        QCOMPARE(verify(wrongSeq, m_store->publicKey(), m_store->deviceId()), Verdict::Mismatch);

        // Correctly hashed and signed, but not a record body: a device bug, not tampering.
        const DeviceKey key = DeviceKey::generate();
        Record junk;
        junk.seq = 1;
        junk.id = "x";
        junk.body = "[1,2,3]";
        junk.prevHash = hashchain::genesis();
        junk.hash = hashchain::link(junk.body, junk.prevHash);
        junk.signature = key.sign(junk.hash);
        QCOMPARE(verify(junk, key.publicKey(), "dev"), Verdict::MalformedBody);
        QCOMPARE(verdictReason(Verdict::BadHash), QStringLiteral("bad_hash"));
    }

    // Every reader multiplies `tz` into seconds (the export's local day, the aggregator, the register):
    // a signed device that sent 2147483646 overflowed an int there (found by UBSan). Real clocks span
    // UTC-12 to UTC+14; a body past ±14 hours is malformed, at the edge, before anything stores it.
    void aBodyTzPastFourteenHoursIsMalformed_data()
    {
        QTest::addColumn<qint64>("tz");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("WIB") << qint64(420) << true;
        QTest::newRow("UTC+14") << qint64(840) << true;
        QTest::newRow("UTC-14") << qint64(-840) << true;
        QTest::newRow("one minute past +14") << qint64(841) << false;
        QTest::newRow("one minute past -14") << qint64(-841) << false;
        QTest::newRow("near INT_MAX") << qint64(2147483646) << false;
        QTest::newRow("past int") << qint64(5000000000) << false;
    }

    void aBodyTzPastFourteenHoursIsMalformed()
    {
        QFETCH(qint64, tz);
        QFETCH(bool, accepted);
        QJsonObject body = QJsonDocument::fromJson(m_records.first().body).object();
        QVERIFY(body.contains("tz"));
        body.insert("tz", tz);
        const std::optional<BodyInfo> info = parseBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
        QCOMPARE(info.has_value(), accepted);
    }

    void pushRequestRoundTrips()
    {
        PushRequest req{m_store->deviceId(), 3, m_records};
        ApiError err;
        const std::optional<PushRequest> back = PushRequest::parse(req.toJson(), &err);
        QVERIFY2(back, qPrintable(err.message));
        QCOMPARE(back->deviceId, req.deviceId);
        QCOMPARE(back->lastSeq, 3);
        QCOMPARE(back->records.size(), 3);
        QCOMPARE(back->records.at(2).hash, m_records.at(2).hash);
    }

    void pushRequestErrorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const Record r = m_records.first();
        QTest::newRow("not json") << QByteArray("{\"device_id\":") << "malformed_json"
                                  << "";
        QTest::newRow("array") << QByteArray("[]") << "malformed_json"
                               << "";
        QTest::newRow("missing records") << QByteArray(R"({"device_id":"d","last_seq":0})") << "invalid_field"
                                         << "records";
        QTest::newRow("last_seq string") << QByteArray(R"({"device_id":"d","last_seq":"3","records":[]})")
                                         << "invalid_field"
                                         << "last_seq";
        QTest::newRow("last_seq fraction")
            << QByteArray(R"({"device_id":"d","last_seq":1.5,"records":[]})") << "invalid_field"
            << "last_seq";
        QTest::newRow("unknown top") << QByteArray(R"({"device_id":"d","last_seq":0,"records":[],"extra":1})")
                                     << "unknown_field"
                                     << "extra";
        QTest::newRow("seq string") << withRecordField(r, "seq", "7") << "invalid_field"
                                    << "records[0].seq";
        QTest::newRow("seq zero") << withRecordField(r, "seq", 0) << "invalid_field"
                                  << "records[0].seq";
        QTest::newRow("no sig") << withRecordField(r, "sig", QJsonValue::Undefined) << "invalid_field"
                                << "records[0].sig";
        // The forms docs/protocol.md §2.2 settles: 64 hex digits, standard padded base64, seq below 2^53.
        QTest::newRow("prev not hex") << withRecordField(r, "prev", QString(64, 'g')) << "invalid_field"
                                      << "records[0].prev";
        QTest::newRow("hash too short") << withRecordField(r, "hash", QString::fromLatin1(r.hash.toHex().left(62)))
                                        << "invalid_field"
                                        << "records[0].hash";
        QTest::newRow("sig base64url") << withRecordField(r, "sig", QString(86, '_') + "==") << "invalid_field"
                                       << "records[0].sig";
        QTest::newRow("sig unpadded") << withRecordField(
            r, "sig", QString::fromLatin1(r.signature.toBase64(QByteArray::OmitTrailingEquals)))
                                      << "invalid_field"
                                      << "records[0].sig";
        QTest::newRow("sig of 63 bytes") << withRecordField(r, "sig",
                                                            QString::fromLatin1(r.signature.left(63).toBase64()))
                                         << "invalid_field"
                                         << "records[0].sig";
        QTest::newRow("seq beyond 2^53 - 1") << withRecordField(r, "seq", 9007199254740992.0) << "invalid_field"
                                             << "records[0].seq";
        QTest::newRow("typo") << withRecordField(r, "hahs", "00") << "unknown_field"
                              << "records[0].hahs";
        QTest::newRow("record not object")
            << QByteArray(R"({"device_id":"d","last_seq":0,"records":[3]})") << "invalid_field"
            << "records[0]";
    }

    void pushRequestErrorsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, field);
        ApiError err;
        QVERIFY(!PushRequest::parse(json, &err));
        QCOMPARE(errorCodeName(err.code), code);
        QCOMPARE(err.field, field);
        QVERIFY(!err.message.isEmpty());
    }

    void batchTooLargeIsRefusedBeforeParsingRecords()
    {
        QJsonArray many;
        for (int i = 0; i < 11; ++i)
            many.append(i); // not even records: the count is checked first
        const QJsonObject o{{"device_id", "d"}, {"last_seq", 0}, {"records", many}};
        ApiError err;
        QVERIFY(!PushRequest::parse(QJsonDocument(o).toJson(), &err, 10));
        QCOMPARE(err.code, ErrorCode::BatchTooLarge);
        QCOMPARE(err.status(), 413);
    }

    void pushResponseMustAnswerEveryRecord()
    {
        PushRequest req{m_store->deviceId(), 3, m_records};
        PushResponse resp;
        resp.serverTime = QDateTime::currentDateTimeUtc();
        for (const Record &r : m_records)
            resp.results.append({r.id, r.seq, RecordStatus::Accepted, {}});
        ApiError err;
        std::optional<PushResponse> back = PushResponse::parse(resp.toJson(), &err);
        QVERIFY(back);
        QVERIFY(back->answers(req));
        back->results.removeLast();
        QVERIFY(!back->answers(req));
        QVERIFY(!PushResponse::parse("<html>login</html>", &err));
    }

    void errorsHaveStableCodesAndStatuses()
    {
        const ApiError e = makeError(ErrorCode::DeviceRevoked, "this device was revoked");
        QCOMPARE(e.status(), 403);
        const std::optional<ApiError> back = ApiError::fromBody(e.toBytes());
        QVERIFY(back);
        QCOMPARE(back->code, ErrorCode::DeviceRevoked);
        QCOMPARE(errorCodeFromName("something_new"), ErrorCode::Unknown);
        QVERIFY(!ApiError::fromBody("<html></html>"));
        for (ErrorCode c : {ErrorCode::PayloadTooLarge, ErrorCode::BatchTooLarge})
            QCOMPARE(httpStatus(c), 413);
    }

    void enrollmentRoundTripsAndNormalizesCodes()
    {
        EnrollRequest req{"7kq4 mx2p", "dev-1", m_store->publicKey(), "Loket 1", "0.1.0"};
        ApiError err;
        const std::optional<EnrollRequest> back = EnrollRequest::parse(req.toJson(), &err);
        QVERIFY2(back, qPrintable(err.message));
        QCOMPARE(back->publicKey, m_store->publicKey());
        QCOMPARE(normalizeEnrollmentCode(back->code), QStringLiteral("7KQ4MX2P"));
        QCOMPARE(normalizeEnrollmentCode("7KQ4-MX2P"), QStringLiteral("7KQ4MX2P"));
        QCOMPARE(formatEnrollmentCode("7KQ4MX2P"), QStringLiteral("7KQ4-MX2P"));
        QVERIFY(!EnrollRequest::parse(R"({"code":"x","device_id":"d","public_key":"AAAA"})", &err));
        QCOMPARE(err.field, QStringLiteral("public_key"));
    }

    // The recovery code hash is optional both ways: an older server sends none, an older device ignores it.
    void anEnrollmentAnswerMayCarryARecoveryCodeHash()
    {
        ApiError err;
        EnrollResponse answer{"dev-1", "token", "LPYK-01", "Lapas", QDateTime::currentDateTimeUtc(), {}};
        QVERIFY(!answer.toJson().contains("recovery_code_hash"));
        std::optional<EnrollResponse> back = EnrollResponse::parse(answer.toJson(), &err);
        QVERIFY2(back, qPrintable(err.message));
        QVERIFY(back->recoveryCodeHash.isEmpty());

        answer.recoveryCodeHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA");
        back = EnrollResponse::parse(answer.toJson(), &err);
        QVERIFY2(back, qPrintable(err.message));
        QCOMPARE(back->recoveryCodeHash, answer.recoveryCodeHash);

        const QByteArray clear =
            R"({"device_id":"d","token":"t","unit":{"code":"U","name":"N"},"recovery_code_hash":"7KQ4MX2PQ8"})";
        QVERIFY(!EnrollResponse::parse(clear, &err)); // never a code in clear, nor a hash the device cannot check
        QCOMPARE(err.field, QStringLiteral("recovery_code_hash"));
        QVERIFY(!EnrollResponse::parse(R"({"device_id":"d","token":"t","unit":{"code":"U"},"recovery_code_hash":5})",
                                       &err));
    }

    void kioskSettingsAreStrict()
    {
        KioskConfig k;
        ApiError err;
        QVERIFY(KioskConfig::parse(k.toJson(), "kiosk", &err));
        QJsonObject bad = k.toJson();
        bad.insert("zi_scale_points", 5);
        QVERIFY(!KioskConfig::parse(bad, "kiosk", &err));
        QCOMPARE(err.field, QStringLiteral("kiosk.zi_scale_points"));
        bad = k.toJson();
        bad.insert("idle_timout", 30);
        QVERIFY(!KioskConfig::parse(bad, "kiosk", &err));
        QCOMPARE(err.code, ErrorCode::UnknownField);
    }

    void gzipRoundTripsAndStopsBombs()
    {
        const QByteArray text = QByteArray(3 << 20, 'a');
        const QByteArray packed = gzip::compress(text);
        QVERIFY(packed.size() < 100 * 1024);
        QVERIFY(gzip::looksLikeGzip(packed));
        const gzip::Inflated ok = gzip::decompress(packed, 3 << 20);
        QVERIFY(ok.ok());
        QCOMPARE(ok.data, text);
        QCOMPARE(gzip::decompress(packed, (3 << 20) - 1).status, gzip::Inflated::Status::TooLarge);
        QCOMPARE(gzip::decompress("{}", 100).status, gzip::Inflated::Status::NotGzip);
        QCOMPARE(gzip::decompress(packed.left(packed.size() / 2), 8 << 20).status, gzip::Inflated::Status::Corrupt);
        QCOMPARE(gzip::decompress(packed + "x", 8 << 20).status, gzip::Inflated::Status::Corrupt);
        const gzip::Inflated empty = gzip::decompress(gzip::compress({}), 0);
        QVERIFY(empty.ok());
        QVERIFY(empty.data.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
