#include "admingate.h"
#include "clock.h"
#include "crypto/pinhash.h"
#include "crypto/pinpolicy.h"
#include "store/localstore.h"
#include "syncmeta.h"

#include "storefaults.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace suara;

namespace {
const QString kPin = QStringLiteral("802468");
const QString kRecoveryCode = QStringLiteral("7KQ4M-X2PQ8");

// Starts one check (`start` is unlock or recover) and waits for the queued outcome; nullopt when the gate
// refused to check at all.
std::optional<AdminGate::CheckResult> check(AdminGate &gate, bool (AdminGate::*start)(const QString &),
                                            const QString &typed)
{
    QSignalSpy spy(&gate, &AdminGate::checked);
    if (!(gate.*start)(typed))
        return std::nullopt;
    if (!spy.wait(10000))
        qFatal("the check never answered");
    return spy.first().first().value<AdminGate::CheckResult>();
}
std::optional<AdminGate::CheckResult> enter(AdminGate &gate, const QString &pin)
{
    return check(gate, &AdminGate::unlock, pin);
}
std::optional<AdminGate::CheckResult> recover(AdminGate &gate, const QString &code)
{
    return check(gate, &AdminGate::recover, code);
}
using Check = AdminGate::CheckResult;

// The PIN chosen on first run, and the admin area closed again.
bool closedWithPin(AdminGate &gate)
{
    const bool set = gate.setPin(kPin, kPin);
    gate.lock();
    return set;
}

// The free wrong PINs in a row, then one more: the last one starts the first lockout.
bool lockOut(AdminGate &gate)
{
    for (int i = 0; i < pinpolicy::kFreeAttempts - 1; ++i) {
        if (enter(gate, "000000") != Check::WrongPin)
            return false;
    }
    return enter(gate, "000000") == Check::LockedOut;
}

// What the server sends at enrollment: only a slow hash of the device's recovery code.
bool enrolledWithRecoveryCode(LocalStore &store)
{
    const QString hash = pinhash::hash(QStringLiteral("7KQ4MX2PQ8"));
    return sync::SyncMeta(&store)
        .saveEnrollment(QUrl("https://suara.example"), "token", "LP-01", "Lapas", QDateTime::currentDateTimeUtc(), hash)
        .ok();
}
} // namespace

class TestAdminGate : public QObject
{
    Q_OBJECT
    ManualClock m_clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC)};

private slots:
    void firstRunSetsAPinThatIsStoredOnlyAsASlowHash()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        AdminGate gate(&store, &m_clock);
        QVERIFY(!gate.hasPin());
        QVERIFY(!gate.setPin("12", "12"));
        QVERIFY(gate.message().contains("6"));
        QVERIFY(!gate.setPin("2468", "2468")); // four digits were enough before; no longer for a new PIN
        QVERIFY(!gate.setPin(kPin, "802469"));
        QVERIFY(gate.message().contains("match"));
        QVERIFY(!gate.setPin("80a468", "80a468"));
        QVERIFY(!gate.hasPin());
        QVERIFY(gate.setPin(kPin, kPin));
        QVERIFY(gate.hasPin());
        QVERIFY(gate.unlocked());
        QVERIFY(gate.message().isEmpty());
        const QString stored = store.meta("admin_pin_hash").value();
        QVERIFY(stored.startsWith("$argon2id$"));
        QVERIFY(!stored.contains(kPin));
        store.close();
        QFile db(dir.filePath("kiosk.db"));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains(kPin.toLatin1()));
    }

    void weakPinsAreRefusedWithTheirReason_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("reason");
        QTest::newRow("same digit") << "111111"
                                    << "One digit repeated";
        QTest::newRow("ascending") << "123456"
                                   << "in a row";
        QTest::newRow("descending") << "987654"
                                    << "in a row";
        QTest::newRow("from zero") << "012345"
                                   << "in a row";
        QTest::newRow("pattern") << "121212"
                                 << "repeated pattern";
        QTest::newRow("common") << "112233"
                                << "most used";
    }
    void weakPinsAreRefusedWithTheirReason()
    {
        QFETCH(QString, pin);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        AdminGate gate(&store, &m_clock);
        QVERIFY(!gate.acceptNewPin(pin)); // at the first entry, before it is asked again
        QVERIFY2(gate.message().contains(reason), qPrintable(gate.message()));
        QVERIFY(!gate.setPin(pin, pin)); // and never stored, whatever the page does
        QVERIFY(!gate.hasPin());
        QVERIFY(gate.acceptNewPin(kPin)); // an ordinary PIN is not mistaken for a weak one
        QVERIFY(gate.message().isEmpty());
    }

    void aLockedGateNeedsThePin()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        AdminGate gate(&store, &m_clock);
        QVERIFY(closedWithPin(gate));
        QVERIFY(!gate.unlocked());
        QVERIFY(!gate.setPin("582014", "582014")); // changing the PIN needs the current one first
        QCOMPARE(enter(gate, "135790"), Check::WrongPin);
        QCOMPARE(gate.attemptsLeft(), pinpolicy::kFreeAttempts - 1);
        QVERIFY2(gate.message().contains("4 more"), qPrintable(gate.message()));
        QCOMPARE(enter(gate, kPin), Check::Unlocked);
        QVERIFY(gate.unlocked());
        QCOMPARE(gate.attemptsLeft(), pinpolicy::kFreeAttempts); // a success forgives earlier slips
    }

    void aPinOfFourDigitsChosenBeforeStillOpens()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        QVERIFY(store.setMeta("admin_pin_hash", pinhash::hash("2468")).ok());
        AdminGate gate(&store, &m_clock);
        QCOMPARE(enter(gate, "2468"), Check::Unlocked);
    }

    void wrongTriesLockForLongerEachTimeUpToAnHour()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        AdminGate gate(&store, &m_clock);
        QVERIFY(closedWithPin(gate));
        QVERIFY(lockOut(gate));
        QCOMPARE(gate.lockoutRemaining(), 60);
        QVERIFY2(gate.message().contains("1 minute"), qPrintable(gate.message()));
        QCOMPARE(enter(gate, kPin), std::nullopt); // even the right PIN waits out the lock
        QVERIFY(!gate.unlocked());

        QSignalSpy ticks(&gate, &AdminGate::lockoutChanged);
        m_clock.advance(59'000);
        QCOMPARE(gate.lockoutRemaining(), 1);
        QVERIFY(ticks.count() > 0); // the countdown on screen follows the clock
        QCOMPARE(enter(gate, "000000"), std::nullopt);
        m_clock.advance(1'000);
        QCOMPARE(gate.lockoutRemaining(), 0);

        // The free tries are used up: every wrong PIN now locks, for longer each time, at most an hour.
        const QList<int> expected = {300, 900, 3600, 3600, 3600};
        for (const int seconds : expected) {
            QCOMPARE(enter(gate, "000000"), Check::LockedOut);
            QCOMPARE(gate.lockoutRemaining(), seconds);
            if (seconds == 3600)
                QVERIFY2(gate.message().contains("1 hour"), qPrintable(gate.message()));
            m_clock.advance(seconds * 1000);
            QVERIFY(gate.message().isEmpty()); // "locked for …" went with the lock
        }
        // The right PIN after the lock: open, and the count starts again from nothing.
        QCOMPARE(enter(gate, kPin), Check::Unlocked);
        gate.lock();
        QCOMPARE(gate.attemptsLeft(), pinpolicy::kFreeAttempts);
        QCOMPARE(enter(gate, "000000"), Check::WrongPin);
    }

    void theLockoutAndItsLevelSurviveARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("kiosk.db");
        {
            LocalStore store(path);
            QVERIFY(store.open().ok());
            AdminGate gate(&store, &m_clock);
            QVERIFY(closedWithPin(gate));
            QVERIFY(lockOut(gate));
            m_clock.advance(60'000);
            QCOMPARE(enter(gate, "000000"), Check::LockedOut); // the second lock: 5 minutes
        }
        LocalStore store(path);
        QVERIFY(store.open().ok());
        AdminGate again(&store, &m_clock);
        QCOMPARE(again.lockoutRemaining(), 300);
        QCOMPARE(enter(again, kPin), std::nullopt);
        m_clock.advance(300'000);
        QCOMPARE(enter(again, "000000"), Check::LockedOut);
        QCOMPARE(again.lockoutRemaining(), 900); // a restart did not bring the free tries back
    }

    void aClockSetBackCannotLockTheAdminOutForDays()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        QVERIFY(store.setMeta("admin_locked_until", m_clock.now().toUTC().addDays(30).toString(Qt::ISODate)).ok());
        AdminGate gate(&store, &m_clock);
        QCOMPARE(gate.lockoutRemaining(), pinpolicy::kMaxLockoutSeconds);
    }

    void aGateMadeBeforeTheStoreOpensStillSeesTheLockout()
    {
        // The kiosk builds the gate before it opens the store; the stored lockout must still hold.
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        {
            AdminGate gate(&store, &m_clock);
            QVERIFY(closedWithPin(gate));
            QVERIFY(lockOut(gate));
        }
        store.close();
        AdminGate early(&store, &m_clock);
        QVERIFY(store.open().ok());
        QVERIFY(early.lockoutRemaining() > 0);
        QCOMPARE(enter(early, kPin), std::nullopt);
        QVERIFY(!early.unlocked());
    }

    void thePinIsCheckedOffTheGuiThreadAndAnswersQueued()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        AdminGate gate(&store, &m_clock);
        QVERIFY(closedWithPin(gate));
        QSignalSpy spy(&gate, &AdminGate::checked);
        QVERIFY(gate.unlock(kPin));
        // Returned before Argon2 finished: the GUI thread goes on drawing while the PIN is checked.
        QVERIFY(gate.checking());
        QVERIFY(!gate.unlocked());
        QCOMPARE(spy.count(), 0);
        QVERIFY(!gate.unlock(kPin)); // one check at a time
        QVERIFY(!gate.recover(kRecoveryCode));
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<Check>(), Check::Unlocked);
        QVERIFY(!gate.checking());
        QVERIFY(gate.unlocked());
    }

    void theRecoveryCodeLetsTheAdminChooseANewPin()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        AdminGate gate(&store, &m_clock);
        QVERIFY(closedWithPin(gate));
        QVERIFY(!gate.canRecover());
        QVERIFY(enrolledWithRecoveryCode(store));
        QVERIFY(gate.canRecover());
        gate.requestAccess();
        QCOMPARE(enter(gate, "135790"), Check::WrongPin); // the admin forgot it
        QCOMPARE(recover(gate, "7kq4m x2pq8"), Check::Recovered); // typed loosely, as codes are
        QVERIFY(gate.choosingNewPin());
        QVERIFY(gate.prompting());
        QVERIFY(!gate.unlocked()); // not yet: a new PIN first
        QCOMPARE(gate.attemptsLeft(), pinpolicy::kFreeAttempts);
        QVERIFY(!gate.setPin("123456", "123456")); // the policy holds here too
        QVERIFY(gate.setPin("582014", "582014"));
        QVERIFY(gate.unlocked());
        QVERIFY(!gate.choosingNewPin());
        gate.lock();
        QCOMPARE(enter(gate, kPin), Check::WrongPin);
        QCOMPARE(enter(gate, "582014"), Check::Unlocked);
        // A recovery that was not finished gives nothing: the next one starts from the PIN page again.
        gate.lock();
        QCOMPARE(recover(gate, kRecoveryCode), Check::Recovered);
        gate.cancel();
        QVERIFY(!gate.choosingNewPin());
        QVERIFY(!gate.setPin("480213", "480213"));
    }

    void wrongRecoveryCodesCountTowardTheSameLockout()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        AdminGate gate(&store, &m_clock);
        QVERIFY(closedWithPin(gate));
        QVERIFY(enrolledWithRecoveryCode(store));
        for (int i = 0; i < pinpolicy::kFreeAttempts - 2; ++i)
            QCOMPARE(enter(gate, "000000"), Check::WrongPin);
        QCOMPARE(recover(gate, "22222-22222"), Check::WrongPin);
        QVERIFY2(gate.message().contains("recovery code"), qPrintable(gate.message()));
        QCOMPARE(recover(gate, "33333-33333"), Check::LockedOut);
        QCOMPARE(gate.lockoutRemaining(), 60);
        QCOMPARE(recover(gate, kRecoveryCode), std::nullopt); // the right code also waits
        QCOMPARE(enter(gate, kPin), std::nullopt);
        m_clock.advance(60'000);
        QCOMPARE(recover(gate, kRecoveryCode), Check::Recovered);
    }

    void anUnenrolledKioskSaysThereIsNoRecoveryCode()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        AdminGate gate(&store, &m_clock);
        QVERIFY(closedWithPin(gate));
        QVERIFY(!gate.canRecover());
        QCOMPARE(recover(gate, kRecoveryCode), std::nullopt);
        QVERIFY2(gate.message().contains("not been enrolled"), qPrintable(gate.message()));
        QCOMPARE(gate.attemptsLeft(), pinpolicy::kFreeAttempts); // nothing was checked, nothing counted
    }

    void noPinIsCheckedWhileTheStoreIsUnavailable()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        {
            AdminGate first(&store, &m_clock);
            QVERIFY(first.setPin(kPin, kPin));
        }
        QVERIFY(enrolledWithRecoveryCode(store));
        store.close(); // the store failed: the kiosk shows "unavailable"
        AdminGate gate(&store, &m_clock);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(enter(gate, QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'))), std::nullopt);
        QCOMPARE(recover(gate, kRecoveryCode), std::nullopt);
        QVERIFY(!gate.unlocked());
        QVERIFY(gate.message().contains("storage"));
        QVERIFY(!gate.setPin("135790", "135790")); // and no "new PIN" over the admin's either

        QVERIFY(store.open().ok()); // back: the PIN works again and the old one still holds
        QCOMPARE(enter(gate, "135790"), Check::WrongPin);
        QCOMPARE(enter(gate, kPin), Check::Unlocked);
    }

    void wrongPinsStayCountedWhenTheStoreCannotBeWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("kiosk.db");
        LocalStore store(path);
        QVERIFY(store.open().ok());
        QVERIFY(enrolledWithRecoveryCode(store));
        AdminGate gate(&store, &m_clock);
        QVERIFY(closedWithPin(gate));
        QCOMPARE(enter(gate, "111111"), Check::WrongPin); // written normally
        {
            suara::testing::Immutable readOnly(suara::testing::storeFiles(dir.path(), path));
            if (!readOnly.held())
                QSKIP("chattr +i is not available on this file system");
            QVERIFY(!store.checkWritable().ok());
            // This wrong try cannot be written: it still counts, and no further PIN or recovery code
            // is checked until it is saved, so a full or read-only disk does not make guessing unlimited.
            QCOMPARE(enter(gate, "111112"), Check::WrongPin);
            QCOMPARE(gate.attemptsLeft(), pinpolicy::kFreeAttempts - 2);
            int checked = 0;
            for (int i = 0; i < 50; ++i)
                checked += enter(gate, QStringLiteral("%1").arg(300000 + i)).has_value() ? 1 : 0;
            QCOMPARE(checked, 0);
            QCOMPARE(enter(gate, kPin), std::nullopt);
            QCOMPARE(recover(gate, kRecoveryCode), std::nullopt);
            QVERIFY(!gate.unlocked());
        }
        QVERIFY(store.checkWritable().ok());
        // Writable again: the count is saved first, then checking goes on where it stopped.
        QCOMPARE(enter(gate, "111113"), Check::WrongPin);
        QCOMPARE(enter(gate, "111114"), Check::WrongPin);
        QCOMPARE(enter(gate, "111115"), Check::LockedOut);
        QVERIFY(gate.lockoutRemaining() > 0);
        AdminGate afterRestart(&store, &m_clock);
        QVERIFY(afterRestart.lockoutRemaining() > 0);
    }
};

QTEST_GUILESS_MAIN(TestAdminGate)
#include "tst_admingate.moc"
