#include "synccontroller.h"

#include "clock.h"
#include "kiosksettings.h"
#include "languagemanager.h"
#include "store/localstore.h"
#include "surveysession.h"
#include "syncwarnings.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSysInfo>

Q_LOGGING_CATEGORY(lcSync, "suara.app.sync")

namespace suara {

using sync::SyncError;
using sync::SyncStatus;

namespace {
QLocale localeFor(const QString &language)
{
    return language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

// What an admin types: "192.168.1.10:8080" or "https://suara.example.go.id". Empty when unusable.
QUrl serverUrlFromInput(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    return url;
}
} // namespace

SyncController::SyncController(LocalStore *store, Catalog *catalog, KioskSettings *settings, SurveySession *session,
                               LanguageManager *language, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_session(session)
    , m_language(language)
    , m_time(clock)
    , m_applier(store, catalog, settings)
    , m_outbox(store)
    , m_readSpace([store] { return readVolumeSpace(store->path()); })
{
    m_clock.setInterval(30 * 1000);
    connect(&m_clock, &QTimer::timeout, this, &SyncController::changed);
    connect(m_language, &LanguageManager::languageChanged, this, &SyncController::changed);
    connect(m_session, &SurveySession::stepChanged, this, &SyncController::applySettingsBetweenVisitors);
    connect(m_session, &SurveySession::submitted, this, [this] {
        if (m_engine)
            m_engine->recordsAdded();
    });
    connect(m_time, &Clock::ticked, this, &SyncController::refreshWarnings);
    // A new limit (from the admin or the server) applies at once.
    connect(m_settings, &KioskSettings::changed, this, &SyncController::refreshWarnings);
}

SyncController::~SyncController() = default;

void SyncController::start(const sync::SyncOptions &options)
{
    if (m_engine || !m_store->isOpen())
        return;
    // Definitions the server sent before a restart: the catalog starts from the built-in ones each time.
    m_applier.loadDefinitions();
    m_settingsWaiting = m_applier.hasUnapplied();
    applySettingsBetweenVisitors();

    m_engine = std::make_unique<sync::SyncEngine>(m_store, &m_nam, options);
    SyncStatus *status = m_engine->status();
    for (auto signal : {&SyncStatus::stateChanged, &SyncStatus::countsChanged, &SyncStatus::progressChanged,
                        &SyncStatus::lastSuccessChanged, &SyncStatus::lastErrorChanged, &SyncStatus::enrollmentChanged})
        connect(status, signal, this, &SyncController::changed);
    connect(status, &SyncStatus::countsChanged, this, &SyncController::refreshWaiting);
    connect(status, &SyncStatus::lastSuccessChanged, this, &SyncController::refreshWarnings);
    connect(m_engine.get(), &sync::SyncEngine::busyChanged, this, &SyncController::changed);
    connect(m_engine.get(), &sync::SyncEngine::finished, this,
            [this](sync::SyncEngine::Operation op, SyncError error, const QString &detail) {
                if (error != SyncError::None)
                    qCInfo(lcSync) << "sync" << op << "failed:" << sync::errorName(error) << detail;
                onFinished(op, error);
            });
    connect(m_engine.get(), &sync::SyncEngine::settingsReceived, this, [this](int version) {
        qCInfo(lcSync) << "server settings version" << version << "received; applied between visitors";
        m_settingsWaiting = true;
        applySettingsBetweenVisitors();
    });
    connect(m_engine.get(), &sync::SyncEngine::stopped, this, [](SyncError reason) {
        qCWarning(lcSync) << "the server stopped this device:" << sync::errorName(reason) << "- records are kept";
    });
    m_engine->start();
    m_clock.start();
    refreshWaiting();
}

void SyncController::setDefaultServerUrl(const QString &url)
{
    m_defaultServerUrl = url.trimmed();
    emit changed();
}

void SyncController::enrollIfNeeded(const QString &serverUrl, const QString &code)
{
    if (!m_engine || code.trimmed().isEmpty() || enrolled())
        return;
    qCInfo(lcSync) << "enrolling with" << serverUrl << "from the command line";
    enroll(serverUrl.isEmpty() ? m_defaultServerUrl : serverUrl, code);
}

bool SyncController::enrolled() const
{
    if (!m_engine)
        return false;
    // Unreadable: not offered as enrolled; the store error shows as lastError (SyncEngine::refresh).
    const StoreResult<bool> enrolled = m_engine->meta().isEnrolled();
    return enrolled.ok() && *enrolled;
}

QString SyncController::state() const
{
    if (!m_engine)
        return QStringLiteral("notEnrolled");
    switch (m_engine->status()->state()) {
    case SyncStatus::State::NotEnrolled:
        return QStringLiteral("notEnrolled");
    case SyncStatus::State::Idle:
        return QStringLiteral("idle");
    case SyncStatus::State::Syncing:
        return QStringLiteral("syncing");
    case SyncStatus::State::BackingOff:
        return QStringLiteral("backingOff");
    case SyncStatus::State::Revoked:
        return QStringLiteral("revoked");
    }
    return QStringLiteral("idle");
}

QString SyncController::stateText() const
{
    const QString s = state();
    if (s == QLatin1String("notEnrolled"))
        return tr("Not connected to a server yet");
    if (s == QLatin1String("syncing"))
        return m_action == Action::Enroll ? tr("Enrolling…") : tr("Sending answers…");
    if (s == QLatin1String("revoked"))
        return tr("Stopped by the server");
    if (s == QLatin1String("backingOff")) {
        const QDateTime next = m_engine->status()->nextAttempt().toLocalTime();
        //: %1 is a clock time, e.g. 14.05
        return tr("Will try again at %1")
            .arg(localeFor(m_language->language()).toString(next.time(), QLocale::ShortFormat));
    }
    return tr("Connected");
}

QString SyncController::lastSync() const
{
    if (!m_engine)
        return {};
    const QDateTime at = m_engine->status()->lastSuccess();
    return at.isValid() ? humanTime(at, m_time->now(), m_language->language()) : QString();
}

SyncError SyncController::errorCode() const
{
    if (!m_engine)
        return SyncError::None;
    const SyncError e = m_engine->status()->lastError();
    // "Not enrolled" is a state the section already shows, not a failure to report.
    return e == SyncError::NotEnrolled ? SyncError::None : e;
}

QString SyncController::lastErrorDetail() const
{
    return hasError() ? m_engine->status()->lastErrorDetail() : QString();
}

QString SyncController::serverUrl() const
{
    const QString enrolledUrl = m_engine ? m_engine->status()->serverUrl() : QString();
    return enrolledUrl.isEmpty() ? m_defaultServerUrl : enrolledUrl;
}

bool SyncController::enroll(const QString &serverUrl, const QString &code)
{
    if (!m_engine) {
        setNotice(Notice::Failed, SyncError::StoreFailed);
        return false;
    }
    const QUrl url = serverUrlFromInput(serverUrl);
    if (!url.isValid()) {
        setNotice(Notice::NeedAddress);
        return false;
    }
    if (code.trimmed().isEmpty()) {
        setNotice(Notice::NeedCode);
        return false;
    }
    if (!m_engine->enroll(url, code.trimmed(), QSysInfo::machineHostName())) {
        setNotice(Notice::Busy);
        return false;
    }
    m_action = Action::Enroll;
    setNotice(Notice::None);
    return true;
}

bool SyncController::syncNow()
{
    if (!m_engine || !enrolled())
        return false;
    if (!m_engine->syncNow()) {
        setNotice(Notice::Busy);
        return false;
    }
    m_action = Action::Sync;
    setNotice(Notice::None);
    return true;
}

void SyncController::onFinished(sync::SyncEngine::Operation op, SyncError error)
{
    const Action action = m_action;
    m_action = Action::None;
    if (op == sync::SyncEngine::Operation::Enroll) {
        if (error == SyncError::None && m_settings->unitCode().isEmpty()) {
            // A new kiosk takes its unit from the enrollment; the server's settings follow with the first sync.
            m_settings->setUnitCode(unitCode());
            if (m_settings->unitName().isEmpty())
                m_settings->setUnitName(unitName());
        }
        setNotice(error == SyncError::None ? Notice::Enrolled : Notice::Failed, error);
    } else if (action == Action::Sync) {
        // "All answers have reached the server" only from counts that were read, never from zeros
        // that stand in for an outbox the store could not read.
        const StoreResult<sync::Outbox::Counts> counts = m_engine->counts();
        if (error == SyncError::None && !counts.ok())
            setNotice(Notice::Failed, SyncError::StoreFailed);
        else if (error == SyncError::None)
            setNotice(counts->pending == 0 ? Notice::AllSent : Notice::MoreWaiting);
        else
            setNotice(Notice::None); // the error itself is shown, in words, as lastError
    }
    emit changed();
}

void SyncController::applySettingsBetweenVisitors()
{
    // Never mid-visit: a visitor keeps the questions and services they started with.
    if (!m_settingsWaiting || m_session->step() != SurveySession::Step::Welcome)
        return;
    m_settingsWaiting = false;
    if (m_applier.apply())
        emit settingsApplied();
}

void SyncController::setNotice(Notice notice, SyncError error)
{
    m_notice = notice;
    m_noticeError = error;
    emit changed();
}

bool SyncController::noticeIsError() const
{
    return m_notice == Notice::Failed || m_notice == Notice::NeedAddress || m_notice == Notice::NeedCode
        || m_notice == Notice::Busy;
}

QString SyncController::notice() const
{
    switch (m_notice) {
    case Notice::None:
        return {};
    case Notice::Failed:
        return errorText(m_noticeError);
    case Notice::NeedAddress:
        return tr("Type the server address, for example https://suara.example.go.id.");
    case Notice::NeedCode:
        return tr("Type the enrollment code from the server admin.");
    case Notice::Busy:
        return tr("Please wait: the kiosk is talking to the server.");
    case Notice::Enrolled:
        return tr("This device is now enrolled with %1.").arg(unitName().isEmpty() ? unitCode() : unitName());
    case Notice::AllSent:
        return tr("All answers have reached the server.");
    case Notice::MoreWaiting:
        return tr("Sent. New answers are waiting for the next round.");
    }
    return {};
}

bool SyncController::countsKnown() const
{
    return m_engine && m_engine->status()->countsKnown() && m_oldestRead;
}

QString SyncController::waitingText() const
{
    if (!countsKnown())
        //: The store could not be read: the number of unsent records is not known (never shown as 0)
        return tr("The number of records waiting to be sent cannot be read. Check the device storage; nothing "
                  "is deleted.");
    const int pending = pendingCount();
    QString records;
    if (pending == 0)
        records = tr("Every record has been sent.");
    else if (!m_oldestWaiting) // the counts moved between the two reads; the next refresh brings the date
        records = tr("%n record(s) waiting to be sent", nullptr, pending);
    else
        //: %n records not yet sent; %1 the capture date of the oldest, e.g. "Monday, 2 November 2026"
        records = tr("%n waiting since %1", nullptr, pending)
                      .arg(syncwarning::dateInWords(*m_oldestWaiting, m_time->now(), m_language->language()));
    // A report's photo and signature go after its record: "every record has been sent" alone would
    // be untrue while the UPG still lacks them.
    const int files = m_engine ? countForQml(m_engine->status()->evidenceWaitingCount()) : 0;
    if (files == 0)
        return records;
    // "Every record has been sent." ends its sentence already; a count does not.
    return records
        + QLatin1String(pending == 0 ? " " : ". ")
        //: After the count of records: photos and signatures of officers' reports not yet on the server
        + tr("%n photo(s) or signature(s) still to send.", nullptr, files);
}

QString SyncController::offlineWarningText() const
{
    if (!m_offlineWarning)
        return {};
    const QDateTime now = m_time->now();
    const QDateTime last = m_engine ? m_engine->status()->lastSuccess() : QDateTime();
    //: Advice after the offline warning: what the officer can do
    const QString advice = tr("The records are safe on this device. Connect to the internet and tap Sync now, or "
                              "take an offline bundle to the server (Admin → Export).");
    if (last.isValid())
        return tr("This device has not synced for %n day(s).", nullptr, syncwarning::daysBetween(last, now)) + u' '
            + advice;
    const int days = m_oldestWaiting ? syncwarning::daysBetween(*m_oldestWaiting, now) : 0;
    return tr("This device has never synced, and records have waited for %n day(s).", nullptr, days) + u' ' + advice;
}

QString SyncController::lowStorageText() const
{
    if (!lowStorage())
        return {};
    const QLocale locale = localeFor(m_language->language());
    //: %1 the free space, e.g. "150 MB"
    return tr("The device storage is almost full: %1 free. Sync now or export the records to a USB stick "
              "(Admin → Export), and remove other files from the device, so that new records still fit.")
        .arg(locale.formattedDataSize(m_space.available, 0, QLocale::DataSizeSIFormat));
}

int SyncController::offlineWarningDays() const
{
    return m_settings->config().offlineWarningDays;
}

void SyncController::setOfflineWarningDays(int days)
{
    DeviceConfig c = m_settings->config();
    c.offlineWarningDays = configrange::kOfflineWarningDays.clamp(days);
    // A refused write is reported by KioskSettings::storeFailed (the error funnel); the old value stays.
    if (m_settings->setConfig(c))
        refreshWarnings();
}

void SyncController::setVolumeSpaceReader(std::function<VolumeSpace()> reader)
{
    m_readSpace = std::move(reader);
    m_spaceReadAt = {};
    refreshWarnings();
}

void SyncController::refreshWaiting()
{
    const StoreResult<std::optional<QDateTime>> oldest = m_outbox.oldestPendingCapture();
    m_oldestRead = oldest.ok();
    if (oldest.ok())
        m_oldestWaiting = oldest.value();
    else
        qCWarning(lcSync) << "cannot read the oldest waiting record:" << oldest.error().message;
    m_spaceReadAt = {}; // records were added or sent: the free space moved too
    refreshWarnings();
    emit changed();
}

void SyncController::refreshWarnings()
{
    const QDateTime now = m_time->now();
    bool moved = false;
    if (!m_spaceReadAt.isValid() || m_spaceReadAt.secsTo(now) >= 60 || now < m_spaceReadAt) {
        const VolumeSpace space = m_readSpace();
        moved = space.known != m_space.known || space.available != m_space.available || space.total != m_space.total;
        m_space = space;
        m_spaceReadAt = now;
    }
    // An unread outbox gives no age: the warning then rests on the last sync alone.
    const QDateTime last = m_engine ? m_engine->status()->lastSuccess() : QDateTime();
    const bool offline =
        syncwarning::offlineTooLong(last, m_oldestRead ? m_oldestWaiting : std::nullopt, now, offlineWarningDays());
    moved = moved || offline != m_offlineWarning;
    m_offlineWarning = offline;
    if (moved)
        emit changed();
}

QString SyncController::errorText(SyncError error)
{
    switch (error) {
    case SyncError::None:
        return {};
    case SyncError::NotEnrolled:
        return tr("This device is not connected to a server yet. Answers are kept safe on this device.");
    case SyncError::ServerUnreachable:
        return tr("The server cannot be reached. Answers stay safe on this device.");
    case SyncError::Timeout:
        return tr("The server did not answer in time. Answers stay safe on this device; the kiosk will try again.");
    case SyncError::NotSuara:
        return tr("Something other than the Suara server answered, such as a Wi-Fi login page. Check the network; "
                  "answers stay safe on this device.");
    case SyncError::BadAnswer:
        return tr(
            "The server's answer arrived incomplete. The kiosk will try again; answers stay safe on this device.");
    case SyncError::ServerUnavailable:
        return tr(
            "The server is temporarily out of service. The kiosk will try again; answers stay safe on this device.");
    case SyncError::Unauthorized:
        return tr("The server no longer accepts this device. Enroll it again with a new code; answers stay safe on "
                  "this device.");
    case SyncError::Revoked:
        return tr("The server has revoked this device, so it stopped sending. Every answer stays safe on this device.");
    case SyncError::EnrollmentCodeInvalid:
        return tr("The enrollment code is wrong or has expired. Ask the server admin for a new code.");
    case SyncError::EnrollmentCodeUsed:
        return tr("This enrollment code was already used by another device. Ask the server admin for a new code.");
    case SyncError::LoginFailed:
        return tr("The user name or password was not accepted.");
    case SyncError::RequestRefused:
        return tr("The server refused the request. Answers stay safe on this device.");
    case SyncError::StoreFailed:
        return tr("The kiosk's storage could not be read or written.");
    case SyncError::FileFailed:
        return tr("The file could not be read or written.");
    case SyncError::BadBundle:
        return tr("The transfer file is damaged.");
    }
    return tr("Sending failed. Answers stay safe on this device.");
}

QString SyncController::humanTime(const QDateTime &at, const QDateTime &now, const QString &language)
{
    const QLocale locale = localeFor(language);
    const qint64 secs = at.secsTo(now);
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%n minute(s) ago", nullptr, int(secs / 60));
    const QDateTime local = at.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == today)
        //: %1 is a clock time, e.g. 14.05
        return tr("today at %1").arg(time);
    if (local.date() == today.addDays(-1))
        return tr("yesterday at %1").arg(time);
    //: %1 is a date (3 March 2026), %2 a clock time (14.05)
    return tr("%1 at %2").arg(locale.toString(local.date(), QStringLiteral("d MMMM yyyy")), time);
}

} // namespace suara
