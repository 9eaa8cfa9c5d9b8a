#include "syncengine.h"

#include "enrolljob.h"
#include "httpclient.h"
#include "evidencejob.h"
#include "pushjob.h"
#include "serversettings.h"
#include "settingsjob.h"

#include "store/evidencestore.h"
#include "store/localstore.h"

#include <QCoreApplication>

namespace suara::sync {

namespace {
bool stopsTheDevice(SyncError e)
{
    return e == SyncError::Revoked || e == SyncError::Unauthorized;
}

SyncFailure storeFailure(const StoreError &err)
{
    return {SyncError::StoreFailed, err.message};
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
    const StoreError repaired = m_outbox.repair();
    refresh();
    if (!repaired.ok())
        m_status.setLastError(storeFailure(repaired));
}

SyncEngine::~SyncEngine()
{
    m_http->abortAll();
}

StoreError SyncEngine::refresh()
{
    const StoreError err = readStatus();
    if (!err.ok()) {
        // What could not be read is not shown as zero: the counts are unknown and the error says why.
        m_status.setCountsUnknown();
        m_status.setLastError(storeFailure(err));
    }
    updateState();
    return err;
}

StoreError SyncEngine::readStatus()
{
    const StoreResult<Outbox::Counts> c = m_outbox.counts();
    const StoreResult<qint64> evidence = EvidenceStore(m_store->database()).waitingCount();
    const StoreResult<QUrl> url = m_meta.serverUrl();
    const StoreResult<QString> unitCode = m_meta.unitCode();
    const StoreResult<QString> unitName = m_meta.unitName();
    const StoreResult<QDateTime> lastSuccess = m_meta.lastSuccess();
    const StoreResult<SyncError> stop = m_meta.stopReason();
    const StoreResult<QString> stopDetail = m_meta.stopDetail();
    const StoreResult<SyncFailure> lastError = m_meta.lastError();
    const StoreResult<ServerSettings> settings = ServerSettings::load(*m_store);
    if (StoreError err =
            firstError(c, evidence, url, unitCode, unitName, lastSuccess, stop, stopDetail, lastError, settings);
        !err.ok())
        return err;
    m_status.setCounts(c->pending, c->synced, c->quarantined, *evidence);
    m_status.setEnrollment(url->toString(), *unitCode, *unitName);
    m_status.setLastSuccess(*lastSuccess);
    m_status.setLastError(*stop != SyncError::None ? SyncFailure{*stop, *stopDetail} : *lastError);
    m_status.setSettingsVersion(settings->version);
    return {};
}

void SyncEngine::updateState()
{
    using State = SyncStatus::State;
    const StoreResult<SyncError> stop = m_meta.stopReason();
    const StoreResult<bool> enrolled = m_meta.isEnrolled();
    // An unreadable store leaves the state as it was; refresh() and readyToTalk() report the error.
    if (!firstError(stop, enrolled).ok())
        return;
    if (*stop != SyncError::None)
        m_status.setState(State::Revoked);
    else if (m_op)
        m_status.setState(State::Syncing);
    else if (!*enrolled)
        m_status.setState(State::NotEnrolled);
    else if (m_backingOff && m_timer.isActive())
        m_status.setState(State::BackingOff, QDateTime::currentDateTimeUtc().addMSecs(m_timer.remainingTime()));
    else
        m_status.setState(State::Idle);
}

SyncFailure SyncEngine::readyToTalk() const
{
    const StoreResult<SyncError> stop = m_meta.stopReason();
    const StoreResult<QString> stopDetail = m_meta.stopDetail();
    const StoreResult<bool> enrolled = m_meta.isEnrolled();
    if (StoreError err = firstError(stop, stopDetail, enrolled); !err.ok())
        return storeFailure(err);
    if (*stop != SyncError::None)
        return {*stop, *stopDetail};
    if (!*enrolled)
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
        // A failed attempt must not redirect the enrolled device.
        const StoreResult<QUrl> url = m_meta.serverUrl();
        m_http->setBaseUrl(url.ok() ? *url : QUrl());
        end(f.ok() && !url.ok() ? storeFailure(url.error()) : f);
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
    if (const SyncFailure f = prepareHttp(); !f.ok()) {
        QTimer::singleShot(0, this, [this, f] { end(f); });
        return;
    }
    auto *job = new PushJob(m_store, &m_outbox, m_http, m_options.batchSize, this);
    connect(job, &PushJob::progress, this, [this](qint64 done, qint64 total) {
        m_status.setProgress(done, total);
        showCounts();
    });
    connect(job, &PushJob::finished, this, [this, job](const SyncFailure &f) {
        job->deleteLater();
        if (!f.ok())
            return end(f);
        runEvidence();
    });
    job->start();
}

void SyncEngine::runEvidence()
{
    auto *job = new EvidenceJob(m_store, m_http, this);
    connect(job, &EvidenceJob::finished, this, [this, job](const SyncFailure &f) {
        job->deleteLater();
        showCounts();
        if (!f.ok())
            return end(f);
        // "Last successful sync": every sendable record and its files have reached the server, read from a store
        // that answered (PushJob fails on any failed read); a sync that cannot be noted is not a success.
        if (StoreError err = m_meta.setLastSuccess(QDateTime::currentDateTimeUtc()); !err.ok())
            return end(storeFailure(err));
        if (m_op == Operation::Sync)
            return runPull();
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
    if (const SyncFailure f = prepareHttp(); !f.ok()) {
        QTimer::singleShot(0, this, [this, f] { end(f); });
        return;
    }
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
    const StoreResult<SyncError> stoppedBefore = m_meta.stopReason();
    // Unreadable: write the stop again rather than miss it.
    const bool stopsDevice =
        stopsTheDevice(failure.error) && (!stoppedBefore.ok() || *stoppedBefore == SyncError::None);
    StoreError persisted;
    if (stopsDevice)
        persisted = m_meta.stop(failure, now);
    // A refused enrollment code is the admin's typo, not the state of the link: keep it out of lastError.
    if (persisted.ok() && (op != Operation::Enroll || failure.ok()))
        persisted = m_meta.setLastError(failure, now);
    m_op.reset();
    const StoreResult<Outbox::Counts> counts = m_outbox.counts();

    if (m_auto && op == Operation::Enroll) {
        if (failure.ok()) {
            m_backoff.reset();
            schedule(std::chrono::milliseconds(0), false); // records may have waited for months
        }
    } else if (m_auto) {
        if (failure.ok())
            m_backoff.reset();
        if (failure.ok() && !counts.ok())
            schedule(m_backoff.next(), true); // the store did not answer: try again, gently
        else if (failure.ok() && counts->pending > 0)
            schedule(m_options.afterNewRecords, false); // visits saved while this sync ran
        else if (failure.ok() || failure.error == SyncError::NotEnrolled)
            schedule(m_options.interval, false);
        else if (readyToTalk().ok())
            schedule(m_backoff.next(), true); // transient or not: never hammer the server
    }
    refresh();
    if (op == Operation::Enroll && !failure.ok())
        m_status.setLastError(failure); // shown, but not persisted as the link's state
    if (!persisted.ok())
        m_status.setLastError(storeFailure(persisted)); // the outcome could not be kept: say so
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

void SyncEngine::showCounts()
{
    const StoreResult<Outbox::Counts> c = m_outbox.counts();
    const StoreResult<qint64> evidence = EvidenceStore(m_store->database()).waitingCount();
    if (StoreError err = firstError(c, evidence); !err.ok()) {
        m_status.setCountsUnknown();
        m_status.setLastError(storeFailure(err));
        return;
    }
    m_status.setCounts(c->pending, c->synced, c->quarantined, *evidence);
}

SyncFailure SyncEngine::prepareHttp()
{
    const StoreResult<QUrl> url = m_meta.serverUrl();
    const StoreResult<QString> token = m_meta.token();
    if (StoreError err = firstError(url, token); !err.ok())
        return storeFailure(err);
    m_http->setBaseUrl(*url);
    m_http->setToken(*token);
    return {};
}

void SyncEngine::recordsAdded()
{
    showCounts();
    if (!m_auto || m_op || m_backingOff || !readyToTalk().ok())
        return;
    if (!m_timer.isActive() || m_timer.remainingTime() > m_options.afterNewRecords.count())
        schedule(m_options.afterNewRecords, false);
}

BundleExportResult SyncEngine::exportBundle(const QString &path, const BundleExportOptions &options)
{
    return sync::exportBundle(*m_store, m_outbox, m_meta, path, options);
}

StoreResult<int> SyncEngine::requeueQuarantined()
{
    int n = 0;
    if (StoreError err = m_outbox.requeueQuarantined(&n); !err.ok())
        return err;
    refresh();
    if (n > 0)
        recordsAdded();
    return n;
}

} // namespace suara::sync
