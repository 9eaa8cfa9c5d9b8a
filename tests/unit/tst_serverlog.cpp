// The server's log never holds up the thread that logs: lines go to a writer thread, and a stderr
// that does not keep up costs dropped lines (counted and reported), never a blocked I/O thread.
#include "log.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

using namespace suara::server;

class TestServerLog : public QObject
{
    Q_OBJECT
private slots:
    void aStuckStderrDoesNotBlockTheCaller()
    {
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        ::fcntl(fds[1], F_SETPIPE_SZ, 4096);
        const int savedStderr = ::dup(2);
        QVERIFY(savedStderr >= 0);
        QCOMPARE(::dup2(fds[1], 2), 2);

        // Nobody reads the pipe: after a few lines the writer thread is stuck in write(). With a
        // synchronous log under a mutex, this loop would hang here (and the test time out).
        const int lines = 20'000;
        for (int i = 0; i < lines; ++i)
            log::info(QStringLiteral("request"), {{QStringLiteral("n"), i}});

        // Now read everything: the lines that were kept come in order, then the count of the dropped.
        ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);
        QByteArray all;
        bool sawDropped = false;
        int last = -1;
        bool inOrder = true;
        for (int spins = 0; spins < 2'000 && !sawDropped; ++spins) {
            char buffer[65536];
            const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
            if (n > 0)
                all.append(buffer, qsizetype(n));
            else {
                pollfd readable{fds[0], POLLIN, 0};
                ::poll(&readable, 1, 1'000); // until the writer thread has written more
            }
            qsizetype nl;
            while ((nl = all.indexOf('\n')) >= 0) {
                const QJsonObject line = QJsonDocument::fromJson(all.left(nl)).object();
                all.remove(0, nl + 1);
                if (line.value(QLatin1String("msg")).toString().startsWith(QLatin1String("log lines dropped"))) {
                    sawDropped = line.value(QLatin1String("dropped")).toInteger() > 0;
                } else if (line.contains(QLatin1String("n"))) {
                    const int n = line.value(QLatin1String("n")).toInt();
                    inOrder &= n > last;
                    last = n;
                }
            }
        }
        ::dup2(savedStderr, 2);
        ::close(savedStderr);
        ::close(fds[0]);
        ::close(fds[1]);
        QVERIFY(inOrder);
        QVERIFY2(sawDropped, "the dropped lines must be reported, not lost silently");
        QVERIFY(last >= 0);
        log::flush();
    }

    void aLineIsOneJsonObject()
    {
        const QByteArray line =
            log::format(QStringLiteral("warn"), QStringLiteral("hello"), {{QStringLiteral("a"), 1}});
        QVERIFY(line.endsWith('\n'));
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(QLatin1String("level")).toString(), QStringLiteral("warn"));
        QCOMPARE(o.value(QLatin1String("msg")).toString(), QStringLiteral("hello"));
        QCOMPARE(o.value(QLatin1String("a")).toInt(), 1);
        QVERIFY(!o.value(QLatin1String("ts")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerLog)
#include "tst_serverlog.moc"
