// Hostile and broken requests: each gets its 4xx JSON error (413 before the body is read), and the
// server keeps serving.
#include "kioskdevice.h"
#include "protocol/gzip.h"
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

using namespace suara;
using namespace suara::testing;

namespace {
int statusOf(const QByteArray &rawAnswer)
{
    // "HTTP/1.1 413 Payload Too Large\r\n…"
    const QList<QByteArray> first = rawAnswer.left(rawAnswer.indexOf("\r\n")).split(' ');
    return first.size() >= 2 ? first.at(1).toInt() : 0;
}

QByteArray bodyOf(const QByteArray &rawAnswer)
{
    const qsizetype end = rawAnswer.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : rawAnswer.mid(end + 4);
}

QString codeOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value("error").toObject().value("code").toString();
}
} // namespace

class TestServerErrors : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;
    std::unique_ptr<KioskDevice> m_device;

    HttpResult pushRaw(const QByteArray &body, const HttpClient::Headers &headers = {},
                       const QByteArray &contentType = "application/json")
    {
        HttpClient http = m_fx.client();
        http.setBearer(m_device->token());
        return http.post("/api/v1/records", body, headers, contentType);
    }

private slots:
    void initTestCase()
    {
        SUARA_SERVER_FIXTURE_SETUP(m_fx);
        QString error;
        QVERIFY2(m_fx.createUnit("LPYK-01", "Lapas Kelas IIA Yogyakarta", &error), qPrintable(error));
        QVERIFY2(m_fx.createUser("nasional", "national_admin", {}, "rahasia-nasional", &error), qPrintable(error));
        m_device = std::make_unique<KioskDevice>();
        HttpClient http = m_fx.client();
        QCOMPARE(m_device->enroll(http, m_fx.enrollmentCode("LPYK-01", &error)).status, 201);
        m_device->addResponses(3);
    }

    void cleanup()
    {
        // After every kind of abuse: still alive, still answering.
        QVERIFY(m_fx.server().isRunning());
        HttpClient http = m_fx.client();
        const HttpResult health = http.get("/healthz");
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value("database").toString(), QStringLiteral("ok"));
    }

    void badBodiesGetTheirError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QJsonObject wire = QJsonDocument::fromJson(m_device->pushBody(m_device->records())).object();
        auto with = [&](const QString &key, const QJsonValue &v) {
            QJsonObject o = wire;
            o.insert(key, v);
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        auto withRecord = [&](const QString &key, const QJsonValue &v) {
            QJsonObject o = wire;
            QJsonArray records = o.value("records").toArray();
            QJsonObject r = records.at(1).toObject();
            r.insert(key, v);
            records.replace(1, r);
            o.insert("records", records);
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        QTest::newRow("not json") << QByteArray("{\"device_id\": ") << 400 << "malformed_json"
                                  << "";
        QTest::newRow("html") << QByteArray("<html>hello</html>") << 400 << "malformed_json"
                              << "";
        QTest::newRow("array") << QByteArray("[1,2]") << 400 << "malformed_json"
                               << "";
        QTest::newRow("empty") << QByteArray() << 400 << "malformed_json"
                               << "";
        QTest::newRow("last_seq as text") << with("last_seq", "3") << 400 << "invalid_field"
                                          << "last_seq";
        QTest::newRow("negative last_seq") << with("last_seq", -1) << 400 << "invalid_field"
                                           << "last_seq";
        QTest::newRow("records not array") << with("records", QJsonObject()) << 400 << "invalid_field"
                                           << "records";
        QTest::newRow("seq as text") << withRecord("seq", "2") << 400 << "invalid_field"
                                     << "records[1].seq";
        QTest::newRow("body as object") << withRecord("body", QJsonObject()) << 400 << "invalid_field"
                                        << "records[1].body";
        // protocol §2.2's forms: a malformed hash or signature is the batch's error, not a record's verdict.
        QTest::newRow("prev not hex") << withRecord("prev", QString(64, 'g')) << 400 << "invalid_field"
                                      << "records[1].prev";
        QTest::newRow("sig in base64url") << withRecord("sig", QString(86, '_') + "==") << 400 << "invalid_field"
                                          << "records[1].sig";
        QTest::newRow("seq beyond 2^53 - 1") << withRecord("seq", 9007199254740992.0) << 400 << "invalid_field"
                                             << "records[1].seq";
        QTest::newRow("unknown top field") << with("lastseq", 3) << 400 << "unknown_field"
                                           << "lastseq";
        QTest::newRow("unknown record field") << withRecord("signature", "x") << 400 << "unknown_field"
                                              << "records[1].signature";
        QTest::newRow("someone else's id") << with("device_id", "another-device") << 403 << "forbidden"
                                           << "device_id";
        QJsonArray many;
        for (int i = 0; i < 501; ++i)
            many.append(i);
        QTest::newRow("too many records") << with("records", many) << 413 << "batch_too_large"
                                          << "records";
    }

    void badBodiesGetTheirError()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const HttpResult r = pushRaw(body);
        QCOMPARE(r.status, status);
        QVERIFY(r.isSuara());
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(r.json().value("error").toObject().value("field").toString(), field);
        QVERIFY(!r.json().value("error").toObject().value("message").toString().isEmpty());
        // Nothing of a refused batch was written.
        QCOMPARE(m_fx.scalar("SELECT COUNT(*) FROM records").toInt(), 0);
    }

    void wrongMediaAndEncodingAreRefused()
    {
        const QByteArray good = m_device->pushBody(m_device->records());
        QCOMPARE(pushRaw(good, {}, "text/plain").errorCode(), QStringLiteral("unsupported_media_type"));
        QCOMPARE(pushRaw(good, {{"Content-Encoding", "br"}}).status, 415);
        const HttpResult notGzip = pushRaw(good, {{"Content-Encoding", "gzip"}});
        QCOMPARE(notGzip.status, 400);
        QCOMPARE(notGzip.errorCode(), QStringLiteral("malformed_json"));
        // A gzip bomb: 20 KiB that would inflate to 64 MiB.
        const QByteArray bomb = gzip::compress(QByteArray(64 << 20, ' '), 9);
        QVERIFY(bomb.size() < 1 << 20);
        const HttpResult exploded = pushRaw(bomb, {{"Content-Encoding", "gzip"}});
        QCOMPARE(exploded.status, 413);
        QCOMPARE(exploded.errorCode(), QStringLiteral("payload_too_large"));
        // gzip done right works.
        const HttpResult zipped = pushRaw(gzip::compress(good), {{"Content-Encoding", "gzip"}});
        QCOMPARE(zipped.status, 200);
    }

    void aHugeBodyIsRefusedBeforeItIsRead()
    {
        // Headers announce 200 MiB; only 64 KiB follow. The 413 must come anyway, without the rest.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_fx.server().port());
        QVERIFY(socket.waitForConnected(5'000));
        const QByteArray head = "POST /api/v1/records HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                "Authorization: Bearer "
            + m_device->token().toLatin1()
            + "\r\n"
              "Content-Length: 209715200\r\n\r\n";
        socket.write(head + QByteArray(64 * 1024, 'x'));
        QElapsedTimer clock;
        clock.start();
        QByteArray answer;
        while (clock.elapsed() < 10'000 && !answer.contains("\r\n\r\n")) {
            socket.waitForReadyRead(100);
            answer += socket.readAll();
        }
        QCOMPARE(statusOf(answer), 413);
        QVERIFY(answer.contains("X-Suara-Protocol: 1"));
        QVERIFY(answer.contains("Connection: close"));
        while (clock.elapsed() < 10'000 && socket.state() == QAbstractSocket::ConnectedState
               && socket.waitForReadyRead(100))
            answer += socket.readAll();
        QCOMPARE(codeOf(bodyOf(answer)), QStringLiteral("payload_too_large"));
        QVERIFY2(clock.elapsed() < 5'000, "the 413 should not wait for a body that never comes");
    }

    void uploadsAreRefusedBeforeTheBodyIsSent_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray big = "Content-Length: 5242880\r\n"; // 5 MiB announced, never sent
        const QByteArray json = "Content-Type: application/json\r\n";
        const QByteArray bundle = "Content-Type: application/vnd.suara.bundle\r\n";
        const QByteArray underLimit = "Content-Length: 900000\r\n"; // a JSON body just under 1 MiB
        const QByteArray wrongBasic = "Authorization: Basic " + QByteArray("nasional:salah").toBase64() + "\r\n";
        // No credentials at all: refused on the head, on the I/O thread.
        QTest::newRow("records, no token") << "POST /api/v1/records HTTP/1.1\r\n" + json + big + "\r\n"
                                           << 401 << "unauthorized";
        QTest::newRow("bundle, no login") << "POST /api/v1/bundles HTTP/1.1\r\n" + bundle + big + "\r\n"
                                          << 401 << "unauthorized";
        QTest::newRow("settings, no login") << "PUT /api/v1/units/LPYK-01/settings HTTP/1.1\r\n" + json + big + "\r\n"
                                            << 401 << "unauthorized";
        QTest::newRow("chunked, no token")
            << "POST /api/v1/records HTTP/1.1\r\n" + json + "Transfer-Encoding: chunked\r\n\r\n"
            << 401 << "unauthorized";
        // Credentials that are wrong: checked on a worker, still before the body.
        QTest::newRow("records, wrong token")
            << "POST /api/v1/records HTTP/1.1\r\n" + json + "Authorization: Bearer nope\r\n" + underLimit + "\r\n"
            << 401 << "unauthorized";
        QTest::newRow("bundle, wrong password") << "POST /api/v1/bundles HTTP/1.1\r\n" + bundle + wrongBasic + big
                + "\r\n" << 401 << "unauthorized";
        QTest::newRow("settings, wrong password")
            << "PUT /api/v1/units/LPYK-01/settings HTTP/1.1\r\n" + json + wrongBasic + underLimit + "\r\n"
            << 401 << "unauthorized";
        QTest::newRow("expect 100-continue, wrong token") << "POST /api/v1/records HTTP/1.1\r\n" + json
                + "Authorization: Bearer nope\r\nExpect: 100-continue\r\n" + underLimit
                + "\r\n" << 401 << "unauthorized";
    }

    void uploadsAreRefusedBeforeTheBodyIsSent()
    {
        // The client sends the head and then only listens: an answer at all proves the server did not
        // wait for (or read) the body first.
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        QFETCH(QString, code);
        QElapsedTimer clock;
        clock.start();
        const QByteArray answer = rawExchange(m_fx.server().port(), head, 8'000);
        QCOMPARE(statusOf(answer), status);
        QVERIFY(!answer.contains("100 Continue"));
        QVERIFY(answer.contains("X-Suara-Protocol: 1"));
        QCOMPARE(codeOf(bodyOf(answer)), code);
        QVERIFY2(clock.elapsed() < 5'000, "the refusal must not wait for a body");
    }

    void aGzipBombWithoutATokenIsUnauthorizedNotTooLarge()
    {
        const QByteArray bomb = gzip::compress(QByteArray(64 << 20, ' '), 9);
        HttpClient http = m_fx.client();
        const HttpResult r = http.post("/api/v1/records", bomb, {{"Content-Encoding", "gzip"}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("unauthorized"));
    }

    void controlCharactersAreRefusedAtTheEdge_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("authorization");
        const QByteArray admin = "Basic " + QByteArray("nasional:rahasia-nasional").toBase64();
        const QByteArray device = "Bearer " + m_device->token().toLatin1();
        // Each of these reached a query as text before; on PostgreSQL a U+0000 was a 500.
        QTest::newRow("query parameter") << QByteArray("GET") << "/api/v1/alerts?device=a%00b" << QByteArray() << admin;
        QTest::newRow("query parameter, escape")
            << QByteArray("GET") << "/api/v1/devices?unit=LPYK%1B01" << QByteArray() << admin;
        QTest::newRow("path segment") << QByteArray("GET") << "/api/v1/units/LPYK%0001/settings" << QByteArray()
                                      << admin;
        QTest::newRow("device id in the path")
            << QByteArray("POST") << "/api/v1/devices/x%00y/revoke" << QByteArray() << admin;
        QTest::newRow("basic user name") << QByteArray("GET") << "/api/v1/alerts" << QByteArray()
                                         << "Basic " + QByteArray("nas\0ional:rahasia-nasional", 26).toBase64();
        QTest::newRow("basic password") << QByteArray("GET") << "/api/v1/alerts" << QByteArray()
                                        << "Basic " + QByteArray("nasional:rahasia\x01").toBase64();
        QTest::newRow("enrollment label")
            << QByteArray("POST") << "/api/v1/enroll"
            << QByteArray(
                   R"({"code":"ZZZZ-ZZZZ","device_id":"d1","public_key":"AAAA","label":"Loket\u00001","app_version":"1"})")
            << QByteArray();
        QTest::newRow("enrollment code")
            << QByteArray("POST") << "/api/v1/enroll"
            << QByteArray(
                   R"({"code":"ZZZZ\u0000ZZZZ","device_id":"d1","public_key":"AAAA","label":"x","app_version":"1"})")
            << QByteArray();
        QTest::newRow("json key") << QByteArray("POST") << "/api/v1/enroll" << QByteArray(R"({"co\u0007de":"x"})")
                                  << QByteArray();
        QTest::newRow("push device id") << QByteArray("POST") << "/api/v1/records"
                                        << QByteArray(R"({"device_id":"a\u0000","last_seq":0,"records":[]})") << device;
        QTest::newRow("unit name") << QByteArray("PUT") << "/api/v1/units/LPYK-01/settings"
                                   << QByteArray(R"({"unit":{"code":"LPYK-01","name":"Lapas\u0000"}})") << admin;
    }

    void controlCharactersAreRefusedAtTheEdge()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, authorization);
        HttpClient http = m_fx.client();
        HttpClient::Headers headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const HttpResult r = http.send(method, path, body, headers, "application/json");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("bad_request"));
        QVERIFY2(r.json().value("error").toObject().value("message").toString().contains("control character"),
                 r.body.constData());
        // Nothing was written, and the unit keeps its name.
        QCOMPARE(m_fx.scalar("SELECT name FROM units WHERE code = 'LPYK-01'").toString(),
                 QStringLiteral("Lapas Kelas IIA Yogyakarta"));
    }

    void aLineBreakInAFreeTextValueIsNotAControlCharacterError()
    {
        // The normal case is not mistaken for the bad one: a comment may have line breaks; this body
        // is refused for its unknown code, not for its text.
        HttpClient http = m_fx.client();
        const HttpResult r = http.post(
            "/api/v1/enroll",
            R"({"code":"ZZZZ-ZZZZ","device_id":"d1","public_key":"AAAA","label":"Loket\n1\tdepan","app_version":"1"})");
        QVERIFY2(r.errorCode() != QStringLiteral("bad_request"), r.body.constData());
    }

    void anEncodedSlashNeverReachesAnotherEndpoint()
    {
        HttpClient http = m_fx.client();
        http.setBasic("nasional", "rahasia-nasional");
        // Decoded before routing, this was POST /api/v1/devices/<id>/revoke of the real device.
        const HttpResult r =
            http.send("POST", "/api/v1/devices/" + m_device->id() + "%2Frevoke", {}, {}, "application/json");
        QCOMPARE(r.status, 404);
        const HttpResult devices = http.get("/api/v1/devices");
        QCOMPARE(devices.status, 200);
        bool found = false;
        for (const QJsonValue &d : QJsonDocument::fromJson(devices.body).object().value("devices").toArray()) {
            if (d["device_id"].toString() == m_device->id()) {
                found = true;
                QVERIFY(!d["revoked"].toBool());
            }
        }
        QVERIFY(found);
    }

    void aLockedDatabaseAnswers503WithinTheConfiguredTimeout()
    {
        // Another writer holds the database (SQLite: the write lock; PostgreSQL: the device's row).
        // With short timeouts the push is a 503 in well under the 10 s default, and nothing is written.
        ServerProcess quick(m_fx.databaseArgs(), {"--statement-timeout-ms", "300", "--sqlite-busy-timeout-ms", "300"});
        QString error;
        QVERIFY2(quick.start(&error), qPrintable(error));
        HttpClient http(quick.baseUrl());
        http.setBearer(m_device->token());
        QSqlDatabase locker = TestBackend::openDirect(m_fx.databaseArgs(), &error);
        QVERIFY2(locker.isOpen(), qPrintable(error));
        QSqlQuery lock(locker);
        if (TestBackend::instance().isPostgres()) {
            QVERIFY(lock.exec("BEGIN"));
            QVERIFY(lock.prepare("SELECT id FROM devices WHERE id = ? FOR UPDATE"));
            lock.addBindValue(m_device->id());
            QVERIFY(lock.exec());
        } else {
            QVERIFY(lock.exec("BEGIN EXCLUSIVE"));
        }
        const qint64 before = m_fx.scalar("SELECT COUNT(*) FROM records").toLongLong();
        m_device->addResponses(1);
        QElapsedTimer clock;
        clock.start();
        const HttpResult during =
            http.post("/api/v1/records", m_device->pushBody(m_device->records(m_device->records().size() - 1)));
        const qint64 waited = clock.elapsed();
        QVERIFY(QSqlQuery(locker).exec("ROLLBACK"));
        TestBackend::closeDirect(locker);
        if (during.status != 503) {
            quick.terminate(); // its log is complete once it has exited
            qWarning("HTTP %d %s\n%s", during.status, during.body.constData(), quick.log().constData());
        }
        QCOMPARE(during.status, 503);
        QCOMPARE(during.errorCode(), QStringLiteral("unavailable"));
        QVERIFY2(waited < 5'000, qPrintable(QString::number(waited)));
        QCOMPARE(m_fx.scalar("SELECT COUNT(*) FROM records").toLongLong(), before);
        QCOMPARE(quick.terminate(), 0);
    }

    void aHugeChunkedBodyIsCutOff()
    {
        // No length up front: the server counts as it reads and stops at the limit.
        QByteArray request = "POST /api/v1/records HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                             "Authorization: Bearer "
            + m_device->token().toLatin1()
            + "\r\n"
              "Transfer-Encoding: chunked\r\n\r\n";
        const QByteArray chunk = QByteArray(256 * 1024, 'x');
        for (int i = 0; i < 6; ++i)
            request += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        const QByteArray answer = rawExchange(m_fx.server().port(), request);
        QCOMPARE(statusOf(answer), 413);
        QCOMPARE(codeOf(bodyOf(answer)), QStringLiteral("payload_too_large"));
    }

    void aSmallChunkedRequestWorks()
    {
        const QByteArray body = m_device->pushBody(m_device->records(0, 1));
        const QByteArray request = "POST /api/v1/records HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                   "Authorization: Bearer "
            + m_device->token().toLatin1()
            + "\r\n"
              "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            + QByteArray::number(body.size() - 10, 16) + "\r\n" + body.left(body.size() - 10) + "\r\n" + "a\r\n"
            + body.right(10) + "\r\n0\r\n\r\n";
        const QByteArray answer = rawExchange(m_fx.server().port(), request);
        QCOMPARE(statusOf(answer), 200);
        QVERIFY(bodyOf(answer).contains("\"results\""));
    }

    void notHttpAtAll()
    {
        QCOMPARE(codeOf(bodyOf(rawExchange(m_fx.server().port(), QByteArray("\x16\x03\x01\x02\x00garbage", 12)))),
                 QStringLiteral("bad_request"));
        QCOMPARE(statusOf(rawExchange(m_fx.server().port(), "GET /healthz HTTP/2.0\r\n\r\n")), 400);
        QCOMPARE(statusOf(rawExchange(
                     m_fx.server().port(),
                     "POST /api/v1/enroll HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!")),
                 400);
        QCOMPARE(
            statusOf(rawExchange(m_fx.server().port(), "GET /" + QByteArray(64 * 1024, 'a') + " HTTP/1.1\r\n\r\n")),
            413);
        // A client that connects and says nothing is simply let go (no crash, no hang).
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, m_fx.server().port());
        QVERIFY(idle.waitForConnected(5'000));
    }

    void credentialsAreChecked()
    {
        HttpClient http = m_fx.client();
        const QByteArray body = m_device->pushBody(m_device->records());
        const HttpResult none = http.post("/api/v1/records", body);
        QCOMPARE(none.status, 401);
        QCOMPARE(none.errorCode(), QStringLiteral("unauthorized"));
        http.setBearer("not-a-token");
        QCOMPARE(http.post("/api/v1/records", body).errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(http.get("/api/v1/settings").status, 401);
        http.setBasic("nasional", "wrong");
        QCOMPARE(http.get("/api/v1/alerts").status, 401);
        http.setBasic("nobody", "rahasia-nasional");
        QCOMPARE(http.get("/api/v1/alerts").status, 401);
        http.clearAuth();
        QCOMPARE(http.post("/api/v1/bundles", "x", {}, "application/vnd.suara.bundle").status, 401);
    }

    void unknownPathsAndMethods()
    {
        HttpClient http = m_fx.client();
        const HttpResult missing = http.get("/api/v1/nothing");
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), QStringLiteral("not_found"));
        const HttpResult method = http.send("DELETE", "/api/v1/records", {}, {}, {});
        QCOMPARE(method.status, 405);
        QCOMPARE(method.errorCode(), QStringLiteral("method_not_allowed"));
        QCOMPARE(method.header("allow"), QByteArray("POST"));
        QCOMPARE(http.get("/api/v1/units/NOPE/settings").status, 401); // credentials before existence
        http.setBasic("nasional", "rahasia-nasional");
        QCOMPARE(http.get("/api/v1/units/NOPE/settings").errorCode(), QStringLiteral("not_found"));
    }

    void randomDamageNeverBreaksTheServer()
    {
        // 300 randomly damaged pushes: every answer is 200 or a Suara 4xx, never a 5xx or silence.
        const QByteArray good = m_device->pushBody(m_device->records());
        QRandomGenerator rng(20261122);
        HttpClient http = m_fx.client();
        http.setBearer(m_device->token());
        for (int i = 0; i < 300; ++i) {
            QByteArray body = good;
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const int at = int(rng.bounded(body.size()));
                switch (rng.bounded(3)) {
                case 0:
                    body[at] = char(rng.bounded(256));
                    break;
                case 1:
                    body.remove(at, int(rng.bounded(20)));
                    break;
                default:
                    body.insert(at, QByteArray(int(rng.bounded(5)) + 1, char(rng.bounded(32, 127))));
                    break;
                }
            }
            const HttpResult r = http.post("/api/v1/records", body);
            QVERIFY2(r.isSuara(), qPrintable(QString::number(i)));
            QVERIFY2(
                r.status == 200 || (r.status >= 400 && r.status < 500),
                qPrintable(
                    QStringLiteral("%1: HTTP %2 %3").arg(i).arg(r.status).arg(QString::fromUtf8(r.body.left(300)))));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerErrors)
#include "tst_servererrors.moc"
