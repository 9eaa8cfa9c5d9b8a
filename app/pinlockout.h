#pragma once

#include <QDateTime>
#include <QString>

namespace suara {

class Clock;
class LocalStore;

// The escalating lockout in front of a PIN (docs/adr/0025-pin-policy-and-escalating-lockout.md), shared
// by the admin PIN and the officers' PINs: five wrong tries in a row are free, every one after that
// locks for 1, 5, 15, then 60 minutes, and the count survives a restart (two meta keys in the store).
//
// Guessing stays limited whatever the store does: the counts are kept in memory as well, and ready()
// refuses a check while the store is unavailable or while a wrong try could not be written yet.
class PinLockout
{
public:
    PinLockout(LocalStore *store, Clock *clock, QString failuresKey, QString lockedUntilKey);

    // The store holds the counts this process holds (loading them first); false: no PIN may be checked.
    [[nodiscard]] bool ready();
    [[nodiscard]] int attemptsLeft() const;
    // Seconds until the next try is allowed; 0 when it is allowed now.
    [[nodiscard]] int remainingSeconds() const;
    // A right PIN: the count starts again.
    void succeeded();
    // A wrong PIN: returns how long this try locked for (0: it did not lock).
    int failed();

private:
    [[nodiscard]] bool load() const;
    bool persist();

    LocalStore *m_store;
    Clock *m_clock;
    QString m_failuresKey;
    QString m_lockedUntilKey;
    mutable bool m_loaded = false;
    bool m_unpersisted = false;
    mutable int m_failures = 0; // wrong tries in a row
    mutable QDateTime m_lockedUntil;
};

// "1 minute", "15 minutes", "1 hour": how long a lockout lasts, in words.
[[nodiscard]] QString lockoutDuration(int seconds);
// Why a new PIN is refused, in words; empty when it is accepted.
[[nodiscard]] QString pinWeaknessText(const QString &pin);

} // namespace suara
