#include "settingswriter.h"

#include "store/deviceconfigstore.h"
#include "store/localstore.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QWaitCondition>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcSettingsWriter, "suara.app.settingswriter")

namespace suara {

// Touched only on the pool's one thread, one task at a time.
struct SettingsWriter::Worker
{
    QString path;
    Save save;
    std::unique_ptr<LocalStore> store;
    // Writes done so far, for a bounded wait at quit. (QThreadPool::waitForDone would also end the pool's
    // thread, and with it the thread the connection belongs to.)
    QMutex mutex;
    QWaitCondition wake;
    int done = 0;

    SettingsWrite run(const DeviceConfig &config)
    {
        SettingsWrite out = write(config);
        {
            const QMutexLocker lock(&mutex);
            ++done;
        }
        wake.wakeAll();
        return out;
    }
    bool waitFor(int writes, QDeadlineTimer deadline)
    {
        const QMutexLocker lock(&mutex);
        while (done < writes) {
            if (!wake.wait(&mutex, deadline))
                return done >= writes;
        }
        return true;
    }

private:
    SettingsWrite write(const DeviceConfig &config)
    {
        if (!store) {
            auto opened = std::make_unique<LocalStore>(path);
            // The kiosk's WalCheckpointer copies the WAL when nobody is saving; a settings commit does not.
            (void)opened->setAutoCheckpoint(false); // before open(): only records the choice
            if (StoreError err = opened->open(); !err.ok())
                return {config, err};
            store = std::move(opened);
        }
        SettingsWrite out{config, save(*store, config)};
        // A connection SQLite opened read-only stays so: the next write opens a fresh one.
        if (!out.saved())
            store.reset();
        return out;
    }
};

SettingsWriter::SettingsWriter(QString storePath, QObject *parent)
    : QObject(parent)
    , m_worker(std::make_shared<Worker>())
{
    m_worker->path = std::move(storePath);
    m_worker->save = &saveDeviceConfig;
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    connect(&m_watcher, &QFutureWatcher<SettingsWrite>::finished, this, &SettingsWriter::onFinished);
}

SettingsWriter::~SettingsWriter()
{
    {
        const QSignalBlocker quiet(this); // whoever listened may be half gone
        flush();
    }
    // The connection closes on the thread that opened it.
    m_pool.start([worker = m_worker] { worker->store.reset(); });
    m_pool.waitForDone();
}

void SettingsWriter::setSave(Save save)
{
    Q_ASSERT(!busy());
    m_worker->save = std::move(save);
}

void SettingsWriter::write(const DeviceConfig &config)
{
    if (m_inFlight) {
        m_waiting = config; // replaces an older waiting one: only the newest is worth writing
        return;
    }
    start(config);
}

void SettingsWriter::start(const DeviceConfig &config)
{
    m_inFlight = true;
    ++m_started;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [worker = m_worker, config] { return worker->run(config); }));
}

void SettingsWriter::onFinished()
{
    // Also reached from flush(), before the queued signal of the same write: handled once.
    // (The watcher's own isFinished() turns true only when its signal is delivered; the future's at once.)
    if (!m_inFlight || !m_watcher.future().isFinished())
        return;
    m_inFlight = false;
    const SettingsWrite result = m_watcher.future().result();
    if (!result.saved()) {
        qCWarning(lcSettingsWriter) << "the settings were not saved:" << result.error.message;
        m_waiting.reset();
    } else if (m_waiting) {
        start(*std::exchange(m_waiting, std::nullopt));
    }
    emit written(result);
}

bool SettingsWriter::flush(int msecs)
{
    const QDeadlineTimer deadline(msecs);
    while (busy()) {
        if (!m_inFlight)
            start(*std::exchange(m_waiting, std::nullopt));
        if (!m_worker->waitFor(m_started, deadline)) {
            qCWarning(lcSettingsWriter) << "a settings write was still running after" << msecs << "ms";
            return false;
        }
        m_watcher.future().waitForFinished(); // the write has returned: only the future's bookkeeping is left
        onFinished();
    }
    return true;
}

} // namespace suara
