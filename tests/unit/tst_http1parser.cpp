#include "api/router.h"
#include "http/http1parser.h"

#include <QTest>

using namespace suara::server;
using namespace suara::server::http1;

class TestHttp1Parser : public QObject
{
    Q_OBJECT
private slots:
    void parsesAHeadAndLeavesTheBody()
    {
        const QByteArray raw = "\r\nPOST /api/v1/records?x=1 HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n"
                               "content-type:  application/json \r\n\r\nhello";
        HttpRequest head;
        qsizetype consumed = 0;
        QCOMPARE(parseHead(raw, 16 * 1024, &head, &consumed), Status::Done);
        QCOMPARE(head.method, QByteArray("POST"));
        QCOMPARE(head.path, QStringLiteral("/api/v1/records"));
        QCOMPARE(head.query, QByteArray("x=1"));
        QCOMPARE(head.contentLength, 5);
        QCOMPARE(head.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(raw.mid(consumed), QByteArray("hello"));
        QVERIFY(keepAlive(head));
    }

    void waitsForMoreAndRefusesTooMuch()
    {
        HttpRequest head;
        qsizetype consumed = 0;
        QCOMPARE(parseHead("GET /healthz HTTP/1.1\r\nHost:", 1024, &head, &consumed), Status::NeedMore);
        QCOMPARE(parseHead("GET /" + QByteArray(2048, 'a'), 1024, &head, &consumed), Status::TooLarge);
    }

    void refusesWhatIsAmbiguous_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("tls") << QByteArray("\x16\x03\x01\x02\x00", 5);
        QTest::newRow("http2") << QByteArray("GET / HTTP/2.0\r\n\r\n");
        QTest::newRow("no path") << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n");
        QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n");
        QTest::newRow("length and chunked")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n");
        QTest::newRow("gzip transfer") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n");
        QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n");
        QTest::newRow("folded") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n");
        QTest::newRow("bare lf") << QByteArray("GET / HTTP/1.1\r\nA: b\nB: c\r\n\r\n");
        QTest::newRow("space in name") << QByteArray("GET / HTTP/1.1\r\nA b: c\r\n\r\n");
        // Where request smuggling lives: each of these is read differently by some proxy.
        QTest::newRow("request line bare lf") << QByteArray("GET / HTTP/1.1\nHost: a\r\n\r\n");
        QTest::newRow("request line lf only") << QByteArray("GET / HTTP/1.1\nHost: a\n\r\n\r\n");
        QTest::newRow("cr in value") << QByteArray("GET / HTTP/1.1\r\nA: b\rc\r\n\r\n");
        QTest::newRow("nul in value") << QByteArray("GET / HTTP/1.1\r\nA: b\0c\r\n\r\n", 26);
        QTest::newRow("escape in value") << QByteArray("GET / HTTP/1.1\r\nA: b\x1b\r\n\r\n");
        QTest::newRow("same length twice")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\n");
        QTest::newRow("length list") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1, 1\r\n\r\n");
        QTest::newRow("length with plus") << QByteArray("POST / HTTP/1.1\r\nContent-Length: +1\r\n\r\n");
        QTest::newRow("chunked twice") << QByteArray(
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n");
        QTest::newRow("chunked and length")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n");
        QTest::newRow("folded tab") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n\tc\r\n\r\n");
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\n\r\n");
        QTest::newRow("trailing space") << QByteArray("GET / HTTP/1.1 \r\n\r\n");
        QTest::newRow("tab in target") << QByteArray("GET /a\tb HTTP/1.1\r\n\r\n");
        QTest::newRow("non-ascii target") << QByteArray("GET /\xc3\xa9 HTTP/1.1\r\n\r\n");
    }

    void refusesWhatIsAmbiguous()
    {
        QFETCH(QByteArray, raw);
        HttpRequest head;
        qsizetype consumed = 0;
        QCOMPARE(parseHead(raw, 16 * 1024, &head, &consumed), Status::Error);
    }

    void acceptsWhatIsPlain()
    {
        HttpRequest head;
        qsizetype consumed = 0;
        QCOMPARE(parseHead("GET /a?b=c HTTP/1.1\r\nA: tab\tinside and \xc3\xa9 obs-text\r\nB:\r\n\r\n", 1024, &head,
                           &consumed),
                 Status::Done);
        QCOMPARE(head.header("a"), QByteArray("tab\tinside and \xc3\xa9 obs-text"));
        QCOMPARE(head.header("b"), QByteArray());
    }

    void keepsThePathEncodedForRouting()
    {
        HttpRequest head;
        qsizetype consumed = 0;
        QCOMPARE(parseHead("POST /api/v1/devices/x%2Frevoke HTTP/1.1\r\n\r\n", 1024, &head, &consumed), Status::Done);
        QCOMPARE(head.rawPath, QByteArray("/api/v1/devices/x%2Frevoke"));
        // Routing splits first and decodes each segment: an encoded slash never becomes a separator.
        QVERIFY(!route("POST", head.rawPath).has_value());
        const std::optional<RouteMatch> revoke = route("POST", "/api/v1/devices/x%2Fy/revoke");
        QVERIFY(revoke && revoke->endpoint);
        QCOMPARE(*revoke->endpoint, Endpoint::RevokeDevice);
        QCOMPARE(revoke->params, QStringList{QStringLiteral("x/y")});
        const std::optional<RouteMatch> plain = route("POST", "/api/v1/devices/dev%2D1/revoke");
        QVERIFY(plain && plain->endpoint);
        QCOMPARE(plain->params, QStringList{QStringLiteral("dev-1")});
    }

    void http10ClosesUnlessAsked()
    {
        HttpRequest head;
        qsizetype consumed = 0;
        QCOMPARE(parseHead("GET / HTTP/1.0\r\n\r\n", 1024, &head, &consumed), Status::Done);
        QVERIFY(!keepAlive(head));
        QCOMPARE(
            parseHead("GET / HTTP/1.1\r\nConnection: close\r\nExpect: 100-continue\r\n\r\n", 1024, &head, &consumed),
            Status::Done);
        QVERIFY(!keepAlive(head));
        QVERIFY(expectsContinue(head));
    }

    void decodesChunksAcrossReads()
    {
        ChunkedDecoder decoder(100);
        QByteArray body;
        QByteArray buffer = "5;ext=1\r\nhel";
        QCOMPARE(decoder.feed(buffer, body), Status::NeedMore);
        buffer += "lo\r\n6\r\n world\r";
        QCOMPARE(decoder.feed(buffer, body), Status::NeedMore);
        buffer += "\n0\r\nTrailer: x\r\n\r\nNEXT";
        QCOMPARE(decoder.feed(buffer, body), Status::Done);
        QCOMPARE(body, QByteArray("hello world"));
        QCOMPARE(buffer, QByteArray("NEXT"));
    }

    void cutsOffChunkedBodiesAtTheLimit()
    {
        ChunkedDecoder decoder(10);
        QByteArray body;
        QByteArray buffer = "8\r\n12345678\r\n8\r\n";
        QCOMPARE(decoder.feed(buffer, body), Status::TooLarge);
        ChunkedDecoder garbage(10);
        QByteArray junk = "zz\r\n";
        QCOMPARE(garbage.feed(junk, body), Status::Error);
    }

    void refusesLooseChunkSizes_data()
    {
        QTest::addColumn<QByteArray>("raw");
        // toLongLong(…, 16) accepts each of these; RFC 9112 chunk-size is 1*HEXDIG and nothing else.
        QTest::newRow("0x") << QByteArray("0x5\r\nhello\r\n0\r\n\r\n");
        QTest::newRow("plus") << QByteArray("+5\r\nhello\r\n0\r\n\r\n");
        QTest::newRow("minus") << QByteArray("-5\r\nhello\r\n0\r\n\r\n");
        QTest::newRow("spaces") << QByteArray(" 5 \r\nhello\r\n0\r\n\r\n");
        QTest::newRow("trailing space") << QByteArray("5 \r\nhello\r\n0\r\n\r\n");
        QTest::newRow("empty") << QByteArray("\r\nhello\r\n0\r\n\r\n");
        QTest::newRow("bare lf in size") << QByteArray("5\nhello\r\n0\r\n\r\n");
        QTest::newRow("nul in extension") << QByteArray("5;a\0\r\nhello\r\n0\r\n\r\n", 18);
        QTest::newRow("cr in trailer") << QByteArray("5\r\nhello\r\n0\r\nA: b\rc\r\n\r\n");
    }

    void refusesLooseChunkSizes()
    {
        QFETCH(QByteArray, raw);
        ChunkedDecoder decoder(100);
        QByteArray body;
        QCOMPARE(decoder.feed(raw, body), Status::Error);
    }

    void acceptsUpperCaseHexAndExtensions()
    {
        ChunkedDecoder decoder(100);
        QByteArray body;
        QByteArray raw = "A;name=\"v\"\r\n0123456789\r\n0\r\n\r\n";
        QCOMPARE(decoder.feed(raw, body), Status::Done);
        QCOMPARE(body, QByteArray("0123456789"));
    }
};

QTEST_GUILESS_MAIN(TestHttp1Parser)
#include "tst_http1parser.moc"
