#include "kioskcontext.h"

#include "position/qtpositionsource.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKiosk, "suara.app")

namespace suara {

namespace {
KioskContext *s_instance = nullptr;
}

KioskContext::KioskContext(const QString &dataDir, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(clock ? clock : m_ownClock.get())
    , m_store(QDir(dataDir).filePath(QStringLiteral("kiosk.db")))
    , m_catalog(Catalog::builtIn())
    , m_settings(&m_store, &m_catalog)
    , m_position(std::make_unique<QtPositionSource>())
    , m_session(&m_store, &m_settings, &m_language, &m_errors, m_clock)
    , m_readAloud(&m_settings, &m_language, &m_session)
    , m_display(&m_session)
    , m_admin(&m_store, m_clock)
    , m_officers(&m_store, &m_settings, &m_admin, m_clock)
    , m_officerReport(&m_store, &m_settings, &m_officers, &m_errors, m_clock)
    , m_summary(&m_store, &m_catalog, &m_language, m_clock)
    , m_idle(m_clock)
    , m_sync(&m_store, &m_catalog, &m_settings, &m_session, &m_language, m_clock)
    , m_deviceExport(&m_store, m_clock, &m_language)
    , m_checkpointer(&m_store, m_clock)
{
    s_instance = this;
    m_session.setPositionSource(m_position.get());
    QDir().mkpath(dataDir);
    // No visit's commit copies the WAL; m_checkpointer does, when nobody is saving (issue 10.3).
    (void)m_store.setAutoCheckpoint(false); // before open(): only records the choice, cannot fail
    StoreError err = m_store.open();
    if (err.ok())
        err = m_settings.reload();
    if (!err.ok()) {
        qCCritical(lcKiosk) << "cannot open the store:" << err.message;
        m_errors.reportStore(err);
        m_session.showUnavailable();
    }
    // A setting the store refused makes the kiosk unavailable, with the same automatic retry as a visit.
    connect(&m_settings, &KioskSettings::storeFailed, this, [this](const StoreError &err) {
        m_errors.reportStore(err);
        m_session.showUnavailable();
    });
    connect(&m_session, &SurveySession::storeRecovered, this, [this] {
        if (const StoreError err = m_settings.reload(); !err.ok()) {
            m_errors.reportStore(err);
            m_session.showUnavailable();
            return;
        }
        m_sync.start();
        applySettings();
        m_summary.refresh();
        m_officers.reload();
    });
    connect(&m_settings, &KioskSettings::changed, this, &KioskContext::applySettings);
    connect(&m_language, &LanguageManager::languageChanged, this, [this] {
        m_settings.setDisplayLanguage(m_language.language());
        m_officerReport.retranslate();
    });
    connect(&m_idle, &IdleWatcher::idle, this, &KioskContext::onIdle);
    m_idle.setWarnWhen([this] { return visitUnderWay(); });
    // Whoever leaves the admin area, the next visitor starts in the unit's language.
    connect(&m_admin, &AdminGate::changed, this, [this, wasUnlocked = false]() mutable {
        if (wasUnlocked && !m_admin.unlocked())
            m_language.setLanguage(m_settings.defaultLanguage());
        wasUnlocked = m_admin.unlocked();
    });
    // Each saved visit is folded into the summary; the quarter is read once, here, off this thread.
    connect(&m_session, &SurveySession::saved, &m_summary, &LocalSummary::fold);
    connect(&m_session, &SurveySession::saved, &m_checkpointer, &WalCheckpointer::noteCommit);
    connect(&m_officerReport, &OfficerReport::saved, &m_checkpointer, [this] { m_checkpointer.noteCommit(); });
    // The signed-in officer is named in every record from now on; switching ends a visit under way.
    connect(&m_officers, &OfficerGate::changed, this, [this, was = QString()]() mutable {
        m_session.setOfficer(m_officers.officerId(), m_officers.fieldMode());
        if (was != m_officers.officerId() && visitUnderWay())
            m_session.reset();
        was = m_officers.officerId();
    });
    connect(&m_officers, &OfficerGate::modeChanged, this,
            [this] { m_session.setOfficer(m_officers.officerId(), m_officers.fieldMode()); });
    if (m_store.isOpen()) {
        m_summary.refresh();
        m_officers.reload();
    }
    // Before the settings are read below: server settings that arrived before a restart apply now.
    m_sync.start();
    applySettings();
    m_language.setLanguage(m_settings.defaultLanguage());
}

KioskContext::~KioskContext()
{
    m_session.flushHeldVisit();
    // A settings change still on its way is written before the store closes (bounded wait).
    (void)m_settings.finishWrites(); // a write that outlasts the wait is logged by the writer
    if (s_instance == this)
        s_instance = nullptr;
}

KioskContext *KioskContext::instance()
{
    return s_instance;
}

void KioskContext::attach(QQmlEngine *engine, QObject *inputSource)
{
    m_language.setEngine(engine);
    m_idle.watch(inputSource);
    m_officers.watch(inputSource);
}

void KioskContext::applySettings()
{
    m_idle.setTimeoutSeconds(m_settings.idleTimeoutSeconds());
    m_language.offerFor(m_settings.activeQuestionnaires(), m_settings.services());
    MisuseGuard::Policy policy = m_session.misuseGuard().policy();
    policy.cooldownSeconds = m_settings.cooldownSeconds();
    m_session.misuseGuard().setPolicy(policy);
    const DeviceConfig &config = m_settings.config();
    m_officers.setMode(config.deviceMode == DeviceMode::Field, config.officerLockMinutes);
    if (m_store.isOpen())
        (void)m_officers.applyServerOfficers(config.officers); // a failure is logged and tried again next time
}

bool KioskContext::visitUnderWay() const
{
    switch (m_session.step()) {
    case SurveySession::Step::Welcome:
    case SurveySession::Step::Unavailable:
    case SurveySession::Step::ThankYou:
        return false;
    default:
        return !m_admin.unlocked() && !m_admin.prompting();
    }
}

void KioskContext::onIdle()
{
    // Whoever walked away, the next person starts from a clean welcome screen in the unit's language.
    if (visitUnderWay()) {
        qCInfo(lcKiosk) << "idle timeout: discarding the unfinished visit";
        m_session.reset();
    } else if (m_session.step() == SurveySession::Step::Welcome) {
        m_language.setLanguage(m_settings.defaultLanguage());
    }
    if (m_admin.unlocked() || m_admin.prompting())
        m_admin.lock();
}

void KioskContext::setPositionSource(std::unique_ptr<PositionSource> source)
{
    m_session.setPositionSource(source.get());
    m_position = std::move(source);
}

} // namespace suara
