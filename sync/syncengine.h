#pragma once

#include "backoff.h"
#include "bundleexport.h"
#include "outbox.h"
#include "syncmeta.h"
#include "syncoptions.h"
#include "syncstatus.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace suara {
class LocalStore;
}

namespace suara::sync {

class HttpClient;

// The sync engine the kiosk wraps and `suara-sync` drives (docs/sync.md). No UI: it owns the outbox,
// the HTTP client and the retry schedule, keeps its state in the device store, and reports through
// `status` (bindable) and finished(). One operation runs at a time.
class SyncEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(suara::sync::SyncStatus *status READ status CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    enum class Operation { Enroll, Push, PullSettings, Sync };
    Q_ENUM(Operation)

    // `store` must be open and outlive the engine; `nam` is injected (the kiosk's, or a test's fake).
    SyncEngine(LocalStore *store, QNetworkAccessManager *nam, SyncOptions options = {}, QObject *parent = nullptr);
    ~SyncEngine() override;

    [[nodiscard]] SyncStatus *status() { return &m_status; }
    [[nodiscard]] bool busy() const { return m_op.has_value(); }

    // One-shot operations. Each ends with finished(); false (and no signal) when one is already running.
    Q_INVOKABLE bool enroll(const QUrl &server, const QString &code, const QString &label = {});
    Q_INVOKABLE bool push(); // every pending record, until none is left or a failure
    Q_INVOKABLE bool pullSettings(); // with the ETag; settingsReceived() when a new document was stored
    Q_INVOKABLE bool syncNow(); // push, then pull settings; ignores a running backoff

    // Automatic mode for the kiosk: sync now and every `interval`; after a failure, back off with jitter.
    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();
    [[nodiscard]] bool isRunning() const { return m_auto; }
    // A visit was saved: sync soon, unless the engine is backing off (then the schedule stands).
    Q_INVOKABLE void recordsAdded();

    [[nodiscard]] BundleExportResult exportBundle(const QString &path, const BundleExportOptions &options = {});
    // An admin's decision: quarantined records become pending again. Returns how many.
    StoreResult<int> requeueQuarantined();
    StoreResult<QList<Outbox::Entry>> quarantined() const { return m_outbox.quarantined(); }
    StoreResult<Outbox::Counts> counts() const { return m_outbox.counts(); }
    [[nodiscard]] const SyncMeta &meta() const { return m_meta; }
    // Re-reads counts, enrollment and the last outcome from the store (e.g. after another process
    // synced). A failed read shows as unknown counts and a StoreFailed lastError, and is returned.
    StoreError refresh();

signals:
    void finished(suara::sync::SyncEngine::Operation operation, suara::sync::SyncError error, const QString &detail);
    // A new settings document is in the store (serversettings.h); apply it between visitors.
    void settingsReceived(int version);
    // The server cut the device off; nothing more is sent until it is enrolled again. Records are kept.
    void stopped(suara::sync::SyncError reason);
    void busyChanged();

private:
    [[nodiscard]] bool begin(Operation op);
    [[nodiscard]] SyncFailure readyToTalk() const;
    void runPush();
    void runEvidence(); // after the records: their photo and signature files
    void runPull();
    void end(const SyncFailure &failure);
    void schedule(std::chrono::milliseconds delay, bool backingOff);
    void onTimer();
    void updateState();
    StoreError readStatus();
    void showCounts();
    SyncFailure prepareHttp();

    LocalStore *m_store;
    SyncOptions m_options;
    HttpClient *m_http;
    Outbox m_outbox;
    SyncMeta m_meta;
    SyncStatus m_status;
    Backoff m_backoff;
    QTimer m_timer;
    std::optional<Operation> m_op;
    bool m_auto = false;
    bool m_backingOff = false;
};

} // namespace suara::sync
