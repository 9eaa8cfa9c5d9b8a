#pragma once

#include "kioskcontext.h"

#include <QJSEngine>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

// Publishes the C++-owned services of the composition root to QML as singletons, declaratively.
// QML never creates or owns them.
namespace suara::qml {

template<typename T>
T *cppOwned(T *object)
{
    QJSEngine::setObjectOwnership(object, QJSEngine::CppOwnership);
    return object;
}

struct SessionSingleton
{
    Q_GADGET
    QML_FOREIGN(suara::SurveySession)
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON
public:
    static SurveySession *create(QQmlEngine *, QJSEngine *) { return cppOwned(&KioskContext::instance()->session()); }
};

struct ReadAloudSingleton
{
    Q_GADGET
    QML_FOREIGN(suara::ReadAloud)
    QML_NAMED_ELEMENT(ReadAloud)
    QML_SINGLETON
public:
    static ReadAloud *create(QQmlEngine *, QJSEngine *) { return cppOwned(&KioskContext::instance()->readAloud()); }
};

struct DisplaySingleton
{
    Q_GADGET
    QML_FOREIGN(suara::VisitorDisplay)
    QML_NAMED_ELEMENT(Display)
    QML_SINGLETON
public:
    static VisitorDisplay *create(QQmlEngine *, QJSEngine *) { return cppOwned(&KioskContext::instance()->display()); }
};

struct SettingsSingleton
{
    Q_GADGET
    QML_FOREIGN(suara::KioskSettings)
    QML_NAMED_ELEMENT(Settings)
    QML_SINGLETON
public:
    static KioskSettings *create(QQmlEngine *, QJSEngine *) { return cppOwned(&KioskContext::instance()->settings()); }
};

struct AdminSingleton
{
    Q_GADGET
    QML_FOREIGN(suara::AdminGate)
    QML_NAMED_ELEMENT(Admin)
    QML_SINGLETON
public:
    static AdminGate *create(QQmlEngine *, QJSEngine *) { return cppOwned(&KioskContext::instance()->admin()); }
};

struct OfficersSingleton
{
    Q_GADGET
    QML_FOREIGN(suara::OfficerGate)
    QML_NAMED_ELEMENT(Officers)
    QML_SINGLETON
public:
    static OfficerGate *create(QQmlEngine *, QJSEngine *) { return cppOwned(&KioskContext::instance()->officers()); }
};

struct OfficerReportSingleton
{
    Q_GADGET
    QML_FOREIGN(suara::OfficerReport)
    QML_NAMED_ELEMENT(OfficerReport)
    QML_SINGLETON
public:
    static OfficerReport *create(QQmlEngine *, QJSEngine *)
    {
        return cppOwned(&KioskContext::instance()->officerReport());
    }
};

struct LanguageSingleton
{
    Q_GADGET
    QML_FOREIGN(suara::LanguageManager)
    QML_NAMED_ELEMENT(Language)
    QML_SINGLETON
public:
    static LanguageManager *create(QQmlEngine *, QJSEngine *)
    {
        return cppOwned(&KioskContext::instance()->language());
    }
};

struct ErrorsSingleton
{
    Q_GADGET
    QML_FOREIGN(suara::ErrorHandler)
    QML_NAMED_ELEMENT(Errors)
    QML_SINGLETON
public:
    static ErrorHandler *create(QQmlEngine *, QJSEngine *) { return cppOwned(&KioskContext::instance()->errors()); }
};

struct SummarySingleton
{
    Q_GADGET
    QML_FOREIGN(suara::LocalSummary)
    QML_NAMED_ELEMENT(Summary)
    QML_SINGLETON
public:
    static LocalSummary *create(QQmlEngine *, QJSEngine *) { return cppOwned(&KioskContext::instance()->summary()); }
};

struct SyncSingleton
{
    Q_GADGET
    QML_FOREIGN(suara::SyncController)
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
public:
    static SyncController *create(QQmlEngine *, QJSEngine *) { return cppOwned(&KioskContext::instance()->sync()); }
};

struct DeviceExportSingleton
{
    Q_GADGET
    QML_FOREIGN(suara::DeviceExportController)
    QML_NAMED_ELEMENT(DeviceExport)
    QML_SINGLETON
public:
    static DeviceExportController *create(QQmlEngine *, QJSEngine *)
    {
        return cppOwned(&KioskContext::instance()->deviceExport());
    }
};

struct IdleSingleton
{
    Q_GADGET
    QML_FOREIGN(suara::IdleWatcher)
    QML_NAMED_ELEMENT(Idle)
    QML_SINGLETON
public:
    static IdleWatcher *create(QQmlEngine *, QJSEngine *) { return cppOwned(&KioskContext::instance()->idle()); }
};

// The kiosk's clock; the QML tests hand the kiosk a ManualClock and move it with Clock.advance(ms).
struct ClockSingleton
{
    Q_GADGET
    QML_FOREIGN(suara::Clock)
    QML_NAMED_ELEMENT(Clock)
    QML_SINGLETON
public:
    static Clock *create(QQmlEngine *, QJSEngine *) { return cppOwned(&KioskContext::instance()->clock()); }
};

struct KioskSingleton
{
    Q_GADGET
    QML_FOREIGN(suara::KioskContext)
    QML_NAMED_ELEMENT(Kiosk)
    QML_SINGLETON
public:
    static KioskContext *create(QQmlEngine *, QJSEngine *) { return cppOwned(KioskContext::instance()); }
};

} // namespace suara::qml
