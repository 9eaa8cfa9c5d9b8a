// The kiosk's position source on Qt Positioning's own "nmea" plugin, fed by a receiver on a local
// socket: the fixes the plugin parses reach the record's location with the receiver's coordinates and
// time, the first one without waiting for the minute-long update interval, void and corrupt sentences
// give none, and stop() forgets the fix. tst_officers covers what the session does with a fix.
#include "position/qtpositionsource.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace suara;

namespace {
// Sentences as a receiver sends them; each checksum is the XOR of the characters between $ and *.
// 17 Nov 2026 02:45:10 UTC, no fix (status V).
const QByteArray kVoid = "$GPRMC,024510.00,V,0747.0000,S,11022.0000,E,0.0,0.0,171126,,,N*5F\r\n";
// A valid-looking sentence whose checksum does not match: a corrupted line on the wire.
const QByteArray kCorrupt = "$GPRMC,024511.00,A,0100.0000,N,10000.0000,E,0.0,0.0,171126,,,A*00\r\n";
// 17 Nov 2026 02:45:12 UTC, 7°47.82'S 110°22.20'E (Yogyakarta).
const QByteArray kYogyakarta = "$GPRMC,024512.00,A,0747.8200,S,11022.2000,E,0.0,0.0,171126,,,A*4D\r\n";

// A receiver on 127.0.0.1 that sends `sentences` to the plugin once it connects.
class Receiver : public QObject
{
public:
    explicit Receiver(QByteArray sentences)
        : m_sentences(std::move(sentences))
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            socket->write(m_sentences);
        });
    }
    QVariantMap parameters() const
    {
        return {{QStringLiteral("nmea.source"), QStringLiteral("socket://127.0.0.1:%1").arg(m_server.serverPort())}};
    }

private:
    QByteArray m_sentences;
    QTcpServer m_server;
};
} // namespace

class TestQtPositionSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Qt Positioning hides the plugins marked "Testable": false, the NMEA one among them, while
        // QT_QTESTLIB_RUNNING is set, which QTest sets for itself. Clearing it before the first lookup
        // (Qt caches the plugin list) lets this test load the plugin a device would.
        qunsetenv("QT_QTESTLIB_RUNNING");
    }

    void theReceiversFixReachesTheSourceAtOnce()
    {
        Receiver receiver(kVoid + kCorrupt + kYogyakarta);
        QtPositionSource source(QStringLiteral("nmea"), receiver.parameters());
        QSignalSpy changed(&source, &PositionSource::latestChanged);
        QVERIFY(!source.latest());
        source.start();
        // The source reports once a minute; the first fix must not wait for that minute (the bound
        // here is QSignalSpy's, far below it).
        QVERIFY(changed.wait(10'000));
        QCOMPARE(changed.size(), 1); // the void and the corrupt sentence gave none
        const std::optional<PositionFix> fix = source.latest();
        QVERIFY(fix);
        QCOMPARE(fix->lat, -(7 + 47.82 / 60));
        QCOMPARE(fix->lon, 110 + 22.2 / 60);
        // The receiver's own time, not the moment it arrived.
        QCOMPARE(fix->at, QDateTime(QDate(2026, 11, 17), QTime(2, 45, 12), Qt::UTC));
    }

    void stopForgetsTheFix()
    {
        Receiver receiver(kYogyakarta);
        QtPositionSource source(QStringLiteral("nmea"), receiver.parameters());
        QSignalSpy changed(&source, &PositionSource::latestChanged);
        source.start();
        QVERIFY(changed.wait(10'000));
        QVERIFY(source.latest());
        source.stop();
        QCOMPARE(changed.size(), 2);
        QVERIFY(!source.latest());
        // Stopping again says nothing new.
        source.stop();
        QCOMPARE(changed.size(), 2);
    }

    void aDeviceWithoutThatReceiverGivesNoFixAndSaysSo()
    {
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("no position source on this device")));
        QtPositionSource source(QStringLiteral("suara-no-such-receiver"), {});
        QSignalSpy changed(&source, &PositionSource::latestChanged);
        source.start();
        source.start(); // said once, not on every start
        source.stop();
        QVERIFY(!source.latest());
        QCOMPARE(changed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestQtPositionSource)
#include "tst_qtpositionsource.moc"
