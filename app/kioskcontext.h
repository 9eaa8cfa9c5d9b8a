#pragma once

#include "admingate.h"
#include "clock.h"
#include "deviceexportcontroller.h"
#include "domain/catalog.h"
#include "errorhandler.h"
#include "idlewatcher.h"
#include "kiosksettings.h"
#include "languagemanager.h"
#include "localsummary.h"
#include "readaloud.h"
#include "officergate.h"
#include "officerreport.h"
#include "position/positionsource.h"
#include "store/localstore.h"
#include "surveysession.h"
#include "synccontroller.h"
#include "visitordisplay.h"
#include "walcheckpointer.h"

#include <QObject>

#include <memory>

class QQmlEngine;

namespace suara {

// The composition root: builds the kiosk's services once, wires them together, and is what the QML
// singletons hand out. main.cpp, the self-test, the screenshot tour and the QML tests all use it.
class KioskContext : public QObject
{
    Q_OBJECT

public:
    // `clock` (kept by the caller) drives every wait in app/; none given: the wall clock.
    explicit KioskContext(const QString &dataDir, Clock *clock = nullptr, QObject *parent = nullptr);
    ~KioskContext() override;

    static KioskContext *instance();

    // Connects the language switch to the engine and starts watching input for idleness.
    void attach(QQmlEngine *engine, QObject *inputSource);

    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    Clock &clock() { return *m_clock; }
    LocalStore &store() { return m_store; }
    const Catalog &catalog() const { return m_catalog; }
    ErrorHandler &errors() { return m_errors; }
    LanguageManager &language() { return m_language; }
    KioskSettings &settings() { return m_settings; }
    SurveySession &session() { return m_session; }
    ReadAloud &readAloud() { return m_readAloud; }
    VisitorDisplay &display() { return m_display; }
    AdminGate &admin() { return m_admin; }
    OfficerGate &officers() { return m_officers; }
    OfficerReport &officerReport() { return m_officerReport; }
    LocalSummary &summary() { return m_summary; }
    IdleWatcher &idle() { return m_idle; }
    SyncController &sync() { return m_sync; }
    DeviceExportController &deviceExport() { return m_deviceExport; }
    WalCheckpointer &checkpointer() { return m_checkpointer; }
    // The device's receiver by default; tests hand in a source of their own.
    void setPositionSource(std::unique_ptr<PositionSource> source);

signals:
    // The admin asked to leave kiosk mode.
    void leaveRequested();

public:
    Q_INVOKABLE void leaveKioskMode() { emit leaveRequested(); }

private:
    void applySettings();
    void onIdle();
    [[nodiscard]] bool visitUnderWay() const;

    QString m_dataDir;
    std::unique_ptr<Clock> m_ownClock;
    Clock *m_clock;
    LocalStore m_store;
    Catalog m_catalog;
    ErrorHandler m_errors;
    LanguageManager m_language;
    KioskSettings m_settings;
    std::unique_ptr<PositionSource> m_position; // before the session, which uses it to its end
    SurveySession m_session;
    ReadAloud m_readAloud;
    VisitorDisplay m_display;
    AdminGate m_admin;
    OfficerGate m_officers;
    OfficerReport m_officerReport;
    LocalSummary m_summary;
    IdleWatcher m_idle;
    SyncController m_sync;
    DeviceExportController m_deviceExport;
    WalCheckpointer m_checkpointer;
};

} // namespace suara
