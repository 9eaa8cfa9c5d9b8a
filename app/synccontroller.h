#pragma once

#include "domain/deviceconfig.h"
#include "outbox.h"
#include "serversettingsapplier.h"
#include "storagecheck.h"
#include "syncengine.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <algorithm>
#include <climits>
#include <functional>
#include <memory>
#include <optional>

namespace suara {

class Catalog;
class Clock;
class KioskSettings;
class LanguageManager;
class LocalStore;
class SurveySession;

// The kiosk's side of sync (QML singleton `Sync`): owns the network access and the SyncEngine on the
// device store, runs it in automatic mode, nudges it after every saved visit, applies the server's
// settings between visitors, and tells the admin what is going on in words of the current language.
// Sync problems stay here: records are safe in the store, so they never make the kiosk "unavailable".
class SyncController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
    Q_PROPERTY(int syncedCount READ syncedCount NOTIFY changed)
    Q_PROPERTY(int quarantinedCount READ quarantinedCount NOTIFY changed)
    Q_PROPERTY(QString lastSync READ lastSync NOTIFY changed)
    Q_PROPERTY(bool hasError READ hasError NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(QString lastErrorDetail READ lastErrorDetail NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool enrolling READ enrolling NOTIFY changed)
    Q_PROPERTY(int progressDone READ progressDone NOTIFY changed)
    Q_PROPERTY(int progressTotal READ progressTotal NOTIFY changed)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY changed)
    Q_PROPERTY(QString unitName READ unitName NOTIFY changed)
    Q_PROPERTY(QString unitCode READ unitCode NOTIFY changed)
    Q_PROPERTY(QString notice READ notice NOTIFY changed)
    Q_PROPERTY(bool noticeIsError READ noticeIsError NOTIFY changed)
    // Long offline (issue 9 item 3, ADR 0041). countsKnown is false when the outbox could not be read:
    // then the counts above are not the truth and waitingText says the number is unknown.
    Q_PROPERTY(bool countsKnown READ countsKnown NOTIFY changed)
    Q_PROPERTY(QString waitingText READ waitingText NOTIFY changed)
    Q_PROPERTY(bool offlineWarning READ offlineWarning NOTIFY changed)
    Q_PROPERTY(QString offlineWarningText READ offlineWarningText NOTIFY changed)
    Q_PROPERTY(bool lowStorage READ lowStorage NOTIFY changed)
    Q_PROPERTY(QString lowStorageText READ lowStorageText NOTIFY changed)
    Q_PROPERTY(int offlineWarningDays READ offlineWarningDays WRITE setOfflineWarningDays NOTIFY changed)
    Q_PROPERTY(int offlineWarningDaysMin READ offlineWarningDaysMin CONSTANT)
    Q_PROPERTY(int offlineWarningDaysMax READ offlineWarningDaysMax CONSTANT)

public:
    SyncController(LocalStore *store, Catalog *catalog, KioskSettings *settings, SurveySession *session,
                   LanguageManager *language, Clock *clock, QObject *parent = nullptr);
    ~SyncController() override;

    // Builds the engine on the (open) store, loads the server's definitions into the catalog, applies
    // settings that arrived before a restart, and starts automatic sync. Does nothing without a store.
    void start(const sync::SyncOptions &options = {});
    // From the command line: the address the enrollment form offers.
    void setDefaultServerUrl(const QString &url);
    // From the command line: enroll in the background when the device is not enrolled yet.
    void enrollIfNeeded(const QString &serverUrl, const QString &code);

    [[nodiscard]] sync::SyncEngine *engine() { return m_engine.get(); }

    [[nodiscard]] bool enrolled() const;
    [[nodiscard]] QString state() const;
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] int pendingCount() const { return m_engine ? countForQml(m_engine->status()->pendingCount()) : 0; }
    [[nodiscard]] int syncedCount() const { return m_engine ? countForQml(m_engine->status()->syncedCount()) : 0; }
    [[nodiscard]] int quarantinedCount() const
    {
        return m_engine ? countForQml(m_engine->status()->quarantinedCount()) : 0;
    }
    [[nodiscard]] QString lastSync() const;
    [[nodiscard]] bool hasError() const { return errorCode() != sync::SyncError::None; }
    [[nodiscard]] QString lastError() const { return errorText(errorCode()); }
    [[nodiscard]] QString lastErrorDetail() const;
    [[nodiscard]] bool busy() const { return m_engine && m_engine->busy(); }
    [[nodiscard]] bool enrolling() const { return m_action == Action::Enroll; }
    [[nodiscard]] int progressDone() const { return m_engine ? countForQml(m_engine->status()->progressDone()) : 0; }
    [[nodiscard]] int progressTotal() const { return m_engine ? countForQml(m_engine->status()->progressTotal()) : 0; }
    [[nodiscard]] QString serverUrl() const;
    [[nodiscard]] QString unitName() const { return m_engine ? m_engine->status()->unitName() : QString(); }
    [[nodiscard]] QString unitCode() const { return m_engine ? m_engine->status()->unitCode() : QString(); }
    [[nodiscard]] QString notice() const;
    [[nodiscard]] bool noticeIsError() const;

    [[nodiscard]] bool countsKnown() const;
    [[nodiscard]] QString waitingText() const;
    [[nodiscard]] bool offlineWarning() const { return m_offlineWarning; }
    [[nodiscard]] QString offlineWarningText() const;
    [[nodiscard]] bool lowStorage() const { return isLowStorage(m_space); }
    [[nodiscard]] QString lowStorageText() const;
    [[nodiscard]] int offlineWarningDays() const;
    // Saved with the rest of the device's settings; the server's settings replace it at the next sync.
    void setOfflineWarningDays(int days);
    [[nodiscard]] static int offlineWarningDaysMin() { return configrange::kOfflineWarningDays.min; }
    [[nodiscard]] static int offlineWarningDaysMax() { return configrange::kOfflineWarningDays.max; }
    // Where the free space comes from (the store's volume by default); tests give a reading of their own.
    void setVolumeSpaceReader(std::function<VolumeSpace()> reader);

    // What the admin screen does. False (with `notice` saying why) when nothing was started.
    Q_INVOKABLE bool enroll(const QString &serverUrl, const QString &code);
    Q_INVOKABLE bool syncNow();

    // One sentence an admin understands, in the current language ("" for None).
    [[nodiscard]] static QString errorText(sync::SyncError error);
    // "just now", "5 minutes ago", "today at 14.05", "3 March 2026 at 09.12", in `language`.
    [[nodiscard]] static QString humanTime(const QDateTime &at, const QDateTime &now, const QString &language);

signals:
    void changed();
    // The server's settings were applied to the kiosk (between visitors).
    void settingsApplied();

private:
    enum class Action { None, Enroll, Sync };
    // The outcome of the admin's last action, kept as a kind so it is worded in the current language.
    enum class Notice { None, Failed, NeedAddress, NeedCode, Busy, Enrolled, AllSent, MoreWaiting };

    // QML numbers are read as int or double; a kiosk's record counts stay far below 2^31, and a count
    // beyond it would show as the largest int rather than wrap to a negative one.
    [[nodiscard]] static int countForQml(qint64 count) { return int(std::min<qint64>(count, INT_MAX)); }
    [[nodiscard]] sync::SyncError errorCode() const;
    void onFinished(sync::SyncEngine::Operation op, sync::SyncError error);
    void applySettingsBetweenVisitors();
    void setNotice(Notice notice, sync::SyncError error = sync::SyncError::None);
    // Re-reads the oldest waiting record (after the counts moved) and re-checks the warnings.
    void refreshWaiting();
    // On the clock: the offline warning, and the free space at most once a minute of clock time.
    void refreshWarnings();

    LocalStore *m_store;
    KioskSettings *m_settings;
    SurveySession *m_session;
    LanguageManager *m_language;
    Clock *m_time;
    ServerSettingsApplier m_applier;
    sync::Outbox m_outbox;
    QNetworkAccessManager m_nam; // declared before the engine: the engine aborts its requests on destruction
    std::unique_ptr<sync::SyncEngine> m_engine;
    QTimer m_clock; // "5 minutes ago" moves on
    QString m_defaultServerUrl;
    Notice m_notice = Notice::None;
    sync::SyncError m_noticeError = sync::SyncError::None;
    bool m_settingsWaiting = false;
    // The oldest waiting record's capture time as last read; m_oldestRead false when that read failed.
    std::optional<QDateTime> m_oldestWaiting;
    bool m_oldestRead = false;
    bool m_offlineWarning = false;
    std::function<VolumeSpace()> m_readSpace;
    VolumeSpace m_space;
    QDateTime m_spaceReadAt;
    Action m_action = Action::None;
};

} // namespace suara
