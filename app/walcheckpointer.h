#pragma once

#include "store/localstore.h"

#include <QDateTime>
#include <QObject>

namespace suara {

class Clock;

// Copies the store's WAL into the database file while nobody is saving a visit, so no visit's commit
// pays for a checkpoint (the store runs with wal_autocheckpoint off, LocalStore::setAutoCheckpoint).
// Due kIdleMs after the last commit, and every kSweepMs for writes that are not visits (sync, settings);
// a WAL past kMaxWalBytes is copied at the next tick however busy the kiosk is, so it stays bounded.
class WalCheckpointer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIdleMs = 5000;
    static constexpr int kSweepMs = 60000;
    static constexpr qint64 kMaxWalBytes = 8 * 1024 * 1024;

    WalCheckpointer(LocalStore *store, Clock *clock, QObject *parent = nullptr);

    // A visit was committed just now.
    void noteCommit();

signals:
    void checkpointed(const suara::LocalStore::Checkpoint &result);
    void failed(const suara::StoreError &error);

private:
    void onTick();
    void run(const QDateTime &now);

    LocalStore *m_store;
    Clock *m_clock;
    bool m_dirty = false;
    bool m_urgent = false;
    QDateTime m_lastCommit;
    QDateTime m_lastRun;
    QDateTime m_retryAt; // after a failure: not before this (a failure is logged once per try, not per tick)
};

} // namespace suara
