// Every phase of an HTTP connection is bounded in time: measured on a manual clock, so each test
// advances time instead of waiting for it, with a real TCP connection on 127.0.0.1.
#include "http/httpconnection.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThreadPool>

#include <atomic>

using namespace suara::server;

namespace {
class ManualClock : public HttpClock
{
public:
    [[nodiscard]] qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms)
    {
        m_now += ms;
        emit tick();
    }

private:
    qint64 m_now = 1'000'000;
};

// Answers 200 to everything; may ask for authorization first and refuse it.
class Handler : public HttpHandler
{
public:
    bool authorizeFirst = false;
    std::optional<int> authorizeRefusal;
    std::atomic<int> handled = 0;

    Admission admit(const HttpRequest &) override
    {
        Admission a;
        a.maxBody = 10 << 20;
        a.authorizeFirst = authorizeFirst;
        return a;
    }
    std::optional<HttpResponse> authorize(const HttpRequest &) override
    {
        if (!authorizeRefusal)
            return std::nullopt;
        HttpResponse r;
        r.status = *authorizeRefusal;
        r.body = "refused";
        return r;
    }
    HttpResponse handle(const HttpRequest &request) override
    {
        ++handled;
        HttpResponse r;
        r.body = "got " + QByteArray::number(request.body.size());
        return r;
    }
    HttpResponse transportError(TransportError, const HttpRequest *) override
    {
        HttpResponse r;
        r.status = 400;
        return r;
    }
};
} // namespace

class TestHttpDeadlines : public QObject
{
    Q_OBJECT

    HttpLimits m_limits;
    ManualClock m_clock;
    Handler m_handler;
    QThreadPool m_pool;
    QTcpServer m_server;
    HttpConnection *m_connection = nullptr;
    QTcpSocket *m_client = nullptr;
    bool m_finished = false;

    void open()
    {
        QVERIFY(m_server.isListening() || m_server.listen(QHostAddress::LocalHost, 0));
        m_client = new QTcpSocket(this);
        m_client->connectToHost(QHostAddress::LocalHost, m_server.serverPort());
        QVERIFY(m_client->waitForConnected(5000));
        QVERIFY(m_server.waitForNewConnection(5000));
        m_finished = false;
        m_connection =
            new HttpConnection(m_server.nextPendingConnection(), &m_handler, &m_pool, m_limits, &m_clock, {}, this);
        connect(m_connection, &HttpConnection::finished, this, [this] { m_finished = true; });
    }

    // Sends bytes and waits until the connection has read them, so the clock moves only after.
    void send(const QByteArray &bytes)
    {
        const qint64 before = m_connection->bytesReceived();
        m_client->write(bytes);
        QVERIFY(m_client->waitForBytesWritten(5000));
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->bytesReceived(), before + bytes.size(), 5000);
    }

private slots:
    void init()
    {
        m_limits = HttpLimits();
        m_handler.authorizeFirst = false;
        m_handler.authorizeRefusal.reset();
        m_handler.handled = 0;
    }

    void cleanup()
    {
        delete m_client;
        m_client = nullptr;
        delete m_connection;
        m_connection = nullptr;
    }

    void closesAnIdleKeepAliveConnection()
    {
        open();
        m_clock.advance(m_limits.keepAliveTimeoutMs - 1);
        QVERIFY(!m_finished);
        m_clock.advance(1);
        QVERIFY(m_finished);
        QVERIFY(m_client->waitForDisconnected(5000) || m_client->state() == QAbstractSocket::UnconnectedState);
    }

    void keepAliveStartsAfterTheAnswer()
    {
        open();
        m_clock.advance(m_limits.keepAliveTimeoutMs - 1);
        send("GET / HTTP/1.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(m_client->bytesAvailable() > 0 && m_client->peek(64).contains("200"), 5000);
        m_clock.advance(m_limits.keepAliveTimeoutMs - 1);
        QVERIFY(!m_finished); // a client that just got its answer has its full keep-alive time
        m_clock.advance(1);
        QVERIFY(m_finished);
    }

    void aHeadTrickledInIsCutAtItsDeadline()
    {
        // One byte every 29 s never trips the 30 s idle limit; the head's total deadline ends it.
        open();
        const QByteArray head = "GET /a-long-path HTTP/1.1\r\n";
        qint64 elapsed = 0;
        int i = 0;
        for (; i < head.size() && !m_finished; ++i) {
            send(head.mid(i, 1));
            m_clock.advance(29'000);
            elapsed += 29'000;
        }
        QVERIFY(m_finished);
        QCOMPARE(i, 1 + (m_limits.headTimeoutMs - 1) / 29'000); // cut at the first tick past 20 s
        QVERIFY(elapsed < 60'000);
        QCOMPARE(m_handler.handled.load(), 0);
    }

    void aBodyTrickledInIsCutAtTheRequestDeadline()
    {
        m_limits.requestTimeoutMs = 100'000;
        open();
        send("POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\n");
        int sent = 0;
        while (!m_finished && sent < 100) {
            send("x");
            ++sent;
            m_clock.advance(10'000);
        }
        QVERIFY(m_finished);
        QCOMPARE(sent, 10); // 10 s a byte: the 100 s total ends it, though no gap reached the idle limit
        QCOMPARE(m_handler.handled.load(), 0);
    }

    void aPromptRequestIsNotCut()
    {
        // The normal case is not mistaken for a slow one: just under every limit, the answer comes.
        m_limits.requestTimeoutMs = 100'000;
        open();
        send("POST / HTTP/1.1\r\nContent-Length: 3\r\n");
        m_clock.advance(m_limits.headTimeoutMs - 1);
        send("\r\nab");
        m_clock.advance(m_limits.idleTimeoutMs - 1);
        send("c");
        QTRY_VERIFY_WITH_TIMEOUT(m_client->bytesAvailable() > 0 && m_client->peek(256).contains("got 3"), 5000);
        QVERIFY(!m_finished);
    }

    void aRefusedAuthorizationNeverReadsTheBody()
    {
        m_handler.authorizeFirst = true;
        m_handler.authorizeRefusal = 401;
        open();
        // The head only, with Expect: 100-continue: the refusal must come before any body is sent.
        send("POST / HTTP/1.1\r\nContent-Length: 5000000\r\nExpect: 100-continue\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(m_client->bytesAvailable() > 0 && m_client->peek(4096).contains("refused"), 5000);
        const QByteArray answer = m_client->readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 401 "), answer.constData());
        QVERIFY(!answer.contains("100 Continue"));
        QVERIFY(answer.contains("Connection: close"));
        QCOMPARE(m_handler.handled.load(), 0);
    }

    void anAcceptedAuthorizationContinues()
    {
        m_handler.authorizeFirst = true;
        open();
        send("POST / HTTP/1.1\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(m_client->bytesAvailable() > 0 && m_client->peek(64).contains("100 Continue"), 5000);
        m_client->readAll();
        send("body");
        QTRY_VERIFY_WITH_TIMEOUT(m_client->bytesAvailable() > 0 && m_client->peek(256).contains("got 4"), 5000);
        QCOMPARE(m_handler.handled.load(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpDeadlines)
#include "tst_httpdeadlines.moc"
