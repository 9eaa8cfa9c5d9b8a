// Hostile and broken requests: each gets its 4xx JSON error (413 before the body is read), and the
// server keeps serving.
#include "kioskdevice.h"
#include "protocol/gzip.h"
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
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
        QTest::newRow("not json") << QByteArray("{\"device_id\": ") << 400 << "malformed_json" << "";
        QTest::newRow("html") << QByteArray("<html>hello</html>") << 400 << "malformed_json" << "";
        QTest::newRow("array") << QByteArray("[1,2]") << 400 << "malformed_json" << "";
        QTest::newRow("empty") << QByteArray() << 400 << "malformed_json" << "";
        QTest::newRow("last_seq as text") << with("last_seq", "3") << 400 << "invalid_field" << "last_seq";
        QTest::newRow("negative last_seq") << with("last_seq", -1) << 400 << "invalid_field" << "last_seq";
        QTest::newRow("records not array") << with("records", QJsonObject()) << 400 << "invalid_field" << "records";
        QTest::newRow("seq as text") << withRecord("seq", "2") << 400 << "invalid_field" << "records[1].seq";
        QTest::newRow("body as object") << withRecord("body", QJsonObject()) << 400 << "invalid_field" << "records[1].body";
        QTest::newRow("unknown top field") << with("lastseq", 3) << 400 << "unknown_field" << "lastseq";
        QTest::newRow("unknown record field") << withRecord("signature", "x") << 400 << "unknown_field" << "records[1].signature";
        QTest::newRow("someone else's id") << with("device_id", "another-device") << 403 << "forbidden" << "device_id";
        QJsonArray many;
        for (int i = 0; i < 501; ++i)
            many.append(i);
        QTest::newRow("too many records") << with("records", many) << 413 << "batch_too_large" << "records";
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
                                "Authorization: Bearer " + m_device->token().toLatin1() + "\r\n"
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
        while (clock.elapsed() < 10'000 && socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(100))
            answer += socket.readAll();
        QCOMPARE(codeOf(bodyOf(answer)), QStringLiteral("payload_too_large"));
        QVERIFY2(clock.elapsed() < 5'000, "the 413 should not wait for a body that never comes");
    }

    void aHugeChunkedBodyIsCutOff()
    {
        // No length up front: the server counts as it reads and stops at the limit.
        QByteArray request = "POST /api/v1/records HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
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
                                   "Authorization: Bearer " + m_device->token().toLatin1() + "\r\n"
                                   "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                                   + QByteArray::number(body.size() - 10, 16) + "\r\n" + body.left(body.size() - 10) + "\r\n"
                                   + "a\r\n" + body.right(10) + "\r\n0\r\n\r\n";
        const QByteArray answer = rawExchange(m_fx.server().port(), request);
        QCOMPARE(statusOf(answer), 200);
        QVERIFY(bodyOf(answer).contains("\"results\""));
    }

    void notHttpAtAll()
    {
        QCOMPARE(codeOf(bodyOf(rawExchange(m_fx.server().port(), QByteArray("\x16\x03\x01\x02\x00garbage", 12)))),
                 QStringLiteral("bad_request"));
        QCOMPARE(statusOf(rawExchange(m_fx.server().port(), "GET /healthz HTTP/2.0\r\n\r\n")), 400);
        QCOMPARE(statusOf(rawExchange(m_fx.server().port(),
                                      "POST /api/v1/enroll HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!")),
                 400);
        QCOMPARE(statusOf(rawExchange(m_fx.server().port(), "GET /" + QByteArray(64 * 1024, 'a') + " HTTP/1.1\r\n\r\n")), 413);
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
                case 0: body[at] = char(rng.bounded(256)); break;
                case 1: body.remove(at, int(rng.bounded(20))); break;
                default: body.insert(at, QByteArray(int(rng.bounded(5)) + 1, char(rng.bounded(32, 127)))); break;
                }
            }
            const HttpResult r = http.post("/api/v1/records", body);
            QVERIFY2(r.isSuara(), qPrintable(QString::number(i)));
            QVERIFY2(r.status == 200 || (r.status >= 400 && r.status < 500),
                     qPrintable(QStringLiteral("%1: HTTP %2 %3").arg(i).arg(r.status).arg(QString::fromUtf8(r.body.left(300)))));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerErrors)
#include "tst_servererrors.moc"
