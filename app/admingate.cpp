#include "admingate.h"

#include "crypto/pinhash.h"
#include "store/localstore.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcAdminGate, "suara.app.admingate")

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
    connect(&m_check, &QFutureWatcher<bool>::finished, this, [this] { onChecked(m_check.result()); });
    if (loadCounters() && lockoutRemaining() > 0)
        m_lockoutTicker.start();
}

AdminGate::~AdminGate()
{
    // The worker only reads its own copies of the hash and the PIN; wait so it never outlives the gate.
    m_check.waitForFinished();
}

bool AdminGate::loadCounters()
{
    if (m_loaded)
        return true;
    if (!m_store->isOpen())
        return false;
    const StoreResult<QString> failures = m_store->meta(kFailures, QStringLiteral("0"));
    const StoreResult<QString> until = m_store->meta(kLockedUntil);
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

bool AdminGate::persistCounters()
{
    QSqlDatabase db = m_store->database();
    bool ok = m_store->isOpen() && db.transaction();
    ok = ok && m_store->setMeta(kFailures, QString::number(m_failures)).ok();
    ok = ok && m_store->setMeta(kLockedUntil, m_lockedUntil.isValid() ? m_lockedUntil.toString(Qt::ISODate) : QString(QLatin1String(""))).ok();
    ok = ok && db.commit();
    if (!ok) {
        db.rollback();
        qCWarning(lcAdminGate) << "the PIN counters could not be saved; no PIN is checked until they are";
    }
    m_unpersisted = !ok;
    return ok;
}

bool AdminGate::hasPin() const
{
    if (!m_store->isOpen())
        return false;
    const StoreResult<QString> hash = m_store->meta(kPinHash);
    return !hash.ok() || !hash->isEmpty();
}

int AdminGate::attemptsLeft() const
{
    return qMax(0, kMaxAttempts - m_failures);
}

int AdminGate::lockoutRemaining() const
{
    if (!m_lockedUntil.isValid())
        return 0;
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_lockedUntil);
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
    const StoreResult<QString> current = m_store->isOpen() ? m_store->meta(kPinHash) : StoreResult<QString>(StoreError());
    if (!current.ok()) {
        // Without knowing whether a PIN exists, "choose a new PIN" would replace the admin's.
        setMessage(tr("The PIN could not be saved. Check the device storage."));
        return false;
    }
    if (!current->isEmpty() && !m_unlocked) {
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
    if (m_checking)
        return false;
    // No store, no check: a wrong try could not be counted, so guessing would be unlimited.
    if (!loadCounters() || (m_unpersisted && !persistCounters())) {
        setMessage(tr("The PIN cannot be checked while the device storage is unavailable."));
        return false;
    }
    if (lockoutRemaining() > 0) {
        setMessage(tr("Too many wrong PINs. Try again in %n minute(s).", nullptr, (lockoutRemaining() + 59) / 60));
        return false;
    }
    const StoreResult<QString> hash = m_store->meta(kPinHash);
    if (!hash.ok()) {
        setMessage(tr("The PIN cannot be checked while the device storage is unavailable."));
        return false;
    }
    m_checking = true;
    emit changed();
    // Argon2id takes a noticeable moment on a tablet: off the GUI thread, the answer comes back queued.
    m_check.setFuture(QtConcurrent::run([stored = *hash, pin] { return pinhash::verify(stored, pin); }));
    return true;
}

void AdminGate::onChecked(bool matches)
{
    m_checking = false;
    if (matches) {
        m_failures = 0;
        // A higher count left in the store only makes the next wrong tries lock sooner: safe to report and go on.
        if (!persistCounters())
            m_unpersisted = false;
        m_unlocked = true;
        m_prompting = false;
        setMessage(QString());
        emit checked(CheckResult::Unlocked);
        return;
    }
    ++m_failures;
    if (m_failures >= kMaxAttempts) {
        m_failures = 0;
        m_lockedUntil = QDateTime::currentDateTimeUtc().addSecs(kLockoutSeconds);
        persistCounters(); // in memory it holds anyway; unwritten, no PIN is checked until it is saved
        m_lockoutTicker.start();
        emit lockoutChanged();
        setMessage(tr("Too many wrong PINs. The admin area is locked for %n minute(s).", nullptr, kLockoutSeconds / 60));
        emit checked(CheckResult::LockedOut);
        return;
    }
    persistCounters(); // unwritten: m_unpersisted refuses the next check until it is saved
    setMessage(tr("Wrong PIN. %n attempt(s) left.", nullptr, kMaxAttempts - m_failures));
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
