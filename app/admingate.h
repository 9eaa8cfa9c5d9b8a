#pragma once

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace suara {

class LocalStore;

// The PIN in front of the admin area. The PIN is set on first run and kept only as a salted slow hash;
// five wrong tries lock the area for a while, and the lock survives a restart.
//
// Guessing stays limited whatever the store does: the count of wrong tries and the lockout are kept in
// memory as well as in the store, no PIN is checked while the store is unavailable, and while a wrong
// try or a lockout could not be written no further PIN is checked until it is. The Argon2 check runs on
// a worker thread; its outcome arrives queued, as checked().
class AdminGate : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool hasPin READ hasPin NOTIFY changed)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY changed)
    Q_PROPERTY(bool prompting READ prompting NOTIFY changed)
    Q_PROPERTY(bool checking READ checking NOTIFY changed)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY changed)
    Q_PROPERTY(int lockoutRemaining READ lockoutRemaining NOTIFY lockoutChanged)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    static constexpr int kMaxAttempts = 5;
    static constexpr int kLockoutSeconds = 300;
    static constexpr int kMinPinLength = 4;
    static constexpr int kMaxPinLength = 8;

    // What one PIN check came to.
    enum class CheckResult {
        Unlocked,
        WrongPin,
        LockedOut, // this wrong try started the lockout
    };
    Q_ENUM(CheckResult)

    explicit AdminGate(LocalStore *store, QObject *parent = nullptr);
    ~AdminGate() override;

    // True also when the store cannot say: an unreadable PIN must never offer "choose a new PIN".
    [[nodiscard]] bool hasPin() const;
    [[nodiscard]] bool unlocked() const { return m_unlocked; }
    [[nodiscard]] bool prompting() const { return m_prompting; }
    [[nodiscard]] bool checking() const { return m_checking; }
    [[nodiscard]] int attemptsLeft() const;
    [[nodiscard]] int lockoutRemaining() const;
    [[nodiscard]] QString message() const { return m_message; }

    // Sets the first PIN, or changes it while unlocked. Both entries must match.
    Q_INVOKABLE bool setPin(const QString &pin, const QString &confirmation);
    // Starts checking a PIN: true when a check started (its outcome comes as checked()), false when
    // it was refused at once (locked out, store unavailable, a check already running); `message` says why.
    Q_INVOKABLE bool unlock(const QString &pin);
    Q_INVOKABLE void requestAccess();
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void lock();

signals:
    void changed();
    void lockoutChanged();
    void checked(suara::AdminGate::CheckResult result);

private:
    void setMessage(const QString &message);
    [[nodiscard]] bool loadCounters();
    // Records in m_unpersisted whether the store has the counts this process holds.
    bool persistCounters();
    void onChecked(bool matches);

    LocalStore *m_store;
    bool m_unlocked = false;
    bool m_prompting = false;
    bool m_checking = false;
    // Kept in memory too, so an unwritable store cannot reset the count.
    bool m_loaded = false;
    bool m_unpersisted = false;
    int m_failures = 0;
    QDateTime m_lockedUntil;
    QString m_message;
    QTimer m_lockoutTicker;
    QFutureWatcher<bool> m_check;
};

} // namespace suara
