#include "admingate.h"

#include "clock.h"
#include "crypto/pinhash.h"
#include "crypto/pinpolicy.h"
#include "protocol/enrollment.h"
#include "store/localstore.h"
#include "syncmeta.h"

#include <QtConcurrent/QtConcurrentRun>

namespace suara {

namespace {
const QString kPinHash = QStringLiteral("admin_pin_hash");
const QString kFailures = QStringLiteral("admin_pin_failures");
const QString kLockedUntil = QStringLiteral("admin_locked_until");

} // namespace

AdminGate::AdminGate(LocalStore *store, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_lockout(store, clock, kFailures, kLockedUntil)
{
    connect(m_clock, &Clock::ticked, this, &AdminGate::onTick);
    connect(&m_check, &QFutureWatcher<bool>::finished, this, [this] { onChecked(m_checkingSecret, m_check.result()); });
    m_shownRemaining = lockoutRemaining();
}

AdminGate::~AdminGate()
{
    // The worker only reads its own copies of the hash and the PIN; wait so it never outlives the gate.
    m_check.waitForFinished();
}

bool AdminGate::hasPin() const
{
    if (!m_store->isOpen())
        return false;
    const StoreResult<QString> hash = m_store->meta(kPinHash);
    return !hash.ok() || !hash->isEmpty();
}

bool AdminGate::canRecover() const
{
    if (!m_store->isOpen())
        return false;
    const StoreResult<QString> hash = sync::SyncMeta(m_store).recoveryHash();
    return hash.ok() && !hash->isEmpty();
}

QString AdminGate::deviceId() const
{
    return m_store->isOpen() ? m_store->deviceId() : QString();
}

int AdminGate::attemptsLeft() const
{
    return m_lockout.attemptsLeft();
}

int AdminGate::lockoutRemaining() const
{
    return m_lockout.remainingSeconds();
}

int AdminGate::minPinLength()
{
    return pinpolicy::kMinLength;
}

int AdminGate::maxPinLength()
{
    return pinpolicy::kMaxLength;
}

void AdminGate::onTick()
{
    const int remaining = lockoutRemaining();
    if (remaining == m_shownRemaining)
        return;
    const bool ended = remaining == 0;
    m_shownRemaining = remaining;
    emit lockoutChanged();
    if (ended) {
        m_message.clear(); // "locked for 5 minutes" no longer holds
        emit changed();
    }
}

void AdminGate::setMessage(const QString &message)
{
    m_message = message;
    emit changed();
}

void AdminGate::clearMessage()
{
    if (!m_message.isEmpty())
        setMessage(QString());
}

bool AdminGate::acceptNewPin(const QString &pin)
{
    setMessage(pinWeaknessText(pin));
    return m_message.isEmpty();
}

bool AdminGate::setPin(const QString &pin, const QString &confirmation)
{
    const StoreResult<QString> current =
        m_store->isOpen() ? m_store->meta(kPinHash) : StoreResult<QString>(StoreError());
    if (!current.ok()) {
        // Without knowing whether a PIN exists, "choose a new PIN" would replace the admin's.
        setMessage(tr("The PIN could not be saved. Check the device storage."));
        return false;
    }
    if (!current->isEmpty() && !m_unlocked && !m_choosingNewPin) {
        setMessage(tr("Enter the current PIN first."));
        return false;
    }
    if (!acceptNewPin(pin))
        return false;
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
    m_choosingNewPin = false;
    setMessage(QString());
    return true;
}

bool AdminGate::unlock(const QString &pin)
{
    return startCheck(Secret::Pin, pin);
}

bool AdminGate::recover(const QString &code)
{
    return startCheck(Secret::RecoveryCode, protocol::normalizeEnrollmentCode(code));
}

bool AdminGate::startCheck(Secret secret, const QString &typed)
{
    if (m_checking)
        return false;
    // No store, no check: a wrong try could not be counted, so guessing would be unlimited.
    if (!m_lockout.ready()) {
        setMessage(tr("The PIN cannot be checked while the device storage is unavailable."));
        return false;
    }
    if (const int left = lockoutRemaining(); left > 0) {
        onTick(); // a lockout read from the store after start-up
        setMessage(tr("Too many wrong tries. Try again in %1.").arg(lockoutDuration(left)));
        return false;
    }
    const StoreResult<QString> hash =
        secret == Secret::Pin ? m_store->meta(kPinHash) : sync::SyncMeta(m_store).recoveryHash();
    if (!hash.ok()) {
        setMessage(tr("The PIN cannot be checked while the device storage is unavailable."));
        return false;
    }
    if (secret == Secret::RecoveryCode && hash->isEmpty()) {
        setMessage(tr("This kiosk has no recovery code: it has not been enrolled with a Suara server."));
        return false;
    }
    m_checking = true;
    m_checkingSecret = secret;
    emit changed();
    // Argon2id takes a noticeable moment on a tablet: off the GUI thread, the answer comes back queued.
    m_check.setFuture(QtConcurrent::run([stored = *hash, typed] { return pinhash::verify(stored, typed); }));
    return true;
}

void AdminGate::onChecked(Secret secret, bool matches)
{
    m_checking = false;
    if (matches) {
        m_lockout.succeeded();
        if (secret == Secret::Pin)
            m_unlocked = true;
        m_choosingNewPin = secret == Secret::RecoveryCode;
        m_prompting = secret == Secret::RecoveryCode; // the PIN page goes on to "choose a new PIN"
        setMessage(QString());
        emit checked(secret == Secret::Pin ? CheckResult::Unlocked : CheckResult::Recovered);
        return;
    }
    const int lockout = m_lockout.failed();
    const QString wrong = secret == Secret::Pin ? tr("Wrong PIN.") : tr("Wrong recovery code.");
    if (lockout > 0) {
        onTick();
        setMessage(tr("%1 The admin area is locked for %2.").arg(wrong, lockoutDuration(lockout)));
        emit checked(CheckResult::LockedOut);
        return;
    }
    setMessage(tr("%1 %n more wrong try(s) will lock the admin area.", nullptr, attemptsLeft()).arg(wrong));
    emit checked(CheckResult::WrongPin);
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
    m_choosingNewPin = false;
    m_message.clear();
    emit changed();
}

void AdminGate::lock()
{
    m_unlocked = false;
    m_prompting = false;
    m_choosingNewPin = false;
    m_message.clear();
    emit changed();
}

} // namespace suara
