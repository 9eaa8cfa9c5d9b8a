// What keeps a sync batch and the server's intake free of stalls (docs/adr/0032-ingest-one-writer.md):
// SQLite writers of one process queue on a mutex instead of failing or sleeping in SQLite's busy
// handler; accepted sockets send without Nagle; every answer says how long the server worked on it.
#include "db/database.h"
#include "http/httpconnection.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <thread>

using namespace suara::server;

namespace {
class Clock : public HttpClock
{
public:
    [[nodiscard]] qint64 nowMs() const override { return 1'000'000; }
};

// Works `workMs` on every request (and `authorizeMs` before its body when asked), then answers 200.
class Handler : public HttpHandler
{
public:
    int workMs = 0;
    int authorizeMs = 0;
    Admission admit(const HttpRequest &) override
    {
        Admission a;
        a.maxBody = 1 << 20;
        a.authorizeFirst = authorizeMs > 0;
        return a;
    }
    std::optional<HttpResponse> authorize(const HttpRequest &) override
    {
        QThread::msleep(ulong(authorizeMs)); // stands for the token lookup
        return std::nullopt;
    }
    HttpResponse handle(const HttpRequest &) override
    {
        QThread::msleep(ulong(workMs)); // stands for the batch's checks and write
        HttpResponse r;
        r.body = "ok";
        return r;
    }
    HttpResponse transportError(TransportError, const HttpRequest *) override
    {
        HttpResponse r;
        r.status = 400;
        return r;
    }
};

// The Server-Timing duration of the first answer in `answer`, or -1.
double serverTimingMs(const QByteArray &answer)
{
    for (const QByteArray &line : answer.split('\n')) {
        if (line.toLower().startsWith("server-timing: app;dur="))
            return line.mid(int(qstrlen("server-timing: app;dur="))).trimmed().toDouble();
    }
    return -1;
}
} // namespace

class TestServerThroughput : public QObject
{
    Q_OBJECT

    Clock m_clock;
    Handler m_handler;
    QThreadPool m_pool;
    QTcpServer m_server;

    // One request on a fresh connection; the whole answer once its body ("ok") is in.
    QByteArray exchange(const QByteArray &request, int *nodelay = nullptr)
    {
        if (!m_server.isListening() && !m_server.listen(QHostAddress::LocalHost, 0))
            return {};
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, m_server.serverPort());
        if (!client.waitForConnected(5000) || !m_server.waitForNewConnection(5000))
            return {};
        QTcpSocket *accepted = m_server.nextPendingConnection();
        HttpConnection connection(accepted, &m_handler, &m_pool, HttpLimits(), &m_clock, {});
        if (nodelay) {
            socklen_t size = sizeof *nodelay;
            if (::getsockopt(int(accepted->socketDescriptor()), IPPROTO_TCP, TCP_NODELAY, nodelay, &size) != 0)
                *nodelay = -1;
        }
        client.write(request);
        QByteArray answer;
        QDeadlineTimer deadline(10'000);
        while (!answer.endsWith("\r\n\r\nok") && !deadline.hasExpired()) {
            QTest::qWait(5); // lets the connection's events run; the loop ends on the answer, not on time
            answer += client.readAll();
        }
        return answer;
    }

private slots:
    void acceptedSocketsSendWithoutNagle()
    {
        int nodelay = 0;
        const QByteArray answer = exchange("GET / HTTP/1.1\r\n\r\n", &nodelay);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QCOMPARE(nodelay, 1);
    }

    void answersSayHowLongTheServerWorked()
    {
        m_handler.workMs = 40;
        m_handler.authorizeMs = 0;
        const double handled = serverTimingMs(exchange("GET / HTTP/1.1\r\n\r\n"));
        QVERIFY2(handled >= 40 && handled < 5000, qPrintable(QString::number(handled)));

        // Authorization before the body is the server's work too, and counted once.
        m_handler.authorizeMs = 30;
        const double both = serverTimingMs(exchange("POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"));
        QVERIFY2(both >= 70 && both < 5000, qPrintable(QString::number(both)));

        // A quick answer says so: the header is a measurement, not a constant.
        m_handler.workMs = 0;
        m_handler.authorizeMs = 0;
        const double quick = serverTimingMs(exchange("GET / HTTP/1.1\r\n\r\n"));
        QVERIFY2(quick >= 0 && quick < 40, qPrintable(QString::number(quick)));
    }

    // With SQLite's busy handler off, a second writer that found the write lock taken failed at once
    // (and with it on, slept in 1–100 ms steps): writers of one process now wait their turn instead.
    void sqliteWritersOfOneProcessQueue()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DatabaseConfig config = DatabaseConfig::sqliteIn(dir.path());
        config.sqliteBusyTimeoutMs = 0;
        Database db(config);
        {
            Sql sql = db.sql();
            sql.run(QStringLiteral("CREATE TABLE t (writer INTEGER, n INTEGER)"));
        }
        constexpr int kWriters = 6;
        constexpr int kTransactions = 40;
        constexpr int kRows = 20;
        std::atomic<int> failures = 0;
        QString firstFailure;
        std::mutex firstFailureGuard;
        std::vector<std::thread> writers;
        for (int w = 0; w < kWriters; ++w) {
            writers.emplace_back([&, w] {
                for (int i = 0; i < kTransactions; ++i) {
                    try {
                        Sql sql = db.sql();
                        Transaction tx(sql);
                        for (int r = 0; r < kRows; ++r)
                            sql.run(QStringLiteral("INSERT INTO t VALUES (?, ?)"), {w, i * kRows + r});
                        tx.commit();
                    } catch (const DbFailure &f) {
                        if (failures++ == 0) {
                            const std::lock_guard lock(firstFailureGuard);
                            firstFailure = QString::fromStdString(f.what());
                        }
                    }
                }
                db.resetThisThread();
            });
        }
        for (std::thread &t : writers)
            t.join();
        QVERIFY2(failures == 0,
                 qPrintable(QStringLiteral("%1 failed, first: %2").arg(int(failures)).arg(firstFailure)));
        Sql sql = db.sql();
        QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM t")).toInt(), kWriters * kTransactions * kRows);
    }
};

QTEST_MAIN(TestServerThroughput)
#include "tst_serverthroughput.moc"
