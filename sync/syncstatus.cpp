#include "syncstatus.h"

namespace suara::sync {

SyncStatus::SyncStatus(QObject *parent)
    : QObject(parent)
{
}

QString SyncStatus::stateName(State state)
{
    switch (state) {
    case State::NotEnrolled:
        return QStringLiteral("not-enrolled");
    case State::Idle:
        return QStringLiteral("idle");
    case State::Syncing:
        return QStringLiteral("syncing");
    case State::BackingOff:
        return QStringLiteral("backing-off");
    case State::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

void SyncStatus::setState(State state, const QDateTime &nextAttempt)
{
    if (state == m_state && nextAttempt == m_nextAttempt)
        return;
    m_state = state;
    m_nextAttempt = nextAttempt;
    emit stateChanged();
}

void SyncStatus::setCounts(qint64 pending, qint64 synced, qint64 quarantined, qint64 evidenceWaiting)
{
    if (m_countsKnown && pending == m_pending && synced == m_synced && quarantined == m_quarantined
        && evidenceWaiting == m_evidenceWaiting)
        return;
    m_evidenceWaiting = evidenceWaiting;
    m_pending = pending;
    m_synced = synced;
    m_quarantined = quarantined;
    m_countsKnown = true;
    emit countsChanged();
}

void SyncStatus::setCountsUnknown()
{
    if (!m_countsKnown)
        return;
    m_countsKnown = false;
    emit countsChanged();
}

void SyncStatus::setProgress(qint64 done, qint64 total)
{
    if (done == m_progressDone && total == m_progressTotal)
        return;
    m_progressDone = done;
    m_progressTotal = total;
    emit progressChanged();
}

void SyncStatus::setLastSuccess(const QDateTime &at)
{
    if (at == m_lastSuccess)
        return;
    m_lastSuccess = at;
    emit lastSuccessChanged();
}

void SyncStatus::setLastError(const SyncFailure &failure)
{
    if (failure.error == m_lastError.error && failure.detail == m_lastError.detail)
        return;
    m_lastError = failure;
    emit lastErrorChanged();
}

void SyncStatus::setEnrollment(const QString &serverUrl, const QString &unitCode, const QString &unitName)
{
    if (serverUrl == m_serverUrl && unitCode == m_unitCode && unitName == m_unitName)
        return;
    m_serverUrl = serverUrl;
    m_unitCode = unitCode;
    m_unitName = unitName;
    emit enrollmentChanged();
}

void SyncStatus::setSettingsVersion(int version)
{
    if (version == m_settingsVersion)
        return;
    m_settingsVersion = version;
    emit settingsVersionChanged();
}

} // namespace suara::sync
