#include "commands.h"

#include "statusreport.h"

#include "bundleupload.h"
#include "httpclient.h"
#include "syncengine.h"

#include "store/localstore.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace suara::cli {

using namespace suara::sync;

namespace {
void out(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fflush(stderr);
}

// The device store the kiosk writes (suara-kiosk --data-dir), opened like the kiosk opens it.
class Device
{
public:
    explicit Device(const Invocation &inv)
        : m_store(QDir(inv.dataDir).filePath(QStringLiteral("kiosk.db")))
    {
        SyncOptions options;
        options.requestTimeoutMs = inv.timeoutSeconds * 1000;
        options.appVersion = QStringLiteral(SUARA_VERSION);
        if (!QFileInfo::exists(m_store.path())) {
            m_problem = QStringLiteral("There is no device store at %1. Check --data-dir (the kiosk's data "
                                       "directory), or start suara-kiosk there once.")
                            .arg(m_store.path());
            return;
        }
        if (const StoreError e = m_store.open(); !e.ok()) {
            m_problem = QStringLiteral("The device store %1 could not be opened: %2").arg(m_store.path(), e.message);
            return;
        }
        m_engine.emplace(&m_store, &m_nam, options);
    }

    [[nodiscard]] bool ok() const { return m_engine.has_value(); }
    [[nodiscard]] QString problem() const { return m_problem; }
    LocalStore &store() { return m_store; }
    SyncEngine &engine() { return *m_engine; }

    // Starts an engine operation and waits for its finished() signal.
    SyncFailure run(const std::function<bool(SyncEngine &)> &start)
    {
        SyncFailure result{SyncError::RequestRefused, QStringLiteral("another operation is running")};
        QEventLoop loop;
        QObject::connect(&*m_engine, &SyncEngine::finished, &loop,
                         [&](SyncEngine::Operation, SyncError error, const QString &detail) {
                             result = {error, detail};
                             loop.quit();
                         });
        if (start(*m_engine))
            loop.exec();
        return result;
    }

private:
    QNetworkAccessManager m_nam;
    LocalStore m_store;
    std::optional<SyncEngine> m_engine;
    QString m_problem;
};

int unusable(const Device &device)
{
    err(device.problem() + QLatin1Char('\n'));
    return Failed;
}

int fail(const SyncFailure &f)
{
    err(QStringLiteral("error: %1\n").arg(f.sentence()));
    return Failed;
}

void sleepMs(qint64 ms)
{
    QEventLoop loop;
    QTimer::singleShot(std::chrono::milliseconds(ms), &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

int runEnroll(const Invocation &inv)
{
    Device device(inv);
    if (!device.ok())
        return unusable(device);
    const SyncFailure f = device.run([&](SyncEngine &e) { return e.enroll(inv.server, inv.code, inv.label); });
    if (!f.ok()) {
        fail(f);
        if (isTransient(f.error))
            err(QStringLiteral("The code is kept: an offline bundle exported now carries it, "
                               "and enrolling again later is safe.\n"));
        return Failed;
    }
    const SyncMeta &meta = device.engine().meta();
    const StoreResult<QUrl> url = meta.serverUrl();
    const StoreResult<QString> unitCode = meta.unitCode();
    const StoreResult<QString> unitName = meta.unitName();
    if (StoreError e = firstError(url, unitCode, unitName); !e.ok())
        return fail({SyncError::StoreFailed, e.message});
    out(QStringLiteral("Enrolled device %1 with %2, unit %3 (%4).\n")
            .arg(device.store().deviceId(), url->toString(), *unitCode, *unitName));
    return Ok;
}

int runPush(const Invocation &inv)
{
    Device device(inv);
    if (!device.ok())
        return unusable(device);
    Backoff backoff;
    SyncFailure f;
    for (int attempt = 1;; ++attempt) {
        f = device.run([](SyncEngine &e) { return e.push(); });
        if (f.ok() || !isTransient(f.error) || attempt >= inv.attempts)
            break;
        const qint64 wait = backoff.next().count();
        err(QStringLiteral("attempt %1 failed: %2; retrying in %3 s\n")
                .arg(attempt)
                .arg(f.sentence())
                .arg(wait / 1000.0, 0, 'f', 1));
        sleepMs(wait);
    }
    const StoreResult<Outbox::Counts> counts = device.engine().counts();
    if (!counts.ok()) {
        if (!f.ok())
            fail(f);
        return fail({SyncError::StoreFailed, counts.error().message});
    }
    const Outbox::Counts &c = *counts;
    const QString summary =
        QStringLiteral("%1 synced, %2 pending, %3 quarantined").arg(c.synced).arg(c.pending).arg(c.quarantined);
    if (!f.ok()) {
        fail(f);
        err(QStringLiteral("Records on this device: %1. Nothing was lost; push again later.\n").arg(summary));
        if (f.error == SyncError::NotEnrolled)
            err(QStringLiteral("Enroll it (suara-sync enroll), or carry its records to the server on a USB stick "
                               "(suara-sync export-bundle).\n"));
        return Failed;
    }
    out(QStringLiteral("Everything sendable was sent: %1.\n").arg(summary));
    if (c.quarantined > 0)
        out(QStringLiteral("Quarantined records are kept and listed by `suara-sync status`.\n"));
    return c.pending == 0 ? Ok : Failed;
}

int runPull(const Invocation &inv)
{
    Device device(inv);
    if (!device.ok())
        return unusable(device);
    bool received = false;
    QObject::connect(&device.engine(), &SyncEngine::settingsReceived, [&](int) { received = true; });
    const SyncFailure f = device.run([](SyncEngine &e) { return e.pullSettings(); });
    if (!f.ok())
        return fail(f);
    const int version = device.engine().status()->settingsVersion();
    out(received ? QStringLiteral("New settings received: version %1. The kiosk applies them between visitors.\n")
                       .arg(version)
                 : QStringLiteral("Settings are up to date (version %1).\n").arg(version));
    return Ok;
}

int runStatus(const Invocation &inv)
{
    Device device(inv);
    if (!device.ok())
        return unusable(device);
    if (inv.json) {
        const StoreResult<QJsonObject> report = statusJson(device.store(), device.engine());
        if (!report.ok())
            return fail({SyncError::StoreFailed, report.error().message});
        out(QString::fromUtf8(QJsonDocument(*report).toJson(QJsonDocument::Indented)));
    } else {
        const StoreResult<QString> report = statusText(device.store(), device.engine());
        if (!report.ok())
            return fail({SyncError::StoreFailed, report.error().message});
        out(*report);
    }
    return Ok;
}

int runExportBundle(const Invocation &inv)
{
    Device device(inv);
    if (!device.ok())
        return unusable(device);
    BundleExportOptions options;
    options.allRecords = inv.all;
    options.enrollmentCode = inv.code;
    const BundleExportResult r = device.engine().exportBundle(inv.file, options);
    if (!r.failure.ok())
        return fail(r.failure);
    out(QStringLiteral("Wrote %1: %2 records, %3 bytes%4.\n")
            .arg(inv.file)
            .arg(r.records)
            .arg(r.bytes)
            .arg(r.carriesEnrollmentCode ? QStringLiteral(", with the enrollment code") : QString()));
    out(QStringLiteral("Records stay pending on this device until the server confirms them.\n"));
    return Ok;
}

int runUploadBundle(const Invocation &inv)
{
    // The device store is optional here: with it, the server's answer marks this device's records.
    std::optional<Device> device;
    if (!inv.dataDir.isEmpty()) {
        device.emplace(inv);
        if (!device->ok())
            return unusable(*device);
    }
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    http.setTimeoutMs(inv.timeoutSeconds * 1000);
    Outbox outbox(device ? &device->store() : nullptr);
    BundleUploadJob job(&http);
    SyncFailure result;
    QEventLoop loop;
    QObject::connect(&job, &BundleUploadJob::finished, &loop, [&](const SyncFailure &f) {
        result = f;
        loop.quit();
    });
    job.start(inv.file, inv.server, {inv.user, inv.password.value_or(QString())}, device ? &outbox : nullptr,
              device ? device->store().deviceId() : QString());
    loop.exec();
    if (!result.ok())
        return fail(result);
    int stored = 0, conflicts = 0, rejected = 0;
    for (const protocol::RecordResult &r : job.results()) {
        stored += r.isStored() ? 1 : 0;
        conflicts += r.status == protocol::RecordStatus::Conflict ? 1 : 0;
        rejected += r.status == protocol::RecordStatus::Rejected ? 1 : 0;
    }
    out(QStringLiteral("Imported bundle of device %1: %2 records stored (new or already there), %3 conflicts, "
                       "%4 rejected.\n")
            .arg(job.bundleDeviceId())
            .arg(stored)
            .arg(conflicts)
            .arg(rejected));
    if (job.appliedToOutbox())
        out(QStringLiteral("This device's outbox was updated from the server's answer.\n"));
    return conflicts + rejected == 0 ? Ok : Failed;
}

int runRequeue(const Invocation &inv)
{
    Device device(inv);
    if (!device.ok())
        return unusable(device);
    const StoreResult<int> n = device.engine().requeueQuarantined();
    if (!n.ok())
        return fail({SyncError::StoreFailed, n.error().message});
    out(QStringLiteral("%1 quarantined records are pending again; they are sent with the next push.\n").arg(*n));
    return Ok;
}

} // namespace suara::cli
