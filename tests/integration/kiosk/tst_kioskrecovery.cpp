// The way back for an admin who forgot the kiosk's PIN, end to end against a real suara-server (SQLite
// and PostgreSQL): the kiosk enrolls through its admin screen's call, the server's console prints the
// device's recovery code (`suara-server recovery-code DEVICE_ID`), and that code, typed on the kiosk,
// leads to a new PIN. The kiosk holds only a slow hash of the code; the server stores nothing new.

#include "kioskcontext.h"
#include "syncharness.h"
#include "syncmeta.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;
using namespace suara::testing;
using namespace suara::testing::sync;

namespace {
constexpr int kNetworkMs = 30'000;
const QString kPin = QStringLiteral("802468");

std::optional<AdminGate::CheckResult> recover(AdminGate &gate, const QString &code)
{
    QSignalSpy spy(&gate, &AdminGate::checked);
    if (!gate.recover(code) || !spy.wait(kNetworkMs))
        return std::nullopt;
    return spy.first().first().value<AdminGate::CheckResult>();
}
} // namespace

class TestKioskRecovery : public QObject
{
    Q_OBJECT

    ServerFixture m_fixture;
    ManualClock m_clock;

    [[nodiscard]] bool enroll(KioskContext &ctx)
    {
        QString error;
        const QString code = m_fixture.enrollmentCode(kUnit, &error);
        SyncController &sync = ctx.sync();
        if (code.isEmpty() || !sync.enroll(m_fixture.server().baseUrl().toString(), code))
            return false;
        return QTest::qWaitFor([&] { return sync.enrolled() && !sync.busy(); }, kNetworkMs);
    }

    [[nodiscard]] QString recoveryCode(const QString &deviceId)
    {
        const auto printed = m_fixture.server().cli({QStringLiteral("recovery-code"), deviceId});
        if (printed.exitCode != 0)
            qWarning("recovery-code failed: %s", printed.err.constData());
        return QString::fromUtf8(printed.out).trimmed();
    }

private slots:
    void initTestCase()
    {
        SUARA_SERVER_FIXTURE_SETUP(m_fixture);
        QString error;
        QVERIFY2(m_fixture.createUnit(kUnit, QStringLiteral("Lapas Kelas IIA Yogyakarta"), &error), qPrintable(error));
        QVERIFY2(
            m_fixture.createUnit(QStringLiteral("BKKBN-JT"), QStringLiteral("Perwakilan BKKBN Jawa Tengah"), &error),
            qPrintable(error));
        QVERIFY2(m_fixture.createUser("admin-lpyk", "unit_admin", kUnit, "rahasia-lpyk", &error), qPrintable(error));
        QVERIFY2(m_fixture.createUser("admin-jt", "unit_admin", "BKKBN-JT", "rahasia-jt", &error), qPrintable(error));
        QVERIFY2(m_fixture.createUser("pengamat", "viewer", kUnit, "rahasia-viewer", &error), qPrintable(error));
    }

    void theServersRecoveryCodeOpensAKioskWhosePinIsForgotten()
    {
        QTemporaryDir dir;
        KioskContext ctx(dir.path(), &m_clock);
        AdminGate &gate = ctx.admin();
        QVERIFY(gate.setPin(kPin, kPin));
        gate.lock();
        QVERIFY(!gate.canRecover()); // not enrolled: no code exists for it yet
        QVERIFY(enroll(ctx));
        QVERIFY(gate.canRecover());

        const QString code = recoveryCode(ctx.store().deviceId());
        QVERIFY2(QRegularExpression(QStringLiteral("^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$")).match(code).hasMatch(),
                 qPrintable(code));
        // Derived, not stored: the same code every time, and neither it nor its hash is in the database.
        QCOMPARE(recoveryCode(ctx.store().deviceId()), code);
        const QString held = suara::sync::SyncMeta(&ctx.store()).recoveryHash().value();
        QVERIFY(held.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!held.contains(code.left(5)));
        QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT COUNT(*) FROM devices WHERE id = ?"), {ctx.store().deviceId()})
                     .toInt(),
                 1);

        gate.requestAccess();
        QCOMPARE(recover(gate, QStringLiteral("22222-22222")), AdminGate::CheckResult::WrongPin);
        QCOMPARE(recover(gate, code.toLower()), AdminGate::CheckResult::Recovered);
        QVERIFY(gate.choosingNewPin());
        QVERIFY(gate.setPin(QStringLiteral("582014"), QStringLiteral("582014")));
        QVERIFY(gate.unlocked());
    }

    void anotherDevicesCodeDoesNotOpenThisKiosk()
    {
        QTemporaryDir one;
        QTemporaryDir two;
        KioskContext first(one.path(), &m_clock);
        QVERIFY(enroll(first));
        const QString firstCode = recoveryCode(first.store().deviceId());
        KioskContext second(two.path(), &m_clock);
        QVERIFY(enroll(second));
        QVERIFY(recoveryCode(second.store().deviceId()) != firstCode);
        QVERIFY(second.admin().setPin(kPin, kPin));
        second.admin().lock();
        QCOMPARE(recover(second.admin(), firstCode), AdminGate::CheckResult::WrongPin);
    }

    // The unit's own admin can ask the API instead of the console; nobody else learns the code.
    void aUnitAdminGetsTheSameCodeOverTheApi()
    {
        QTemporaryDir dir;
        KioskContext ctx(dir.path(), &m_clock);
        QVERIFY(enroll(ctx));
        const QString id = ctx.store().deviceId();
        const QString path = QStringLiteral("/api/v1/devices/%1/recovery-code").arg(id);
        HttpClient http = m_fixture.client();
        http.setBasic("admin-lpyk", "rahasia-lpyk");
        const HttpResult answer = http.post(path, {});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value("device_id").toString(), id);
        QCOMPARE(answer.json().value("recovery_code").toString(), recoveryCode(id));
        http.setBasic("admin-jt", "rahasia-jt");
        QCOMPARE(http.post(path, {}).status, 404); // another unit's device does not exist for them
        http.setBasic("pengamat", "rahasia-viewer");
        QCOMPARE(http.post(path, {}).status, 403);
        http.setBasic("admin-lpyk", "wrong");
        QCOMPARE(http.post(path, {}).status, 401);
    }

    void theConsoleRefusesADeviceItDoesNotKnow()
    {
        const auto printed =
            m_fixture.server().cli({QStringLiteral("recovery-code"), QStringLiteral("no-such-device")});
        QCOMPARE(printed.exitCode, 1);
        QVERIFY(printed.out.isEmpty());
        QVERIFY2(printed.err.contains("no device"), printed.err.constData());
        QCOMPARE(m_fixture.server().cli({QStringLiteral("recovery-code")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestKioskRecovery)
#include "tst_kioskrecovery.moc"
