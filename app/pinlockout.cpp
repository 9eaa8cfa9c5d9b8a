#include "pinlockout.h"

#include "admingate.h"
#include "clock.h"
#include "crypto/pinpolicy.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>

Q_LOGGING_CATEGORY(lcPinLockout, "suara.app.pinlockout")

namespace suara {

PinLockout::PinLockout(LocalStore *store, Clock *clock, QString failuresKey, QString lockedUntilKey)
    : m_store(store)
    , m_clock(clock)
    , m_failuresKey(std::move(failuresKey))
    , m_lockedUntilKey(std::move(lockedUntilKey))
{
}

bool PinLockout::load() const
{
    if (m_loaded)
        return true;
    if (!m_store->isOpen())
        return false;
    const StoreResult<QString> failures = m_store->meta(m_failuresKey, QStringLiteral("0"));
    const StoreResult<QString> until = m_store->meta(m_lockedUntilKey);
    if (!firstError(failures, until).ok())
        return false;
    // Never lower what this process already counted (a store that came back after failed writes).
    m_failures = qMax(m_failures, failures->toInt());
    const QDateTime stored = QDateTime::fromString(*until, Qt::ISODate);
    if (stored.isValid() && (!m_lockedUntil.isValid() || stored > m_lockedUntil))
        m_lockedUntil = stored;
    m_loaded = true;
    return true;
}

bool PinLockout::persist()
{
    QSqlDatabase db = m_store->database();
    bool ok = m_store->isOpen() && db.transaction();
    ok = ok && m_store->setMeta(m_failuresKey, QString::number(m_failures)).ok();
    ok = ok
        && m_store
               ->setMeta(m_lockedUntilKey,
                         m_lockedUntil.isValid() ? m_lockedUntil.toString(Qt::ISODate) : QString(QLatin1String("")))
               .ok();
    ok = ok && db.commit();
    if (!ok) {
        db.rollback();
        qCWarning(lcPinLockout) << "the PIN counters" << m_failuresKey
                                << "could not be saved; no PIN is checked until they are";
    }
    m_unpersisted = !ok;
    return ok;
}

bool PinLockout::ready()
{
    return load() && (!m_unpersisted || persist());
}

int PinLockout::attemptsLeft() const
{
    (void)load(); // not loadable: the counts this process holds
    return qMax(0, pinpolicy::kFreeAttempts - m_failures);
}

int PinLockout::remainingSeconds() const
{
    (void)load(); // not loadable: the lockout this process holds
    if (!m_lockedUntil.isValid())
        return 0;
    const qint64 left = m_clock->now().toUTC().secsTo(m_lockedUntil);
    // A clock set far back must not lock anyone out for days.
    return left > 0 ? int(qMin<qint64>(left, pinpolicy::kMaxLockoutSeconds)) : 0;
}

void PinLockout::succeeded()
{
    m_failures = 0;
    m_lockedUntil = QDateTime();
    // A higher count left in the store only makes the next wrong tries lock sooner: safe to go on.
    if (!persist())
        m_unpersisted = false;
}

int PinLockout::failed()
{
    ++m_failures;
    const int lockout = pinpolicy::lockoutSeconds(m_failures);
    if (lockout > 0)
        m_lockedUntil = m_clock->now().toUTC().addSecs(lockout);
    // In memory it holds anyway; unwritten, ready() refuses the next check until it is saved.
    persist();
    return lockout;
}

// The words keep the AdminGate context their translations were made in.
QString lockoutDuration(int seconds)
{
    if (seconds >= 3600 && seconds % 3600 == 0)
        return AdminGate::tr("%n hour(s)", nullptr, seconds / 3600);
    return AdminGate::tr("%n minute(s)", nullptr, (seconds + 59) / 60);
}

QString pinWeaknessText(const QString &pin)
{
    using W = pinpolicy::Weakness;
    switch (pinpolicy::weakness(pin)) {
    case W::None:
        return {};
    case W::TooShort:
    case W::TooLong:
    case W::NotDigits:
        return QCoreApplication::translate("suara::AdminGate", "The PIN must be %1 to %2 digits.")
            .arg(pinpolicy::kMinLength)
            .arg(pinpolicy::kMaxLength);
    case W::SameDigit:
        return QCoreApplication::translate("suara::AdminGate",
                                           "One digit repeated is too easy to guess. Choose another PIN.");
    case W::Sequence:
        return QCoreApplication::translate(
            "suara::AdminGate", "Digits in a row, such as 123456, are too easy to guess. Choose another PIN.");
    case W::Repeated:
        return QCoreApplication::translate(
            "suara::AdminGate", "A repeated pattern, such as 121212, is too easy to guess. Choose another PIN.");
    case W::Common:
        return QCoreApplication::translate(
            "suara::AdminGate", "This PIN is one of the most used and too easy to guess. Choose another PIN.");
    }
    return {};
}

} // namespace suara
