#include "admingate.h"

#include "crypto/pinhash.h"
#include "store/localstore.h"

#include <QDateTime>

namespace suara {

namespace {
const QString kPinHash = QStringLiteral("admin_pin_hash");
const QString kFailures = QStringLiteral("admin_pin_failures");
const QString kLockedUntil = QStringLiteral("admin_locked_until");

bool isPinShaped(const QString &pin)
{
    if (pin.size() < AdminGate::kMinPinLength || pin.size() > AdminGate::kMaxPinLength)
        return false;
    for (const QChar c : pin) {
        if (!c.isDigit())
            return false;
    }
    return true;
}
} // namespace

AdminGate::AdminGate(LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_lockoutTicker.setInterval(1000);
    connect(&m_lockoutTicker, &QTimer::timeout, this, [this] {
        if (lockoutRemaining() == 0) {
            m_lockoutTicker.stop();
            emit changed();
        }
        emit lockoutChanged();
    });
    if (lockoutRemaining() > 0)
        m_lockoutTicker.start();
}

bool AdminGate::hasPin() const
{
    return m_store->isOpen() && !m_store->meta(kPinHash).isEmpty();
}

int AdminGate::failures() const
{
    return m_store->isOpen() ? m_store->meta(kFailures, QStringLiteral("0")).toInt() : 0;
}

int AdminGate::attemptsLeft() const
{
    return qMax(0, kMaxAttempts - failures());
}

int AdminGate::lockoutRemaining() const
{
    if (!m_store->isOpen())
        return 0;
    const QDateTime until = QDateTime::fromString(m_store->meta(kLockedUntil), Qt::ISODate);
    if (!until.isValid())
        return 0;
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(until);
    // A clock set far back must not lock the admin out for days.
    return left > 0 ? int(qMin<qint64>(left, kLockoutSeconds)) : 0;
}

void AdminGate::setMessage(const QString &message)
{
    m_message = message;
    emit changed();
}

bool AdminGate::setPin(const QString &pin, const QString &confirmation)
{
    if (hasPin() && !m_unlocked) {
        setMessage(tr("Enter the current PIN first."));
        return false;
    }
    if (!isPinShaped(pin)) {
        setMessage(tr("The PIN must be %1 to %2 digits.").arg(kMinPinLength).arg(kMaxPinLength));
        return false;
    }
    if (pin != confirmation) {
        setMessage(tr("The two PINs do not match. Try again."));
        return false;
    }
    const QString hashed = pinhash::hash(pin);
    if (hashed.isEmpty() || !m_store->setMeta(kPinHash, hashed).ok()) {
        setMessage(tr("The PIN could not be saved. Check the device storage."));
        return false;
    }
    m_unlocked = true;
    m_prompting = false;
    setMessage(QString());
    return true;
}

bool AdminGate::unlock(const QString &pin)
{
    if (lockoutRemaining() > 0) {
        setMessage(tr("Too many wrong PINs. Try again in %n minute(s).", nullptr, (lockoutRemaining() + 59) / 60));
        return false;
    }
    if (pinhash::verify(m_store->meta(kPinHash), pin)) {
        m_store->setMeta(kFailures, QStringLiteral("0"));
        m_unlocked = true;
        m_prompting = false;
        setMessage(QString());
        return true;
    }
    const int failed = failures() + 1;
    if (failed >= kMaxAttempts) {
        m_store->setMeta(kFailures, QStringLiteral("0"));
        m_store->setMeta(kLockedUntil,
                         QDateTime::currentDateTimeUtc().addSecs(kLockoutSeconds).toString(Qt::ISODate));
        m_lockoutTicker.start();
        emit lockoutChanged();
        setMessage(tr("Too many wrong PINs. The admin area is locked for %n minute(s).", nullptr, kLockoutSeconds / 60));
        return false;
    }
    m_store->setMeta(kFailures, QString::number(failed));
    setMessage(tr("Wrong PIN. %n attempt(s) left.", nullptr, kMaxAttempts - failed));
    return false;
}

void AdminGate::requestAccess()
{
    m_prompting = true;
    m_message.clear();
    emit changed();
}

void AdminGate::cancel()
{
    m_prompting = false;
    m_message.clear();
    emit changed();
}

void AdminGate::lock()
{
    m_unlocked = false;
    m_prompting = false;
    m_message.clear();
    emit changed();
}

} // namespace suara
