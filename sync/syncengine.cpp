#include "syncengine.h"

#include "enrolljob.h"
#include "httpclient.h"
#include "pushjob.h"
#include "serversettings.h"
#include "settingsjob.h"

#include "store/localstore.h"

#include <QCoreApplication>

namespace suara::sync {

namespace {
bool stopsTheDevice(SyncError e)
{
    return e == SyncError::Revoked || e == SyncError::Unauthorized;
}
} // namespace

SyncEngine::SyncEngine(LocalStore *store, QNetworkAccessManager *nam, SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(std::move(options))
    , m_http(new HttpClient(nam, this))
    , m_outbox(store)
    , m_meta(store)
    , m_backoff(m_options.backoff, m_options.seed)
{
    if (m_options.appVersion.isEmpty())
        m_options.appVersion = QCoreApplication::applicationVersion();
    m_http->setTimeoutMs(m_options.requestTimeoutMs);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::onTimer);
    (void)m_outbox.repair();
    refresh();
}

SyncEngine::~SyncEngine()
{
    m_http->abortAll();
}

void SyncEngine::refresh()
{
    const Outbox::Counts c = m_outbox.counts();
    m_status.setCounts(c.pending, c.synced, c.quarantined);
    m_status.setEnrollment(m_meta.serverUrl().toString(), m_meta.unitCode(), m_meta.unitName());
    m_status.setLastSuccess(m_meta.lastSuccess());
    const SyncError stop = m_meta.stopReason();
    m_status.setLastError(stop != SyncError::None ? SyncFailure{stop, m_meta.stopDetail()} : m_meta.lastError());
    m_status.setSettingsVersion(ServerSettings::load(*m_store).version);
    updateState();
}

void SyncEngine::updateState()
{
    using State = SyncStatus::State;
    if (m_meta.stopReason() != SyncError::None)
        m_status.setState(State::Revoked);
    else if (m_op)
        m_status.setState(State::Syncing);
    else if (!m_meta.isEnrolled())
        m_status.setState(State::NotEnrolled);
    else if (m_backingOff && m_timer.isActive())
        m_status.setState(State::BackingOff,
                          QDateTime::currentDateTimeUtc().addMSecs(m_timer.remainingTime()));
    else
        m_status.setState(State::Idle);
}

SyncFailure SyncEngine::readyToTalk() const
{
    if (const SyncError stop = m_meta.stopReason(); stop != SyncError::None)
        return {stop, m_meta.stopDetail()};
    if (!m_meta.isEnrolled())
        return {SyncError::NotEnrolled, QString()};
    return {};
}

bool SyncEngine::begin(Operation op)
{
    if (m_op)
        return false;
    m_op = op;
    m_status.setProgress(0, 0);
    updateState();
    emit busyChanged();
    return true;
}

bool SyncEngine::enroll(const QUrl &server, const QString &code, const QString &label)
{
    if (!begin(Operation::Enroll))
        return false;
    auto *job = new EnrollJob(m_store, &m_meta, m_http, this);
    connect(job, &EnrollJob::finished, this, [this, job](const SyncFailure &f) {
        job->deleteLater();
        m_http->setBaseUrl(m_meta.serverUrl()); // a failed attempt must not redirect the enrolled device
        end(f);
    });
    job->start(server, code, label, m_options.appVersion);
    return true;
}

bool SyncEngine::push()
{
    if (!begin(Operation::Push))
        return false;
    runPush();
    return true;
}

bool SyncEngine::pullSettings()
{
    if (!begin(Operation::PullSettings))
        return false;
    runPull();
    return true;
}

bool SyncEngine::syncNow()
{
    if (!begin(Operation::Sync))
        return false;
    m_timer.stop();
    runPush();
    return true;
}

void SyncEngine::runPush()
{
    if (const SyncFailure notReady = readyToTalk(); !notReady.ok()) {
        QTimer::singleShot(0, this, [this, notReady] { end(notReady); });
        return;
    }
    m_http->setBaseUrl(m_meta.serverUrl());
    m_http->setToken(m_meta.token());
    auto *job = new PushJob(m_store, &m_outbox, m_http, m_options.batchSize, this);
    connect(job, &PushJob::progress, this, [this](qint64 done, qint64 total) {
        m_status.setProgress(done, total);
        const Outbox::Counts c = m_outbox.counts();
        m_status.setCounts(c.pending, c.synced, c.quarantined);
    });
    connect(job, &PushJob::finished, this, [this, job](const SyncFailure &f) {
        job->deleteLater();
        if (f.ok()) {
            // "Last successful sync": every sendable record has reached the server.
            (void)m_meta.setLastSuccess(QDateTime::currentDateTimeUtc());
            if (m_op == Operation::Sync)
                return runPull();
        }
        end(f);
    });
    job->start();
}

void SyncEngine::runPull()
{
    if (const SyncFailure notReady = readyToTalk(); !notReady.ok()) {
        QTimer::singleShot(0, this, [this, notReady] { end(notReady); });
        return;
    }
    m_http->setBaseUrl(m_meta.serverUrl());
    m_http->setToken(m_meta.token());
    auto *job = new SettingsJob(m_store, m_http, this);
    connect(job, &SettingsJob::finished, this, [this, job](const SyncFailure &f) {
        job->deleteLater();
        if (f.ok() && job->changed()) {
            m_status.setSettingsVersion(job->version());
            emit settingsReceived(job->version());
        }
        end(f);
    });
    job->start();
}

void SyncEngine::end(const SyncFailure &failure)
{
    const Operation op = *m_op;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool stopsDevice = stopsTheDevice(failure.error) && m_meta.stopReason() == SyncError::None;
    if (stopsDevice)
        (void)m_meta.stop(failure, now);
    // A refused enrollment code is the admin's typo, not the state of the link: keep it out of lastError.
    if (op != Operation::Enroll || failure.ok())
        (void)m_meta.setLastError(failure, now);
    m_op.reset();

    if (m_auto && op == Operation::Enroll) {
        if (failure.ok()) {
            m_backoff.reset();
            schedule(std::chrono::milliseconds(0), false); // records may have waited for months
        }
    } else if (m_auto) {
        if (failure.ok())
            m_backoff.reset();
        if (failure.ok() && m_outbox.counts().pending > 0)
            schedule(m_options.afterNewRecords, false); // visits saved while this sync ran
        else if (failure.ok() || failure.error == SyncError::NotEnrolled)
            schedule(m_options.interval, false);
        else if (readyToTalk().ok())
            schedule(m_backoff.next(), true); // transient or not: never hammer the server
    }
    refresh();
    if (op == Operation::Enroll && !failure.ok())
        m_status.setLastError(failure); // shown, but not persisted as the link's state
    emit busyChanged();
    if (stopsDevice)
        emit stopped(failure.error);
    emit finished(op, failure.error, failure.detail);
}

void SyncEngine::schedule(std::chrono::milliseconds delay, bool backingOff)
{
    m_backingOff = backingOff;
    m_timer.start(delay);
}

void SyncEngine::onTimer()
{
    if (!m_auto || m_op || !readyToTalk().ok())
        return updateState();
    m_backingOff = false;
    (void)syncNow();
}

void SyncEngine::start()
{
    m_auto = true;
    m_backoff.reset();
    schedule(std::chrono::milliseconds(0), false);
    updateState();
}

void SyncEngine::stop()
{
    m_auto = false;
    m_backingOff = false;
    m_timer.stop();
    updateState();
}

void SyncEngine::recordsAdded()
{
    const Outbox::Counts c = m_outbox.counts();
    m_status.setCounts(c.pending, c.synced, c.quarantined);
    if (!m_auto || m_op || m_backingOff || !readyToTalk().ok())
        return;
    if (!m_timer.isActive() || m_timer.remainingTime() > m_options.afterNewRecords.count())
        schedule(m_options.afterNewRecords, false);
}

BundleExportResult SyncEngine::exportBundle(const QString &path, const BundleExportOptions &options)
{
    return sync::exportBundle(*m_store, m_outbox, m_meta, path, options);
}

int SyncEngine::requeueQuarantined()
{
    int n = 0;
    if (!m_outbox.requeueQuarantined(&n).ok())
        return 0;
    refresh();
    if (n > 0)
        recordsAdded();
    return n;
}

} // namespace suara::sync
