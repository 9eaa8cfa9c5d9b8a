#include "admingate.h"
#include "store/localstore.h"

#include "storefaults.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace suara;

namespace {
// Enters a PIN and waits for the queued outcome; nullopt when the gate refused to check at all.
std::optional<AdminGate::CheckResult> enter(AdminGate &gate, const QString &pin)
{
    QSignalSpy spy(&gate, &AdminGate::checked);
    if (!gate.unlock(pin))
        return std::nullopt;
    if (!spy.wait(10000))
        qFatal("the PIN check never answered");
    return spy.first().first().value<AdminGate::CheckResult>();
}
using Check = AdminGate::CheckResult;
} // namespace

class TestAdminGate : public QObject
{
    Q_OBJECT
private slots:
    void firstRunSetsAPinThatIsStoredOnlyAsASlowHash()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        AdminGate gate(&store);
        QVERIFY(!gate.hasPin());
        QVERIFY(!gate.setPin("12", "12"));
        QVERIFY(gate.message().contains("4"));
        QVERIFY(!gate.setPin("2468", "2469"));
        QVERIFY(!gate.setPin("24a8", "24a8"));
        QVERIFY(gate.setPin("802468", "802468"));
        QVERIFY(gate.hasPin());
        QVERIFY(gate.unlocked());
        const QString stored = store.meta("admin_pin_hash").value();
        QVERIFY(stored.startsWith("$argon2id$"));
        QVERIFY(!stored.contains("802468"));
        store.close();
        QFile db(dir.filePath("kiosk.db"));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains("802468"));
    }

    void aLockedGateNeedsThePin()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        AdminGate gate(&store);
        QVERIFY(gate.setPin("2468", "2468"));
        gate.lock();
        QVERIFY(!gate.unlocked());
        QVERIFY(!gate.setPin("1111", "1111")); // changing the PIN needs the current one first
        QCOMPARE(enter(gate, "1357"), Check::WrongPin);
        QCOMPARE(gate.attemptsLeft(), AdminGate::kMaxAttempts - 1);
        QCOMPARE(enter(gate, "2468"), Check::Unlocked);
        QVERIFY(gate.unlocked());
        QCOMPARE(gate.attemptsLeft(), AdminGate::kMaxAttempts); // a success forgives earlier slips
    }

    void fiveWrongPinsLockTheAreaEvenAcrossARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("kiosk.db");
        {
            LocalStore store(path);
            QVERIFY(store.open().ok());
            AdminGate gate(&store);
            QVERIFY(gate.setPin("2468", "2468"));
            gate.lock();
            for (int i = 0; i < AdminGate::kMaxAttempts - 1; ++i)
                QCOMPARE(enter(gate, "0000"), Check::WrongPin);
            QCOMPARE(enter(gate, "0000"), Check::LockedOut);
            QVERIFY(gate.lockoutRemaining() > 0);
            QCOMPARE(enter(gate, "2468"), std::nullopt); // even the right PIN waits out the lock
            QVERIFY(!gate.unlocked());
        }
        LocalStore store(path);
        QVERIFY(store.open().ok());
        AdminGate again(&store);
        QVERIFY(again.lockoutRemaining() > 0);
        QVERIFY(again.lockoutRemaining() <= AdminGate::kLockoutSeconds);
        QCOMPARE(enter(again, "2468"), std::nullopt);
    }

    void thePinIsCheckedOffTheGuiThreadAndAnswersQueued()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        AdminGate gate(&store);
        QVERIFY(gate.setPin("2468", "2468"));
        gate.lock();
        QSignalSpy spy(&gate, &AdminGate::checked);
        QVERIFY(gate.unlock("2468"));
        // Returned before Argon2 finished: the GUI thread goes on drawing while the PIN is checked.
        QVERIFY(gate.checking());
        QVERIFY(!gate.unlocked());
        QCOMPARE(spy.count(), 0);
        QVERIFY(!gate.unlock("2468")); // one check at a time
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<Check>(), Check::Unlocked);
        QVERIFY(!gate.checking());
        QVERIFY(gate.unlocked());
    }

    void noPinIsCheckedWhileTheStoreIsUnavailable()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("kiosk.db"));
        QVERIFY(store.open().ok());
        {
            AdminGate first(&store);
            QVERIFY(first.setPin("2468", "2468"));
        }
        store.close(); // the store failed: the kiosk shows "unavailable"
        AdminGate gate(&store);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(enter(gate, QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'))), std::nullopt);
        QVERIFY(!gate.unlocked());
        QVERIFY(gate.message().contains("storage"));
        QVERIFY(!gate.setPin("1357", "1357")); // and no "new PIN" over the admin's either

        QVERIFY(store.open().ok()); // back: the PIN works again and the old one still holds
        QCOMPARE(enter(gate, "1357"), Check::WrongPin);
        QCOMPARE(enter(gate, "2468"), Check::Unlocked);
    }

    void wrongPinsStayCountedWhenTheStoreCannotBeWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("kiosk.db");
        LocalStore store(path);
        QVERIFY(store.open().ok());
        AdminGate gate(&store);
        QVERIFY(gate.setPin("2468", "2468"));
        gate.lock();
        QCOMPARE(enter(gate, "1111"), Check::WrongPin); // written normally
        {
            suara::testing::Immutable readOnly(suara::testing::storeFiles(dir.path(), path));
            if (!readOnly.held())
                QSKIP("chattr +i is not available on this file system");
            QVERIFY(!store.checkWritable().ok());
            // This wrong try cannot be written: it still counts, and no further PIN is checked
            // until it is saved, so a full or read-only disk does not make guessing unlimited.
            QCOMPARE(enter(gate, "1112"), Check::WrongPin);
            QCOMPARE(gate.attemptsLeft(), AdminGate::kMaxAttempts - 2);
            int checked = 0;
            for (int i = 0; i < 50; ++i)
                checked += enter(gate, QStringLiteral("%1").arg(3000 + i)).has_value() ? 1 : 0;
            QCOMPARE(checked, 0);
            QCOMPARE(enter(gate, "2468"), std::nullopt);
            QVERIFY(!gate.unlocked());
        }
        QVERIFY(store.checkWritable().ok());
        // Writable again: the count is saved first, then checking goes on where it stopped.
        QCOMPARE(enter(gate, "1113"), Check::WrongPin);
        QCOMPARE(enter(gate, "1114"), Check::WrongPin);
        QCOMPARE(enter(gate, "1115"), Check::LockedOut);
        QVERIFY(gate.lockoutRemaining() > 0);
        AdminGate afterRestart(&store);
        QVERIFY(afterRestart.lockoutRemaining() > 0);
    }
};

QTEST_GUILESS_MAIN(TestAdminGate)
#include "tst_admingate.moc"
