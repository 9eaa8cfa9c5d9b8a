// What counts as Suara's answer (protocol §1, §8.2). Only a response with X-Suara-Protocol: 1 and a JSON
// body of the right shape may mark records synced; a captive portal's 200, a proxy's 502, a truncated
// body or a wrong result list are transport failures that mark nothing and are retried.

#include "apireply.h"
#include "syncengine.h"
#include "tst_sync_fakes.h"

#include "protocol/gzip.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;
using namespace suara::sync;
using suara::test::Canned;

Q_DECLARE_METATYPE(suara::sync::RawReply)

namespace {
RawReply suaraJson(int status, const QByteArray &body)
{
    RawReply r;
    r.status = status;
    r.protocolHeader = "1";
    r.contentType = "application/json; charset=utf-8";
    r.body = body;
    return r;
}

const QByteArray kOkResults = R"({"results":[],"server_time":"2026-11-22T03:14:15.123Z"})";
} // namespace

namespace {
// A kiosk store with some records and its engine enrolled with a fake Suara.
struct EnrolledKiosk
{
    QTemporaryDir dir;
    std::unique_ptr<LocalStore> store;
    test::FakeNam nam;
    test::FakeSuara server;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<QSignalSpy> finished;

    bool setUp(int records)
    {
        store = std::make_unique<LocalStore>(dir.filePath("kiosk.db"));
        if (!store->open().ok() || !test::fill(*store, records))
            return false;
        server.attach(nam);
        engine = std::make_unique<SyncEngine>(store.get(), &nam);
        finished = std::make_unique<QSignalSpy>(engine.get(), &SyncEngine::finished);
        return engine->enroll(QUrl(QStringLiteral("http://suara.test")), QStringLiteral("7kq4-mx2p"))
            && finished->wait();
    }
};
} // namespace

class TestSyncReply : public QObject
{
    Q_OBJECT
private slots:
    void aSuaraJsonAnswerCounts()
    {
        const ApiReply r = judgeReply(suaraJson(200, kOkResults));
        QVERIFY(r.ok());
        QVERIFY(r.json.contains(QLatin1String("results")));
    }

    void aGzipAnswerIsInflated()
    {
        RawReply raw = suaraJson(200, gzip::compress(kOkResults));
        raw.contentEncoding = "gzip";
        const ApiReply r = judgeReply(raw);
        QVERIFY(r.ok());
        QCOMPARE(r.body, kOkResults);
    }

    void failures_data()
    {
        QTest::addColumn<RawReply>("raw");
        QTest::addColumn<SyncError>("expected");

        RawReply portal;
        portal.status = 200;
        portal.contentType = "text/html";
        portal.body = "<html>Login to Wi-Fi</html>";
        QTest::newRow("captive portal HTML 200") << portal << SyncError::NotSuara;

        RawReply proxy;
        proxy.status = 502;
        proxy.networkError = QNetworkReply::UnknownServerError;
        proxy.contentType = "text/html";
        proxy.body = "<html>502 Bad Gateway</html>";
        // A reverse proxy's own 502/503/504: the server behind it is down, not a Wi-Fi login page.
        QTest::newRow("proxy 502") << proxy << SyncError::ServerUnreachable;
        RawReply proxy503 = proxy;
        proxy503.status = 503;
        QTest::newRow("proxy 503") << proxy503 << SyncError::ServerUnreachable;
        RawReply proxy504 = proxy;
        proxy504.status = 504;
        proxy504.body = "<html>504 Gateway Time-out</html>";
        QTest::newRow("proxy 504") << proxy504 << SyncError::ServerUnreachable;
        // The proxy's 413: the request is too large for it; refused as it is, not retried forever.
        RawReply proxy413 = proxy;
        proxy413.status = 413;
        proxy413.body = "<html>413 Request Entity Too Large</html>";
        QTest::newRow("proxy 413") << proxy413 << SyncError::RequestRefused;
        // Anything else without the header is still not Suara.
        RawReply proxy404 = proxy;
        proxy404.status = 404;
        QTest::newRow("proxy 404") << proxy404 << SyncError::NotSuara;
        RawReply proxy500 = proxy;
        proxy500.status = 500;
        QTest::newRow("proxy 500") << proxy500 << SyncError::NotSuara;

        RawReply noHeader = suaraJson(200, kOkResults);
        noHeader.protocolHeader.clear();
        QTest::newRow("JSON 200 without the protocol header") << noHeader << SyncError::NotSuara;

        RawReply wrongHeader = suaraJson(200, kOkResults);
        wrongHeader.protocolHeader = "2";
        QTest::newRow("another protocol version") << wrongHeader << SyncError::NotSuara;

        RawReply html = suaraJson(200, "<html></html>");
        html.contentType = "text/html";
        QTest::newRow("protocol header but wrong content type") << html << SyncError::BadAnswer;

        QTest::newRow("truncated JSON") << suaraJson(200, kOkResults.left(25)) << SyncError::BadAnswer;
        QTest::newRow("JSON array, not object") << suaraJson(200, "[]") << SyncError::BadAnswer;
        QTest::newRow("empty body") << suaraJson(200, "") << SyncError::BadAnswer;

        RawReply badGzip = suaraJson(200, gzip::compress(kOkResults).left(20));
        badGzip.contentEncoding = "gzip";
        QTest::newRow("truncated gzip") << badGzip << SyncError::BadAnswer;

        RawReply cut;
        cut.status = 200;
        cut.networkError = QNetworkReply::RemoteHostClosedError;
        cut.protocolHeader = "1";
        cut.contentType = "application/json";
        cut.body = kOkResults.left(10);
        QTest::newRow("connection closed mid-body") << cut << SyncError::ServerUnreachable;

        RawReply refused;
        refused.networkError = QNetworkReply::ConnectionRefusedError;
        QTest::newRow("connection refused") << refused << SyncError::ServerUnreachable;

        RawReply timeout;
        timeout.timedOut = true;
        QTest::newRow("timeout") << timeout << SyncError::Timeout;

        QTest::newRow("Suara 503") << suaraJson(503, R"({"error":{"code":"unavailable","message":"db down"}})")
                                   << SyncError::ServerUnavailable;
        QTest::newRow("Suara 500") << suaraJson(500, R"({"error":{"code":"internal","message":"x"}})")
                                   << SyncError::ServerUnavailable;
        QTest::newRow("Suara 503 with HTML body") << suaraJson(503, "<html/>") << SyncError::BadAnswer;
        QTest::newRow("401") << suaraJson(401, R"({"error":{"code":"unauthorized","message":"x"}})")
                             << SyncError::Unauthorized;
        QTest::newRow("403 device_revoked")
            << suaraJson(403, R"({"error":{"code":"device_revoked","message":"x"}})") << SyncError::Revoked;
        QTest::newRow("409 code used") << suaraJson(409, R"({"error":{"code":"enrollment_code_used","message":"x"}})")
                                       << SyncError::EnrollmentCodeUsed;
        QTest::newRow("302 redirect to a login page") << suaraJson(302, "{}") << SyncError::BadAnswer;
    }

    void failures()
    {
        QFETCH(RawReply, raw);
        QFETCH(SyncError, expected);
        const ApiReply r = judgeReply(raw);
        QVERIFY(!r.ok());
        QCOMPARE(r.failure.error, expected);
        QVERIFY(!describe(expected).isEmpty());
    }

    void aProxyAnswerSaysWhatItIs()
    {
        RawReply raw;
        raw.status = 413;
        raw.contentType = "text/html";
        raw.serverHeader = "nginx/1.22.1";
        raw.body = "<html>413 Request Entity Too Large</html>";
        const ApiReply tooLarge = judgeReply(raw);
        QVERIFY(tooLarge.fromProxy);
        QVERIFY(tooLarge.apiError.has_value());
        QCOMPARE(tooLarge.apiError->code, protocol::ErrorCode::PayloadTooLarge); // a push halves its batch
        QVERIFY(!isTransient(tooLarge.failure.error)); // a bundle is not retried as is
        QVERIFY2(tooLarge.failure.detail.contains(QLatin1String("nginx/1.22.1"))
                     && tooLarge.failure.detail.contains(QLatin1String("client_max_body_size")),
                 qPrintable(tooLarge.failure.detail));
        raw.status = 504;
        const ApiReply gateway = judgeReply(raw);
        QVERIFY(gateway.fromProxy);
        QVERIFY(isTransient(gateway.failure.error));
        QVERIFY(!gateway.apiError);
        // Suara's own 413 is Suara's, not the proxy's.
        RawReply own = suaraJson(413, R"({"error":{"code":"payload_too_large","message":"x"}})");
        QVERIFY(!judgeReply(own).fromProxy);
    }

    void transportFailuresAreRetriedRefusalsAreNot()
    {
        for (SyncError e : {SyncError::ServerUnreachable, SyncError::Timeout, SyncError::NotSuara, SyncError::BadAnswer,
                            SyncError::ServerUnavailable})
            QVERIFY(isTransient(e));
        for (SyncError e :
             {SyncError::Revoked, SyncError::Unauthorized, SyncError::EnrollmentCodeInvalid, SyncError::RequestRefused})
            QVERIFY(!isTransient(e));
    }

    void aNotModifiedNeedsNoBody()
    {
        RawReply raw;
        raw.status = 304;
        QVERIFY(judgeReply(raw).notModified());
    }

    // A proxy in front of the server refuses bodies over its limit with its own 413: the push splits
    // its batch until the records pass, instead of backing off forever on a "Wi-Fi login page".
    void aProxy413SplitsTheBatch()
    {
        EnrolledKiosk kiosk;
        QVERIFY(kiosk.setUp(4));
        test::FakeSuara &server = kiosk.server;
        SyncEngine &engine = *kiosk.engine;
        QSignalSpy &finished = *kiosk.finished;
        int refused = 0;
        server.override = [&refused](const test::Recorded &r) -> std::optional<Canned> {
            if (!r.url.path().endsWith(QLatin1String("/records")))
                return std::nullopt;
            const qsizetype records =
                QJsonDocument::fromJson(r.body).object().value(QLatin1String("records")).toArray().size();
            if (records <= 1)
                return std::nullopt;
            ++refused;
            return Canned{
                413, {{"Content-Type", "text/html"}, {"Server", "nginx"}}, "<html>413 Request Entity Too Large</html>"};
        };
        QVERIFY(engine.push());
        QVERIFY(finished.wait());
        QCOMPARE(finished.last().at(1).value<SyncError>(), SyncError::None);
        QVERIFY(refused >= 2);
        QCOMPARE(engine.counts().value().synced, 4);
        QCOMPARE(engine.counts().value().quarantined, 0);
        QCOMPARE(server.stored.size(), 4);
    }

    // Through the whole engine: each bad answer to a push marks nothing synced.
    void badAnswersToAPushMarkNothing_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("captive portal HTML 200") << 0;
        QTest::newRow("wrong content type") << 1;
        QTest::newRow("missing protocol header") << 2;
        QTest::newRow("truncated JSON") << 3;
        QTest::newRow("one result too few") << 4;
        QTest::newRow("results for other records") << 5;
        QTest::newRow("results in another order") << 6;
        QTest::newRow("unknown status") << 7;
        QTest::newRow("proxy 502") << 8;
    }

    void badAnswersToAPushMarkNothing()
    {
        QFETCH(int, variant);
        EnrolledKiosk kiosk;
        QVERIFY(kiosk.setUp(3));
        test::FakeSuara &server = kiosk.server;
        SyncEngine &engine = *kiosk.engine;
        QSignalSpy &finished = *kiosk.finished;

        server.override = [variant, &server](const test::Recorded &r) -> std::optional<Canned> {
            if (!r.url.path().endsWith(QLatin1String("/records")))
                return std::nullopt;
            Canned good = server.push(r); // the server did store them: only the answer is bad
            QJsonObject answer = QJsonDocument::fromJson(good.body).object();
            QJsonArray results = answer.value(QLatin1String("results")).toArray();
            switch (variant) {
            case 0:
                return Canned::captivePortal();
            case 1:
                good.headers = {{"X-Suara-Protocol", "1"}, {"Content-Type", "text/plain"}};
                return good;
            case 2:
                good.headers = {{"Content-Type", "application/json"}};
                return good;
            case 3:
                good.body.chop(good.body.size() / 2);
                return good;
            case 4:
                results.removeLast();
                break;
            case 5: {
                QJsonObject first = results.at(0).toObject();
                first.insert(QStringLiteral("id"), QStringLiteral("someone-else"));
                results.replace(0, first);
                break;
            }
            case 6: {
                const QJsonValue v = results.takeAt(0);
                results.append(v);
                break;
            }
            case 7: {
                QJsonObject first = results.at(0).toObject();
                first.insert(QStringLiteral("status"), QStringLiteral("maybe"));
                results.replace(0, first);
                break;
            }
            case 8:
                return Canned{502, {{"Content-Type", "text/html"}}, "<html>Bad Gateway</html>"};
            }
            answer.insert(QStringLiteral("results"), results);
            return Canned::suara(200, answer);
        };
        QVERIFY(engine.push());
        QVERIFY(finished.wait());
        const auto args = finished.last();
        const SyncError error = args.at(1).value<SyncError>();
        QVERIFY2(error != SyncError::None, "a bad answer was taken for success");
        QVERIFY(isTransient(error));
        const Outbox::Counts c = engine.counts().value();
        QCOMPARE(c.synced, 0);
        QCOMPARE(c.quarantined, 0);
        QCOMPARE(c.pending, 3);
        QCOMPARE(engine.status()->lastError(), error);
        QVERIFY(!engine.status()->lastErrorMessage().isEmpty());

        // The server did store them; once a good answer gets through they are duplicates → synced.
        server.override = nullptr;
        QVERIFY(engine.push());
        QVERIFY(finished.wait());
        QCOMPARE(finished.last().at(1).value<SyncError>(), SyncError::None);
        QCOMPARE(engine.counts().value().synced, 3);
        QCOMPARE(server.stored.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSyncReply)
#include "tst_sync_reply.moc"
