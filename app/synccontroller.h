#pragma once

#include "serversettingsapplier.h"
#include "syncengine.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <algorithm>
#include <climits>
#include <memory>

namespace suara {

class Catalog;
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

public:
    SyncController(LocalStore *store, Catalog *catalog, KioskSettings *settings, SurveySession *session,
                   LanguageManager *language, QObject *parent = nullptr);
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

    LocalStore *m_store;
    KioskSettings *m_settings;
    SurveySession *m_session;
    LanguageManager *m_language;
    ServerSettingsApplier m_applier;
    QNetworkAccessManager m_nam; // declared before the engine: the engine aborts its requests on destruction
    std::unique_ptr<sync::SyncEngine> m_engine;
    QTimer m_clock; // "5 minutes ago" moves on
    QString m_defaultServerUrl;
    Notice m_notice = Notice::None;
    sync::SyncError m_noticeError = sync::SyncError::None;
    bool m_settingsWaiting = false;
    Action m_action = Action::None;
};

} // namespace suara
