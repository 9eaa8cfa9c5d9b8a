#pragma once

#include "pinlockout.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>

namespace suara {

class Clock;
class LocalStore;

// The PIN in front of the admin area. The PIN is set on first run and kept only as a salted slow hash.
// Wrong tries escalate (docs/adr/0025-pin-policy-and-escalating-lockout.md): five are free, every one
// after that locks the area for 1, 5, 15, then 60 minutes; the count survives a restart. An enrolled
// kiosk also holds a slow hash of a recovery code the server derives for it: the admin who forgot the
// PIN enters that code (it counts toward the same lockout) and chooses a new PIN.
//
// Guessing stays limited whatever the store does: the count of wrong tries and the lockout are kept in
// memory as well as in the store, no PIN is checked while the store is unavailable, and while a wrong
// try or a lockout could not be written no further PIN is checked until it is. The Argon2 check runs on
// a worker thread; its outcome arrives queued, as checked(). Time comes from the injected Clock.
class AdminGate : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool hasPin READ hasPin NOTIFY changed)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY changed)
    Q_PROPERTY(bool prompting READ prompting NOTIFY changed)
    Q_PROPERTY(bool checking READ checking NOTIFY changed)
    Q_PROPERTY(bool choosingNewPin READ choosingNewPin NOTIFY changed)
    Q_PROPERTY(bool canRecover READ canRecover NOTIFY changed)
    Q_PROPERTY(QString deviceId READ deviceId NOTIFY changed)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY changed)
    Q_PROPERTY(int lockoutRemaining READ lockoutRemaining NOTIFY lockoutChanged)
    Q_PROPERTY(int minPinLength READ minPinLength CONSTANT)
    Q_PROPERTY(int maxPinLength READ maxPinLength CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    // What one check came to.
    enum class CheckResult {
        Unlocked,
        Recovered, // the recovery code was right: a new PIN is to be chosen
        WrongPin, // a wrong PIN or recovery code that did not lock the area
        LockedOut, // this wrong try locked the area
    };
    Q_ENUM(CheckResult)

    AdminGate(LocalStore *store, Clock *clock, QObject *parent = nullptr);
    ~AdminGate() override;

    // True also when the store cannot say: an unreadable PIN must never offer "choose a new PIN".
    [[nodiscard]] bool hasPin() const;
    [[nodiscard]] bool unlocked() const { return m_unlocked; }
    [[nodiscard]] bool prompting() const { return m_prompting; }
    [[nodiscard]] bool checking() const { return m_checking; }
    // A right recovery code was entered: setPin() takes a new PIN without the old one.
    [[nodiscard]] bool choosingNewPin() const { return m_choosingNewPin; }
    // The store holds a recovery code hash (the kiosk was enrolled with a server that issues them).
    [[nodiscard]] bool canRecover() const;
    // What the server's admin needs to look up this kiosk's recovery code.
    [[nodiscard]] QString deviceId() const;
    // Wrong tries left before the next one locks the area (0 once the free ones are used up).
    [[nodiscard]] int attemptsLeft() const;
    [[nodiscard]] int lockoutRemaining() const;
    [[nodiscard]] static int minPinLength();
    [[nodiscard]] static int maxPinLength();
    [[nodiscard]] QString message() const { return m_message; }

    // Checks a new PIN against the policy before it is asked again; false with `message` saying why.
    Q_INVOKABLE bool acceptNewPin(const QString &pin);
    // Sets the first PIN, changes it while unlocked, or replaces it after a recovery code. Both entries
    // must match and the PIN must pass the policy.
    Q_INVOKABLE bool setPin(const QString &pin, const QString &confirmation);
    // Starts checking a PIN: true when a check started (its outcome comes as checked()), false when
    // it was refused at once (locked out, store unavailable, a check already running); `message` says why.
    Q_INVOKABLE bool unlock(const QString &pin);
    // The same for a recovery code ("7KQ4M-X2PQ8"; case, spaces and dashes do not matter).
    Q_INVOKABLE bool recover(const QString &code);
    // A new entry began: an earlier refusal no longer applies.
    Q_INVOKABLE void clearMessage();
    Q_INVOKABLE void requestAccess();
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void lock();

signals:
    void changed();
    void lockoutChanged();
    void checked(suara::AdminGate::CheckResult result);

private:
    enum class Secret { Pin, RecoveryCode };

    void setMessage(const QString &message);
    [[nodiscard]] bool startCheck(Secret secret, const QString &typed);
    void onChecked(Secret secret, bool matches);
    void onTick();

    LocalStore *m_store;
    Clock *m_clock;
    bool m_unlocked = false;
    bool m_prompting = false;
    bool m_checking = false;
    bool m_choosingNewPin = false;
    Secret m_checkingSecret = Secret::Pin;
    PinLockout m_lockout; // the wrong tries and the lockout, in memory and in the store
    int m_shownRemaining = 0;
    QString m_message;
    QFutureWatcher<bool> m_check;
};

} // namespace suara
