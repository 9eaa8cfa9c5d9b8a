#pragma once

#include "domain/deviceconfig.h"
#include "store/storeerror.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace suara {

class LocalStore;

// The outcome of one write of the device configuration.
struct SettingsWrite
{
    DeviceConfig config; // what was written, or tried
    StoreError error; // ok(): the whole of `config` is in the store

    [[nodiscard]] bool saved() const { return error.ok(); }
};

// Writes the device configuration on a worker thread with a connection of its own (a QSqlDatabase
// connection belongs to the thread that opened it), so an admin's tap never waits for an fsync.
// Latest wins: one write runs at a time; configurations given meanwhile replace each other, and the
// newest is written next, whole, so an older value is never written after a newer one and the newest
// is never lost. A failed write drops the one waiting (it was built on the value that did not save):
// the owner shows what is stored and says so. Outcomes arrive queued on the owner's thread, as written().
class SettingsWriter : public QObject
{
    Q_OBJECT

public:
    // The store call, run on the worker thread with the worker's connection. Replaceable so a test can
    // see the thread it runs on or hold a write back while more changes arrive.
    using Save = std::function<StoreError(LocalStore &store, const DeviceConfig &config)>;

    // Longest wait at quit: a write is bounded by SQLite's busy timeout (5 s), and one may be waiting.
    static constexpr int kShutdownWaitMs = 12000;

    explicit SettingsWriter(QString storePath, QObject *parent = nullptr);
    ~SettingsWriter() override;

    void setSave(Save save);
    void write(const DeviceConfig &config);
    // A write runs or waits.
    [[nodiscard]] bool busy() const { return m_inFlight || m_waiting.has_value(); }
    // The number of writes started so far (each one a transaction).
    [[nodiscard]] int writesStarted() const { return m_started; }
    // Finishes the running and the waiting write within `msecs`, emitting their outcomes directly: at
    // quit no event loop is left to deliver them. False when time ran out (logged).
    bool flush(int msecs = kShutdownWaitMs);

signals:
    void written(const suara::SettingsWrite &result);

private:
    struct Worker;

    void start(const DeviceConfig &config);
    void onFinished();

    // One thread that never expires: the worker's connection stays on the thread that opened it.
    QThreadPool m_pool;
    std::shared_ptr<Worker> m_worker;
    QFutureWatcher<SettingsWrite> m_watcher;
    bool m_inFlight = false;
    std::optional<DeviceConfig> m_waiting;
    int m_started = 0;
};

} // namespace suara
