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
    }

    void refusesWhatIsAmbiguous()
    {
        QFETCH(QByteArray, raw);
        HttpRequest head;
        qsizetype consumed = 0;
        QCOMPARE(parseHead(raw, 16 * 1024, &head, &consumed), Status::Error);
    }

    void http10ClosesUnlessAsked()
    {
        HttpRequest head;
        qsizetype consumed = 0;
        QCOMPARE(parseHead("GET / HTTP/1.0\r\n\r\n", 1024, &head, &consumed), Status::Done);
        QVERIFY(!keepAlive(head));
        QCOMPARE(parseHead("GET / HTTP/1.1\r\nConnection: close\r\nExpect: 100-continue\r\n\r\n", 1024, &head, &consumed),
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
};

QTEST_GUILESS_MAIN(TestHttp1Parser)
#include "tst_http1parser.moc"
