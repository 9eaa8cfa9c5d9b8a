// Enrollment with one-time codes, settings with ETag/304, revocation, and the admin API's roles.
#include "kioskdevice.h"
#include "protocol/enrollment.h"
#include "serverfixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace suara;
using namespace suara::testing;

class TestServerEnroll : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;

    QString code(const QString &unit = QStringLiteral("LPYK-01"))
    {
        QString error;
        const QString c = m_fx.enrollmentCode(unit, &error);
        if (c.isEmpty())
            qWarning("enrollment-code failed: %s", qPrintable(error));
        return c;
    }

private slots:
    void initTestCase()
    {
        // Behind a (pretend) proxy on 127.0.0.1, so tests can speak for other client addresses.
        SUARA_SERVER_FIXTURE_SETUP(m_fx, {"--trusted-proxy", "127.0.0.1,::1"});
        QString error;
        QVERIFY2(m_fx.createUnit("LPYK-01", "Lapas Kelas IIA Yogyakarta", &error), qPrintable(error));
        QVERIFY2(m_fx.createUnit("BKKBN-JT", "Perwakilan BKKBN Jawa Tengah", &error), qPrintable(error));
        QVERIFY2(m_fx.createUser("nasional", "national_admin", {}, "rahasia-nasional", &error), qPrintable(error));
        QVERIFY2(m_fx.createUser("admin-lpyk", "unit_admin", "LPYK-01", "rahasia-lpyk", &error), qPrintable(error));
        QVERIFY2(m_fx.createUser("pengamat", "viewer", "LPYK-01", "rahasia-viewer", &error), qPrintable(error));
    }

    void enrollsOnceWithAOneTimeCode()
    {
        const QString c = code();
        QVERIFY(!c.isEmpty());
        HttpClient http = m_fx.client();
        KioskDevice first;
        const HttpResult enrolled = first.enroll(http, c);
        QCOMPARE(enrolled.status, 201);
        QVERIFY(enrolled.isSuara());
        QCOMPARE(enrolled.json().value("device_id").toString(), first.id());
        QCOMPARE(enrolled.json().value("unit").toObject().value("code").toString(), QStringLiteral("LPYK-01"));
        QCOMPARE(enrolled.json().value("unit").toObject().value("name").toString(),
                 QStringLiteral("Lapas Kelas IIA Yogyakarta"));
        QVERIFY(!first.token().isEmpty());
        QVERIFY(!enrolled.json().value("server_time").toString().isEmpty());
        // Only a hash of the token is stored.
        QCOMPARE(m_fx.scalar("SELECT COUNT(*) FROM devices WHERE token_hash = ?", {first.token()}).toInt(), 0);

        // Another device with the same code: refused, and the first keeps its enrollment.
        KioskDevice second;
        const HttpResult reused = second.enroll(http, c);
        QCOMPARE(reused.status, 409);
        QCOMPARE(reused.errorCode(), QStringLiteral("enrollment_code_used"));

        // The same device again (its first answer was lost): 200, a fresh token; the old one dies.
        const QString oldToken = first.token();
        const HttpResult again = first.enroll(http, c);
        QCOMPARE(again.status, 200);
        QVERIFY(first.token() != oldToken);
        http.setBearer(oldToken);
        QCOMPARE(http.get("/api/v1/settings").status, 401);
        http.setBearer(first.token());
        QCOMPARE(http.get("/api/v1/settings").status, 200);
    }

    void codesAreTypedLooselyButMustExistAndBeFresh()
    {
        HttpClient http = m_fx.client();
        KioskDevice device;
        const HttpResult unknown = device.enroll(http, "ZZZZ-ZZZZ");
        QCOMPARE(unknown.status, 403);
        QCOMPARE(unknown.errorCode(), QStringLiteral("enrollment_code_invalid"));

        const QString c = code();
        QString typed = c.toLower();
        typed.replace('-', ' ');
        QCOMPARE(device.enroll(http, typed).status, 201);

        // An expired code is refused like an unknown one.
        const QString late = code();
        QVERIFY(m_fx.execute(
            "UPDATE enrollment_codes SET expires_at = '2020-01-01T00:00:00.000Z' WHERE used_by_device IS NULL"));
        KioskDevice tooLate;
        const HttpResult expired = tooLate.enroll(http, late);
        QCOMPARE(expired.status, 403);
        QCOMPARE(expired.errorCode(), QStringLiteral("enrollment_code_invalid"));
        QVERIFY(expired.json().value("error").toObject().value("message").toString().contains("expired"));
    }

    void aDeviceIdKeepsItsKey()
    {
        HttpClient http = m_fx.client();
        KioskDevice device;
        QCOMPARE(device.enroll(http, code()).status, 201);
        // Someone else claims the same device id with another key and a fresh code.
        protocol::EnrollRequest impostor{code(), device.id(), DeviceKey::generate().publicKey(), "x", "0"};
        http.clearAuth();
        const HttpResult r = http.post("/api/v1/enroll", impostor.toJson());
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("enrollment_code_used"));
    }

    void settingsComeWithAnETagAndFollowTheCli()
    {
        HttpClient http = m_fx.client();
        KioskDevice device;
        QCOMPARE(device.enroll(http, code()).status, 201);
        http.setBearer(device.token());
        const HttpResult first = http.get("/api/v1/settings");
        QCOMPARE(first.status, 200);
        const QByteArray etag = first.header("etag");
        QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
        const QJsonObject doc = first.json();
        const int version = doc.value("version").toInt();
        QCOMPARE(doc.value("unit").toObject().value("code").toString(), QStringLiteral("LPYK-01"));
        QCOMPARE(doc.value("kiosk").toObject().value("questionnaires").toArray(), QJsonArray{"skm"});
        // Full definitions, not just ids: a new kiosk can ask them without its built-ins.
        const QJsonObject skm = doc.value("questionnaires").toArray().first().toObject();
        QCOMPARE(skm.value("id").toString(), QStringLiteral("skm"));
        QCOMPARE(skm.value("items").toArray().size(), 9);

        const HttpResult same = http.get("/api/v1/settings", {{"If-None-Match", etag}});
        QCOMPARE(same.status, 304);
        QVERIFY(same.body.isEmpty());
        QCOMPARE(same.header("etag"), etag);
        QVERIFY(same.isSuara());

        const auto changed = m_fx.server().cli({"unit-settings", "--unit", "LPYK-01", "--questionnaires", "skm,spak",
                                                "--zi-scale", "6", "--idle-timeout", "90"});
        QVERIFY2(changed.exitCode == 0, changed.err.constData());
        QVERIFY(changed.out.contains("version " + QByteArray::number(version + 1)));

        const HttpResult after = http.get("/api/v1/settings", {{"If-None-Match", etag}});
        QCOMPARE(after.status, 200);
        QVERIFY(after.header("etag") != etag);
        const QJsonObject kiosk = after.json().value("kiosk").toObject();
        QCOMPARE(after.json().value("version").toInt(), version + 1);
        QCOMPARE(kiosk.value("zi_scale_points").toInt(), 6);
        QCOMPARE(kiosk.value("idle_timeout").toInt(), 90);
        QCOMPARE(kiosk.value("questionnaires").toArray(), (QJsonArray{"skm", "spak"}));
        QCOMPARE(after.json().value("questionnaires").toArray().size(), 2);
        QCOMPARE(after.json().value("questionnaires").toArray().at(1).toObject().value("id").toString(),
                 QStringLiteral("spak"));

        const auto bad = m_fx.server().cli({"unit-settings", "--unit", "LPYK-01", "--zi-scale", "5"});
        QCOMPARE(bad.exitCode, 2);
    }

    void aRevokedDeviceIsCutOffAtOnce()
    {
        HttpClient http = m_fx.client();
        KioskDevice device;
        QCOMPARE(device.enroll(http, code()).status, 201);
        device.addResponses(3);
        QCOMPARE(device.push(http, device.records()).status, 200);

        const auto revoked = m_fx.server().cli({"revoke-device", "--device", device.id()});
        QVERIFY2(revoked.exitCode == 0, revoked.err.constData());

        device.addResponses(1);
        const HttpResult push = device.push(http, device.records(3));
        QCOMPARE(push.status, 403);
        QCOMPARE(push.errorCode(), QStringLiteral("device_revoked"));
        QVERIFY(push.json().value("error").toObject().value("message").toString().contains("revoked"));
        QCOMPARE(http.get("/api/v1/settings").status, 403);
        // No way back through another code, and an unknown or used code says "revoked" too: the code
        // is not what stops it.
        QCOMPARE(device.enroll(http, code()).errorCode(), QStringLiteral("device_revoked"));
        QCOMPARE(device.enroll(http, "ZZZZ-ZZZZ").errorCode(), QStringLiteral("device_revoked"));
        const QString taken = code();
        KioskDevice other;
        QCOMPARE(other.enroll(http, taken).status, 201);
        QCOMPARE(device.enroll(http, taken).errorCode(), QStringLiteral("device_revoked"));
        // Its stored records stay.
        QCOMPARE(m_fx.scalar("SELECT COUNT(*) FROM records WHERE device_id = ?", {device.id()}).toInt(), 3);

        const auto list = m_fx.server().cli({"devices", "--unit", "LPYK-01", "--json"});
        QCOMPARE(list.exitCode, 0);
        bool found = false;
        for (const QJsonValue &d : QJsonDocument::fromJson(list.out).array()) {
            if (d["device_id"].toString() == device.id()) {
                found = true;
                QVERIFY(d["revoked"].toBool());
                QCOMPARE(d["last_seq"].toInt(), 3);
            }
        }
        QVERIFY(found);
    }

    void codesAreStoredAsAKeyedHash()
    {
        const QString c = code();
        QVERIFY(!c.isEmpty());
        const QString normalized = protocol::normalizeEnrollmentCode(c);
        const QString plain =
            QString::fromLatin1(QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha256).toHex());
        // A copy of the database alone cannot test codes: no unkeyed hash of this code is in it.
        QCOMPARE(m_fx.scalar("SELECT COUNT(*) FROM enrollment_codes WHERE code_hash = ?", {plain}).toInt(), 0);
        QCOMPARE(m_fx.scalar("SELECT COUNT(*) FROM enrollment_codes WHERE code_hash LIKE 'hmac1:%'").toInt() > 0, true);
        HttpClient http = m_fx.client();
        KioskDevice device;
        QCOMPARE(device.enroll(http, c).status, 201); // and the keyed code works
    }

    void unkeyedCodesFromBeforeTheKeyAreExpired()
    {
        // A code stored as plain SHA-256 (as issued before the key existed), still fresh and unused.
        const QString legacy = QStringLiteral("ABCD2345");
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(legacy.toUtf8(), QCryptographicHash::Sha256).toHex());
        QVERIFY(m_fx.execute(
            "INSERT INTO enrollment_codes (code_hash, unit_code, created_at, expires_at) VALUES (?, ?, ?, ?)",
            {hash, "LPYK-01", "2026-01-01T00:00:00Z", "2999-01-01T00:00:00Z"}));
        // Any command run on the database expires it, and says so.
        const auto run = m_fx.server().cli({"devices", "--json"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("enrollment codes from before the code key were expired"), run.err.constData());
        QVERIFY(m_fx.scalar("SELECT expires_at FROM enrollment_codes WHERE code_hash = ?", {hash}).toString() < "2999");
        HttpClient http = m_fx.client();
        KioskDevice device;
        QCOMPARE(device.enroll(http, "ABCD-2345").errorCode(), QStringLiteral("enrollment_code_invalid"));
    }

    void wrongCodesAreLimitedPerAddressAcrossProcesses()
    {
        // The limit lives in the database: a second server process on it counts along.
        ServerProcess second(m_fx.databaseArgs(), {"--trusted-proxy", "127.0.0.1,::1"});
        QString error;
        QVERIFY2(second.start(&error), qPrintable(error));
        HttpClient one = m_fx.client();
        HttpClient two(second.baseUrl());
        KioskDevice device;
        const HttpClient::Headers guesser{{"X-Forwarded-For", "198.51.100.1, 203.0.113.7"}};
        auto guess = [&](HttpClient &http, const HttpClient::Headers &from) {
            protocol::EnrollRequest request{QStringLiteral("ZZZZ-ZZZ%1").arg(2), device.id(), device.publicKey(),
                                            QStringLiteral("x"), QStringLiteral("0.1.0-test")};
            return http.post(QStringLiteral("/api/v1/enroll"), request.toJson(), from);
        };
        for (int i = 0; i < 10; ++i) {
            const HttpResult r = guess(i % 2 ? two : one, guesser);
            QCOMPARE(r.status, 403); // each wrong code is still judged as such, up to the limit
        }
        for (HttpClient *http : {&one, &two}) {
            const HttpResult r = guess(*http, guesser);
            QCOMPARE(r.status, 429);
            QCOMPARE(r.errorCode(), QStringLiteral("too_many_requests"));
            const int retryAfter = r.header("retry-after").toInt();
            QVERIFY2(retryAfter > 0 && retryAfter <= 15 * 60, r.header("retry-after").constData());
        }
        // A right code from that address waits too (the lock is on the address, not the code)...
        KioskDevice honest;
        protocol::EnrollRequest good{code(), honest.id(), honest.publicKey(), QStringLiteral("x"),
                                     QStringLiteral("0.1.0-test")};
        QCOMPARE(one.post(QStringLiteral("/api/v1/enroll"), good.toJson(), guesser).status, 429);
        // ...while another address is not mistaken for the guesser.
        QCOMPARE(one.post(QStringLiteral("/api/v1/enroll"), good.toJson(), {{"X-Forwarded-For", "203.0.113.8"}}).status,
                 201);
        // The guesser's own part of the header is not believed: only the proxy's last entry counts.
        QCOMPARE(guess(one, {{"X-Forwarded-For", "203.0.113.7, 203.0.113.9"}}).status, 403);
    }

    void adminApiKeepsUnitsApart()
    {
        HttpClient http = m_fx.client();
        KioskDevice other;
        QCOMPARE(other.enroll(http, code("BKKBN-JT")).status, 201);

        http.setBasic("admin-lpyk", "rahasia-lpyk");
        const HttpResult mine = http.get("/api/v1/devices");
        QCOMPARE(mine.status, 200);
        for (const QJsonValue &d : mine.json().value("devices").toArray())
            QCOMPARE(d["unit"].toString(), QStringLiteral("LPYK-01"));
        QCOMPARE(http.get("/api/v1/devices?unit=BKKBN-JT").errorCode(), QStringLiteral("forbidden"));
        QCOMPARE(http.post("/api/v1/devices/" + other.id() + "/revoke", {}).status, 404);
        QCOMPARE(http.get("/api/v1/units/BKKBN-JT/settings").status, 403);

        // A unit admin changes its own unit's settings; the version moves.
        const HttpResult current = http.get("/api/v1/units/LPYK-01/settings");
        QCOMPARE(current.status, 200);
        QJsonObject doc = current.json();
        QJsonObject kiosk = doc.value("kiosk").toObject();
        kiosk.insert("cooldown", 20);
        doc.insert("kiosk", kiosk);
        doc.remove("questionnaires");
        const HttpResult put = http.put("/api/v1/units/LPYK-01/settings", QJsonDocument(doc).toJson());
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json().value("version").toInt(), current.json().value("version").toInt() + 1);
        QCOMPARE(put.json().value("kiosk").toObject().value("cooldown").toInt(), 20);
        kiosk.insert("cooldwn", 1);
        doc.insert("kiosk", kiosk);
        const HttpResult typo = http.put("/api/v1/units/LPYK-01/settings", QJsonDocument(doc).toJson());
        QCOMPARE(typo.status, 400);
        QCOMPARE(typo.errorCode(), QStringLiteral("unknown_field"));
        QCOMPARE(typo.json().value("error").toObject().value("field").toString(), QStringLiteral("kiosk.cooldwn"));

        http.setBasic("pengamat", "rahasia-viewer");
        QCOMPARE(http.get("/api/v1/devices").status, 200);
        QCOMPARE(http.post("/api/v1/devices/" + other.id() + "/revoke", {}).errorCode(), QStringLiteral("forbidden"));

        http.setBasic("nasional", "rahasia-nasional");
        const HttpResult all = http.get("/api/v1/devices");
        QStringList units;
        for (const QJsonValue &d : all.json().value("devices").toArray())
            units << d["unit"].toString();
        QVERIFY(units.contains("LPYK-01") && units.contains("BKKBN-JT"));
        QCOMPARE(http.get("/api/v1/alerts?open=1").status, 200);

        http.setBasic("nasional", "salah");
        const HttpResult wrong = http.get("/api/v1/devices");
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorCode(), QStringLiteral("unauthorized"));
        QVERIFY(wrong.header("www-authenticate").startsWith("Basic"));
        http.clearAuth();
        QCOMPARE(http.get("/api/v1/devices").status, 401);
    }
};

QTEST_GUILESS_MAIN(TestServerEnroll)
#include "tst_serverenroll.moc"
