#include "officergate.h"

#include "admingate.h"
#include "clock.h"
#include "crypto/pinhash.h"
#include "kiosksettings.h"
#include "store/localstore.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <tuple>

Q_LOGGING_CATEGORY(lcOfficers, "suara.app.officers")

namespace suara {

namespace {
const QString kFailures = QStringLiteral("officer_pin_failures");
const QString kLockedUntil = QStringLiteral("officer_locked_until");
constexpr int kMinLockMinutes = 1;
constexpr int kMaxLockMinutes = 120;
} // namespace

OfficerGate::OfficerGate(LocalStore *store, KioskSettings *settings, AdminGate *admin, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_admin(admin)
    , m_clock(clock)
    , m_officers(store)
    , m_lockout(store, clock, kFailures, kLockedUntil)
    , m_idle(clock)
{
    m_idle.setTimeoutSeconds(m_lockMinutes * 60);
    connect(&m_idle, &IdleWatcher::idle, this, &OfficerGate::onIdle);
    connect(m_clock, &Clock::ticked, this, &OfficerGate::onTick);
    connect(&m_check, &QFutureWatcher<bool>::finished, this, [this] { onChecked(m_check.result()); });
}

OfficerGate::~OfficerGate()
{
    // The worker reads only its own copies of the hash and the PIN; it must not outlive the gate.
    m_check.waitForFinished();
}

QList<OfficerView> OfficerGate::officers() const
{
    QList<OfficerView> out;
    for (const Officer &o : m_list)
        out.append({o.id, o.name, o.nip, o.position, o.source == Officer::Source::Server});
    return out;
}

void OfficerGate::setMode(bool field, int lockMinutes)
{
    const int minutes = qBound(kMinLockMinutes, lockMinutes, kMaxLockMinutes);
    if (field == m_fieldMode && minutes == m_lockMinutes)
        return;
    m_fieldMode = field;
    m_lockMinutes = minutes;
    m_idle.setTimeoutSeconds(minutes * 60);
    emit modeChanged();
}

StoreError OfficerGate::applyServerOfficers(const QList<OfficerEntry> &officers)
{
    if (m_mirrored == officers)
        return {};
    QList<Officer> rows;
    for (const OfficerEntry &e : officers)
        rows.append({e.id, e.name, e.nip, e.position, e.pinHash, Officer::Source::Server});
    const StoreError err = m_officers.replaceServerOfficers(rows);
    if (err.ok())
        m_mirrored = officers;
    else
        qCWarning(lcOfficers) << "the server's officers could not be saved:" << err.message;
    reload();
    return err;
}

QList<RegionChoice> OfficerGate::regions(const QString &query) const
{
    QList<RegionEntry> found;
    const QString q = query.trimmed();
    for (const RegionEntry &r : m_settings->config().regions) {
        const QStringList values{r.name, r.kecamatan, r.kabupaten, r.province, r.code};
        const bool match = q.isEmpty() || std::any_of(values.cbegin(), values.cend(), [&](const QString &v) {
                               return v.contains(q, Qt::CaseInsensitive);
                           });
        if (match)
            found.append(r);
    }
    std::sort(found.begin(), found.end(), [](const RegionEntry &a, const RegionEntry &b) {
        return std::tie(a.province, a.kabupaten, a.kecamatan, a.name)
            < std::tie(b.province, b.kabupaten, b.kecamatan, b.name);
    });
    QList<RegionChoice> out;
    for (const RegionEntry &r : found)
        out.append({r.code, r.name, r.kecamatan, r.kabupaten, r.province});
    return out;
}

bool OfficerGate::setFieldMode(bool field)
{
    if (!m_admin->unlocked())
        return false;
    DeviceConfig c = m_settings->config();
    c.deviceMode = field ? DeviceMode::Field : DeviceMode::Kiosk;
    return m_settings->setConfig(c);
}

void OfficerGate::reload()
{
    const StoreResult<QList<Officer>> read = m_officers.all();
    if (read.ok()) {
        m_list = *read;
        m_loadError.clear();
    } else {
        qCWarning(lcOfficers) << "cannot read the officers:" << read.error().message;
        m_loadError = tr("The list of officers cannot be read. Check the device storage.");
    }
    emit officersChanged();
    // An officer the server no longer lists keeps the session they have, until they sign out or it locks.
}

void OfficerGate::setMessage(const QString &message)
{
    m_message = message;
    emit changed();
}

void OfficerGate::clearMessage()
{
    if (!m_message.isEmpty())
        setMessage(QString());
}

void OfficerGate::requestSignIn()
{
    reload();
    m_choosing = true;
    m_selected = {};
    m_message.clear();
    emit changed();
}

void OfficerGate::choose(const QString &id)
{
    for (const Officer &o : std::as_const(m_list)) {
        if (o.id == id) {
            m_selected = o;
            m_choosing = true; // a field tablet shows the list without requestSignIn()
            m_message.clear();
            emit changed();
            return;
        }
    }
    setMessage(tr("This officer is no longer on the list."));
}

bool OfficerGate::signIn(const QString &pin)
{
    if (!m_choosing || m_selected.id.isEmpty()) {
        setMessage(tr("Choose your name first."));
        return false;
    }
    return startCheck(Purpose::SignIn, m_selected, pin);
}

bool OfficerGate::confirm(const QString &pin)
{
    if (!signedIn()) {
        setMessage(tr("Sign in first."));
        return false;
    }
    return startCheck(Purpose::Confirm, m_current, pin);
}

bool OfficerGate::startCheck(Purpose purpose, const Officer &officer, const QString &pin)
{
    if (m_checking)
        return false;
    if (!m_lockout.ready()) {
        setMessage(tr("The PIN cannot be checked while the device storage is unavailable."));
        return false;
    }
    if (const int left = m_lockout.remainingSeconds(); left > 0) {
        onTick();
        setMessage(tr("Too many wrong tries. Try again in %1.").arg(lockoutDuration(left)));
        return false;
    }
    m_checking = true;
    m_purpose = purpose;
    m_checkingOfficer = officer;
    emit changed();
    m_check.setFuture(QtConcurrent::run([stored = officer.pinHash, pin] { return pinhash::verify(stored, pin); }));
    return true;
}

void OfficerGate::onChecked(bool matches)
{
    m_checking = false;
    if (matches) {
        m_lockout.succeeded();
        m_message.clear();
        if (m_purpose == Purpose::SignIn) {
            m_current = m_checkingOfficer;
            m_choosing = false;
            m_selected = {};
            m_idle.poke();
            qCInfo(lcOfficers) << "officer signed in:" << m_current.id;
        }
        emit changed();
        if (m_purpose == Purpose::SignIn)
            emit checked(true);
        else
            emit confirmed(true);
        return;
    }
    const int lockout = m_lockout.failed();
    if (lockout > 0) {
        onTick();
        setMessage(tr("Wrong PIN. Officer sign-in is locked for %1.").arg(lockoutDuration(lockout)));
    } else {
        setMessage(tr("Wrong PIN. %n more wrong try(s) will lock officer sign-in.", nullptr, attemptsLeft()));
    }
    if (m_purpose == Purpose::SignIn)
        emit checked(false);
    else
        emit confirmed(false);
}

void OfficerGate::onTick()
{
    const int remaining = lockoutRemaining();
    if (remaining == m_shownRemaining)
        return;
    m_shownRemaining = remaining;
    emit lockoutChanged();
    if (remaining == 0) {
        m_message.clear(); // "locked for 5 minutes" no longer holds
        emit changed();
    }
}

void OfficerGate::onIdle()
{
    if (!signedIn() && !m_choosing)
        return;
    qCInfo(lcOfficers) << "no touch for" << m_lockMinutes << "minutes: the tablet locks";
    m_current = {};
    m_selected = {};
    m_choosing = m_fieldMode; // a field tablet shows the sign-in screen; a counter goes back to visitors
    m_message = tr("The tablet locked itself after %n minute(s) without a touch.", nullptr, m_lockMinutes);
    emit changed();
    emit autoLocked();
}

void OfficerGate::cancel()
{
    m_choosing = false;
    m_selected = {};
    m_message.clear();
    emit changed();
}

void OfficerGate::signOut()
{
    m_current = {};
    m_selected = {};
    m_choosing = false;
    m_message.clear();
    emit changed();
}

QString OfficerGate::makeId(const QString &name) const
{
    QString base = name.normalized(QString::NormalizationForm_KD).toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base = base.left(32);
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("officer");
    auto taken = [this](const QString &id) {
        return std::any_of(m_list.cbegin(), m_list.cend(), [&](const Officer &o) { return o.id == id; });
    };
    QString id = base;
    for (int n = 2; taken(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

bool OfficerGate::addOfficer(const QString &name, const QString &nip, const QString &position, const QString &pin,
                             const QString &confirmation)
{
    if (!m_admin->unlocked()) {
        setMessage(tr("Only the unit admin can add officers."));
        return false;
    }
    if (name.trimmed().isEmpty()) {
        setMessage(tr("Enter the officer's name."));
        return false;
    }
    if (!m_loadError.isEmpty()) {
        setMessage(m_loadError); // without the list, a new id could clash with one not shown
        return false;
    }
    if (const QString weak = pinWeaknessText(pin); !weak.isEmpty()) {
        setMessage(weak);
        return false;
    }
    if (pin != confirmation) {
        setMessage(tr("The two PINs do not match. Try again."));
        return false;
    }
    Officer o;
    o.id = makeId(name.trimmed());
    o.name = name.trimmed();
    o.nip = nip.trimmed();
    o.position = position.trimmed();
    o.pinHash = pinhash::hash(pin);
    o.source = Officer::Source::Device;
    const StoreError err = o.pinHash.isEmpty()
        ? StoreError::make(StoreError::Kind::Other, QStringLiteral("no PIN hash"))
        : m_officers.add(o);
    if (!err.ok()) {
        qCWarning(lcOfficers) << "the officer could not be saved:" << err.message;
        setMessage(tr("The officer could not be saved. Check the device storage."));
        reload();
        return false;
    }
    reload();
    setMessage(QString());
    return true;
}

bool OfficerGate::removeOfficer(const QString &id)
{
    if (!m_admin->unlocked()) {
        setMessage(tr("Only the unit admin can remove officers."));
        return false;
    }
    if (const StoreError err = m_officers.remove(id); !err.ok()) {
        setMessage(tr("The officer could not be removed. Check the device storage."));
        return false;
    }
    if (m_current.id == id)
        signOut();
    reload();
    return true;
}

} // namespace suara
