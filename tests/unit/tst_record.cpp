#include "crypto/devicekey.h"
#include "crypto/hashchain.h"
#include "crypto/pinhash.h"
#include "domain/record.h"
#include "domain/visitdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace suara;

class TestRecord : public QObject
{
    Q_OBJECT
private slots:
    // A visit's payload as values: what the kiosk writes reads back the same; a wrong type is refused.
    void visitDataRoundTripsAndRefusesWrongTypes()
    {
        ResponseData r;
        r.answers = {{"waktu", 4}, {"biaya", 1}};
        r.scaleMax = 6;
        r.durationMs = 123456;
        r.profile = {{"gender", "P"}};
        r.misuse = {"too_fast"};
        const QJsonObject json = r.toJson();
        QVERIFY(!json.contains("comment")); // empty fields are left out, as the kiosk always wrote them
        QCOMPARE(ResponseData::fromJson(json), std::optional<ResponseData>(r));
        QJsonObject wrong = json;
        wrong.insert("answers", QJsonObject{{"waktu", 2.5}});
        QString why;
        QVERIFY(!ResponseData::fromJson(wrong, &why));
        QVERIFY(why.contains("waktu"));
        wrong = json;
        wrong.insert("profile", QJsonObject{{"gender", 1}});
        QVERIFY(!ResponseData::fromJson(wrong));

        StatementData s;
        s.statement = StatementData::Statement::RewardRequested;
        s.statementText = "I was asked for, or offered, a reward.";
        QCOMPARE(s.toJson().value("statement").toString(), QStringLiteral("reward_requested"));
        QVERIFY(s.toJson().value("report").isObject()); // a report's details, even none, are an object
        QCOMPARE(StatementData::fromJson(s.toJson()), std::optional<StatementData>(s));
        StatementData none;
        QCOMPARE(none.toJson().value("statement").toString(), QStringLiteral("no_reward"));
        QVERIFY(!none.toJson().contains("report"));
        QVERIFY(!StatementData::fromJson(QJsonObject{{"statement", "maybe"}}));
    }

    void bodyCarriesEveryContractField()
    {
        RecordDraft d;
        d.questionnaireId = QStringLiteral("skm");
        d.questionnaireVersion = 3;
        d.unitCode = QStringLiteral("LP-01");
        d.service = QStringLiteral("kunjungan");
        d.flags = {flags::kSuspectedMisuse};
        d.data = QJsonObject{{QStringLiteral("answers"), QJsonObject{{QStringLiteral("waktu"), 3}}}};
        d.capturedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), QTimeZone(7 * 3600));
        const QByteArray body = recordformat::body(d, QStringLiteral("abc"), QStringLiteral("dev"), 42);
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        QCOMPARE(o.value("id").toString(), QStringLiteral("abc"));
        QCOMPARE(o.value("device").toString(), QStringLiteral("dev"));
        QCOMPARE(o.value("seq").toInt(), 42);
        QCOMPARE(o.value("type").toString(), QStringLiteral("response"));
        QCOMPARE(o.value("time").toString(), QStringLiteral("2026-03-01T02:30:00.000Z"));
        QCOMPARE(o.value("tz").toInt(), 420);
        QCOMPARE(o.value("q").toObject().value("version").toInt(), 3);
        QCOMPARE(o.value("flags").toArray().first().toString(), flags::kSuspectedMisuse);
        QCOMPARE(o.value("data").toObject().value("answers").toObject().value("waktu").toInt(), 3);
        // The same draft always serialises to the same bytes (the hash depends on it).
        QCOMPARE(recordformat::body(d, QStringLiteral("abc"), QStringLiteral("dev"), 42), body);
    }

    void chainDetectsAChangedBody()
    {
        const QByteArray h1 = hashchain::link("first", hashchain::genesis());
        const QByteArray h2 = hashchain::link("second", h1);
        QCOMPARE(h1.size(), hashchain::kHashSize);
        QVERIFY(hashchain::link("firsT", hashchain::genesis()) != h1);
        QVERIFY(hashchain::link("second", hashchain::link("firsT", hashchain::genesis())) != h2);
    }

    void signatureVerifiesOnlyTheSignedBytes()
    {
        const DeviceKey key = DeviceKey::generate();
        const QByteArray sig = key.sign("hash-bytes");
        QVERIFY(DeviceKey::verify(key.publicKey(), "hash-bytes", sig));
        QVERIFY(!DeviceKey::verify(key.publicKey(), "hash-byteS", sig));
        QVERIFY(!DeviceKey::verify(DeviceKey::generate().publicKey(), "hash-bytes", sig));
        const auto restored = DeviceKey::fromSecretKey(key.secretKey());
        QVERIFY(restored);
        QCOMPARE(restored->publicKey(), key.publicKey());
        QVERIFY(!DeviceKey::fromSecretKey("short"));
    }

    void pinHashIsSaltedAndVerifies()
    {
        const QString a = pinhash::hash(QStringLiteral("482913"));
        const QString b = pinhash::hash(QStringLiteral("482913"));
        QVERIFY(!a.contains(QStringLiteral("482913")));
        QVERIFY(a != b); // salted
        QVERIFY(pinhash::verify(a, QStringLiteral("482913")));
        QVERIFY(!pinhash::verify(a, QStringLiteral("482914")));
        QVERIFY(!pinhash::verify(QString(), QStringLiteral("482913")));
    }
};

QTEST_GUILESS_MAIN(TestRecord)
#include "tst_record.moc"
