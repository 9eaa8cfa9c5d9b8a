#pragma once

#include <QObject>
#include <QTimer>

namespace suara {

class LocalStore;

// The PIN in front of the admin area. The PIN is set on first run and kept only as a salted slow hash;
// five wrong tries lock the area for a while, and the lock survives a restart.
class AdminGate : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool hasPin READ hasPin NOTIFY changed)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY changed)
    Q_PROPERTY(bool prompting READ prompting NOTIFY changed)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY changed)
    Q_PROPERTY(int lockoutRemaining READ lockoutRemaining NOTIFY lockoutChanged)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    static constexpr int kMaxAttempts = 5;
    static constexpr int kLockoutSeconds = 300;
    static constexpr int kMinPinLength = 4;
    static constexpr int kMaxPinLength = 8;

    explicit AdminGate(LocalStore *store, QObject *parent = nullptr);

    [[nodiscard]] bool hasPin() const;
    [[nodiscard]] bool unlocked() const { return m_unlocked; }
    [[nodiscard]] bool prompting() const { return m_prompting; }
    [[nodiscard]] int attemptsLeft() const;
    [[nodiscard]] int lockoutRemaining() const;
    [[nodiscard]] QString message() const { return m_message; }

    // Sets the first PIN, or changes it while unlocked. Both entries must match.
    Q_INVOKABLE bool setPin(const QString &pin, const QString &confirmation);
    Q_INVOKABLE bool unlock(const QString &pin);
    Q_INVOKABLE void requestAccess();
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void lock();

signals:
    void changed();
    void lockoutChanged();

private:
    void setMessage(const QString &message);
    [[nodiscard]] int failures() const;

    LocalStore *m_store;
    bool m_unlocked = false;
    bool m_prompting = false;
    QString m_message;
    QTimer m_lockoutTicker;
};

} // namespace suara
