// The whole sync through Debian's nginx over TLS (docs/deployment.md): nginx runs the shipped
// configuration (docs/deployment/nginx-suara.conf) with a self-signed certificate in front of a real
// suara-server, and suara-sync pushes through it with the test CA. Then the server stops, and the
// device reads nginx's own 502 for what it is: the server is down, not a Wi-Fi login page.
#include "childprocess.h"
#include "syncharness.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace suara;
using namespace suara::testing;
using namespace suara::testing::sync;

namespace {
quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}
} // namespace

class TestProxyNginx : public QObject
{
    Q_OBJECT

    ServerFixture m_fixture;
    QTemporaryDir m_dir;
    QProcess m_nginx;
    quint16 m_port = 0;
    QString m_url;

    bool startNginx(QString *error)
    {
        QFile site(QStringLiteral(SUARA_SOURCE_DIR "/docs/deployment/nginx-suara.conf"));
        if (!site.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(site.fileName());
            return false;
        }
        QByteArray conf = site.readAll();
        conf.replace("@LISTEN@", "127.0.0.1:" + QByteArray::number(m_port));
        conf.replace("@CERT@", m_dir.filePath(QStringLiteral("cert.pem")).toUtf8());
        conf.replace("@KEY@", m_dir.filePath(QStringLiteral("key.pem")).toUtf8());
        conf.replace("@UPSTREAM@", "127.0.0.1:" + QByteArray::number(m_fixture.server().port()));
        // The main context a distribution's nginx.conf would give, with every path in our directory.
        const QByteArray dir = m_dir.path().toUtf8();
        QByteArray main = (runningAsRoot() ? "user root;\n" : "") + QByteArray("worker_processes 1;\npid ") + dir
            + "/nginx.pid;\nerror_log " + dir + "/error.log info;\nevents { worker_connections 64; }\nhttp {\n"
            + "access_log " + dir + "/access.log;\nclient_body_temp_path " + dir + "/body;\nproxy_temp_path " + dir
            + "/proxy;\n" + conf + "\n}\n";
        QFile out(m_dir.filePath(QStringLiteral("nginx.conf")));
        if (!out.open(QIODevice::WriteOnly) || out.write(main) != main.size()) {
            *error = QStringLiteral("cannot write nginx.conf");
            return false;
        }
        out.close();
        guardChild(m_nginx, SIGKILL);
        m_nginx.setProcessChannelMode(QProcess::MergedChannels);
        m_nginx.start(QStringLiteral("/usr/sbin/nginx"),
                      {QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"), out.fileName(), QStringLiteral("-g"),
                       QStringLiteral("daemon off;")});
        if (!m_nginx.waitForStarted(10'000)) {
            *error = QStringLiteral("nginx did not start: %1 (install Debian's nginx)").arg(m_nginx.errorString());
            return false;
        }
        // Ready when it accepts a connection (or dead: then its own words say why).
        for (int i = 0; i < 100; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(100))
                return true;
            if (m_nginx.state() != QProcess::Running || m_nginx.waitForFinished(100)) {
                *error = QStringLiteral("nginx stopped: %1").arg(QString::fromUtf8(m_nginx.readAll()));
                return false;
            }
        }
        *error = QStringLiteral("nginx does not accept connections on %1").arg(m_port);
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SUARA_SERVER_FIXTURE_SETUP(m_fixture, {"--trusted-proxy", "127.0.0.1"});
        QString error;
        QVERIFY2(m_fixture.createUnit(kUnit, QStringLiteral("Lapas Kelas IIA Yogyakarta"), &error), qPrintable(error));
        // A self-signed certificate for 127.0.0.1: the device trusts it through SUARA_CA_FILE only.
        const ChildRun cert = runChild(QStringLiteral("openssl"),
                                       {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                                        QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                        QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                                        QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                                        QStringLiteral("-out"), m_dir.filePath(QStringLiteral("cert.pem"))},
                                       {}, 60'000);
        QVERIFY2(cert.finished && cert.exitCode == 0, cert.err.constData());
        m_port = freePort();
        QVERIFY(m_port != 0);
        QVERIFY2(startNginx(&error), qPrintable(error));
        m_url = QStringLiteral("https://127.0.0.1:%1").arg(m_port);
    }

    void cleanupTestCase()
    {
        if (m_nginx.state() == QProcess::Running) {
            m_nginx.terminate();
            m_nginx.waitForFinished(10'000);
        }
    }

    void withoutTheCaTheDeviceDoesNotTrustTheProxy()
    {
        // The normal case is not mistaken for success: an untrusted certificate reaches nothing.
        qunsetenv("SUARA_CA_FILE");
        QTemporaryDir dir;
        KioskDevice kiosk(dir.filePath(QStringLiteral("kiosk.db")));
        kiosk.addResponses(3);
        QString error;
        const CliRun r =
            suaraSync({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("enroll"), QStringLiteral("--server"),
                       m_url, QStringLiteral("--code"), m_fixture.enrollmentCode(kUnit, &error)});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        QCOMPARE(m_fixture.scalar("SELECT COUNT(*) FROM devices WHERE id = ?", {kiosk.id()}).toInt(), 0);
    }

    void aSyncGoesThroughNginxOverTls()
    {
        qputenv("SUARA_CA_FILE", m_dir.filePath(QStringLiteral("cert.pem")).toUtf8());
        QTemporaryDir dir;
        KioskDevice kiosk(dir.filePath(QStringLiteral("kiosk.db")));
        kiosk.addResponses(500);
        QString error;
        CliRun r =
            suaraSync({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("enroll"), QStringLiteral("--server"),
                       m_url, QStringLiteral("--code"), m_fixture.enrollmentCode(kUnit, &error),
                       QStringLiteral("--label"), QStringLiteral("Loket TLS")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = suaraSync({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("push")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(compareWithServer(m_fixture, kiosk.store(), 500), QString());
        QCOMPARE(statusJson(dir.path())
                     .value(QLatin1String("records"))
                     .toObject()
                     .value(QLatin1String("pending"))
                     .toInteger(),
                 0);

        // The server stops; nginx answers 502 on its own. The device says the server is unreachable,
        // keeps its records, and does not call it a login page.
        kiosk.addResponses(2);
        QVERIFY(m_fixture.server().terminate() == 0);
        r = suaraSync({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("push")});
        QVERIFY(r.exitCode != 0);
        const QJsonObject status = statusJson(dir.path());
        QCOMPARE(status.value(QLatin1String("records")).toObject().value(QLatin1String("pending")).toInteger(), 2);
        const QJsonObject last = status.value(QLatin1String("last_error")).toObject();
        const QString text = QString::fromUtf8(QJsonDocument(last).toJson());
        QCOMPARE(last.value(QLatin1String("code")).toString(), QStringLiteral("server_unreachable"));
        QVERIFY2(last.value(QLatin1String("detail")).toString().contains(QLatin1String("HTTP 502")), qPrintable(text));

        // Back up: the two arrive, once.
        QVERIFY2(m_fixture.server().start(&error), qPrintable(error));
        r = suaraSync({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("push")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(compareWithServer(m_fixture, kiosk.store(), 502), QString());
    }
};

QTEST_GUILESS_MAIN(TestProxyNginx)
#include "tst_proxynginx.moc"
