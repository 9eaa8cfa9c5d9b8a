#pragma once

#include "syncerror.h"

#include <QDateTime>
#include <QObject>

namespace suara::sync {

class SyncEngine;

// What an admin screen shows about sync, as bindable properties. Read-only from outside: the engine is
// the only writer. Sentences are English (describe()); a UI translates from `lastError`.
class SyncStatus : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QDateTime nextAttempt READ nextAttempt NOTIFY stateChanged)
    Q_PROPERTY(qint64 pendingCount READ pendingCount NOTIFY countsChanged)
    Q_PROPERTY(qint64 syncedCount READ syncedCount NOTIFY countsChanged)
    Q_PROPERTY(qint64 quarantinedCount READ quarantinedCount NOTIFY countsChanged)
    Q_PROPERTY(qint64 evidenceWaitingCount READ evidenceWaitingCount NOTIFY countsChanged)
    Q_PROPERTY(bool countsKnown READ countsKnown NOTIFY countsChanged)
    Q_PROPERTY(qint64 progressDone READ progressDone NOTIFY progressChanged)
    Q_PROPERTY(qint64 progressTotal READ progressTotal NOTIFY progressChanged)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY lastSuccessChanged)
    Q_PROPERTY(suara::sync::SyncError lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QString lastErrorMessage READ lastErrorMessage NOTIFY lastErrorChanged)
    Q_PROPERTY(QString lastErrorDetail READ lastErrorDetail NOTIFY lastErrorChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY enrollmentChanged)
    Q_PROPERTY(QString unitCode READ unitCode NOTIFY enrollmentChanged)
    Q_PROPERTY(QString unitName READ unitName NOTIFY enrollmentChanged)
    Q_PROPERTY(int settingsVersion READ settingsVersion NOTIFY settingsVersionChanged)

public:
    enum class State {
        NotEnrolled, // no server yet: records wait (export a bundle, or enroll)
        Idle, // enrolled; nothing running
        Syncing, // a request is on its way
        BackingOff, // the last attempt failed; the next one is at nextAttempt
        Revoked, // the server cut the device off (401 / device_revoked): nothing is sent, all is kept
    };
    Q_ENUM(State)

    explicit SyncStatus(QObject *parent = nullptr);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QDateTime nextAttempt() const { return m_nextAttempt; }
    [[nodiscard]] qint64 pendingCount() const { return m_pending; }
    [[nodiscard]] qint64 syncedCount() const { return m_synced; }
    [[nodiscard]] qint64 quarantinedCount() const { return m_quarantined; }
    // Photo and signature files the server has not confirmed yet (their records may be synced already).
    [[nodiscard]] qint64 evidenceWaitingCount() const { return m_evidenceWaiting; }
    // False while the outbox could not be read: the counts above are then not "0 pending".
    [[nodiscard]] bool countsKnown() const { return m_countsKnown; }
    [[nodiscard]] qint64 progressDone() const { return m_progressDone; }
    [[nodiscard]] qint64 progressTotal() const { return m_progressTotal; }
    [[nodiscard]] QDateTime lastSuccess() const { return m_lastSuccess; }
    [[nodiscard]] SyncError lastError() const { return m_lastError.error; }
    [[nodiscard]] QString lastErrorMessage() const
    {
        return m_lastError.ok() ? QString() : describe(m_lastError.error);
    }
    [[nodiscard]] QString lastErrorDetail() const { return m_lastError.detail; }
    [[nodiscard]] QString serverUrl() const { return m_serverUrl; }
    [[nodiscard]] QString unitCode() const { return m_unitCode; }
    [[nodiscard]] QString unitName() const { return m_unitName; }
    [[nodiscard]] int settingsVersion() const { return m_settingsVersion; }

    [[nodiscard]] static QString stateName(State state);

signals:
    void stateChanged();
    void countsChanged();
    void progressChanged();
    void lastSuccessChanged();
    void lastErrorChanged();
    void enrollmentChanged();
    void settingsVersionChanged();

private:
    friend class SyncEngine;
    void setState(State state, const QDateTime &nextAttempt = {});
    void setCounts(qint64 pending, qint64 synced, qint64 quarantined, qint64 evidenceWaiting);
    void setCountsUnknown();
    void setProgress(qint64 done, qint64 total);
    void setLastSuccess(const QDateTime &at);
    void setLastError(const SyncFailure &failure);
    void setEnrollment(const QString &serverUrl, const QString &unitCode, const QString &unitName);
    void setSettingsVersion(int version);

    State m_state = State::NotEnrolled;
    QDateTime m_nextAttempt;
    qint64 m_pending = 0;
    qint64 m_synced = 0;
    qint64 m_quarantined = 0;
    qint64 m_evidenceWaiting = 0;
    bool m_countsKnown = false;
    qint64 m_progressDone = 0;
    qint64 m_progressTotal = 0;
    QDateTime m_lastSuccess;
    SyncFailure m_lastError;
    QString m_serverUrl;
    QString m_unitCode;
    QString m_unitName;
    int m_settingsVersion = 0;
};

} // namespace suara::sync
