#include "walcheckpointer.h"

#include "clock.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCheckpoint, "suara.app.checkpoint")

namespace suara {

WalCheckpointer::WalCheckpointer(LocalStore *store, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_lastRun(clock->now())
{
    connect(m_clock, &Clock::ticked, this, &WalCheckpointer::onTick);
}

void WalCheckpointer::noteCommit()
{
    m_dirty = true;
    m_lastCommit = m_clock->now();
    // One stat of the WAL file; the copy itself waits for the next tick, after the thank-you is shown.
    if (m_store->walBytes() > kMaxWalBytes)
        m_urgent = true;
}

void WalCheckpointer::onTick()
{
    if (!m_store->isOpen())
        return;
    const QDateTime now = m_clock->now();
    if (m_retryAt.isValid() && now < m_retryAt)
        return;
    const bool quiet = !m_lastCommit.isValid() || m_lastCommit.msecsTo(now) >= kIdleMs;
    if (m_urgent || (quiet && (m_dirty || m_lastRun.msecsTo(now) >= kSweepMs)))
        run(now);
}

void WalCheckpointer::run(const QDateTime &now)
{
    m_lastRun = now;
    const StoreResult<LocalStore::Checkpoint> done = m_store->checkpoint();
    if (!done.ok()) {
        // Nothing is lost: the frames stay in the WAL, durable, and the next tick tries again.
        qCWarning(lcCheckpoint) << "the WAL could not be copied into the store:" << done.error().message;
        m_retryAt = now.addMSecs(kIdleMs);
        emit failed(done.error());
        return;
    }
    m_retryAt = {};
    // A reader (suara-sync, the summary's read) may hold back the WAL's tail; copy the rest later.
    m_dirty = done->busy || done->copiedFrames < done->walFrames;
    m_urgent = m_urgent && m_dirty && m_store->walBytes() > kMaxWalBytes;
    emit checkpointed(*done);
}

} // namespace suara
