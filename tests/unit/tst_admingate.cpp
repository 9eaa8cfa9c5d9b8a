#include "admingate.h"
#include "store/localstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;

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
        const QString stored = store.meta("admin_pin_hash");
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
        QVERIFY(!gate.unlock("1357"));
        QCOMPARE(gate.attemptsLeft(), AdminGate::kMaxAttempts - 1);
        QVERIFY(gate.unlock("2468"));
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
            for (int i = 0; i < AdminGate::kMaxAttempts; ++i)
                QVERIFY(!gate.unlock("0000"));
            QVERIFY(gate.lockoutRemaining() > 0);
            QVERIFY(!gate.unlock("2468")); // even the right PIN waits out the lock
            QVERIFY(!gate.unlocked());
        }
        LocalStore store(path);
        QVERIFY(store.open().ok());
        AdminGate again(&store);
        QVERIFY(again.lockoutRemaining() > 0);
        QVERIFY(again.lockoutRemaining() <= AdminGate::kLockoutSeconds);
        QVERIFY(!again.unlock("2468"));
    }
};

QTEST_GUILESS_MAIN(TestAdminGate)
#include "tst_admingate.moc"
