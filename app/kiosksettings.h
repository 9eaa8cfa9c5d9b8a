#pragma once

#include "adminmodels.h"
#include "domain/catalog.h"
#include "domain/deviceconfig.h"
#include "publishedresult.h"
#include "settingswriter.h"
#include "store/storeerror.h"

#include <QJsonObject>
#include <QObject>

namespace suara {

class LocalStore;

// What the unit admin configures on the device, kept as one DeviceConfig value: read from the store
// when it opens, never per use (a visit asks for several settings), and every change written whole, so
// a restart or power cut never brings back half-changed settings. A change shows at once and is written
// off the GUI thread by the SettingsWriter (newest wins); a write that fails puts back what the store
// holds, says so in `saveError`, and reports the store failure (storeFailed). Never "saved" when it is not.
class KioskSettings : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString unitName READ unitName WRITE setUnitName NOTIFY changed)
    Q_PROPERTY(QString unitCode READ unitCode WRITE setUnitCode NOTIFY changed)
    Q_PROPERTY(QString complaintContact READ complaintContact WRITE setComplaintContact NOTIFY changed)
    Q_PROPERTY(QString serviceProfile READ serviceProfile WRITE setServiceProfile NOTIFY changed)
    Q_PROPERTY(QStringList serviceProfiles READ serviceProfiles CONSTANT)
    Q_PROPERTY(QStringList enabledQuestionnaires READ enabledQuestionnaires NOTIFY changed)
    Q_PROPERTY(int ziScalePoints READ ziScalePoints WRITE setZiScalePoints NOTIFY changed)
    Q_PROPERTY(int idleTimeoutSeconds READ idleTimeoutSeconds WRITE setIdleTimeoutSeconds NOTIFY changed)
    Q_PROPERTY(int cooldownSeconds READ cooldownSeconds WRITE setCooldownSeconds NOTIFY changed)
    Q_PROPERTY(int thankYouSeconds READ thankYouSeconds WRITE setThankYouSeconds NOTIFY changed)
    Q_PROPERTY(QString defaultLanguage READ defaultLanguage WRITE setDefaultLanguage NOTIFY changed)
    Q_PROPERTY(bool askProfile READ askProfile WRITE setAskProfile NOTIFY changed)
    // The unit's last published SKM result as the server sent it (protocol §4); hasIkm false when none is.
    Q_PROPERTY(suara::PublishedSkmResult publishedResult READ publishedResult NOTIFY changed)
    // The admin's switches, in the display language (setDisplayLanguage), kept current on every change.
    Q_PROPERTY(suara::ChoiceModel *serviceToggles READ serviceToggles CONSTANT)
    Q_PROPERTY(suara::ChoiceModel *questionnaireToggles READ questionnaireToggles CONSTANT)
    Q_PROPERTY(int idleTimeoutMin READ idleTimeoutMin CONSTANT)
    Q_PROPERTY(int idleTimeoutMax READ idleTimeoutMax CONSTANT)
    Q_PROPERTY(int cooldownMin READ cooldownMin CONSTANT)
    Q_PROPERTY(int cooldownMax READ cooldownMax CONSTANT)
    Q_PROPERTY(int thankYouMin READ thankYouMin CONSTANT)
    Q_PROPERTY(int thankYouMax READ thankYouMax CONSTANT)
    // Empty, or why the last change was not saved (in the display language); cleared by the next save.
    Q_PROPERTY(QString saveError READ saveError NOTIFY saveErrorChanged)

public:
    KioskSettings(LocalStore *store, const Catalog *catalog, QObject *parent = nullptr);

    // The whole configuration in use: as read when the store opened, with the changes since.
    [[nodiscard]] const DeviceConfig &config() const { return m_config; }
    // What the store is known to hold: read from it, or confirmed by the last write that worked.
    [[nodiscard]] const DeviceConfig &storedConfig() const { return m_stored; }
    // Replaces the whole configuration (normalised first) and has it written in one transaction; its
    // outcome comes as saved() or, with the old configuration back, storeFailed(). False when it was
    // refused at once (the store is not open), with storeFailed.
    bool setConfig(const DeviceConfig &config);
    // Reads the configuration from the store again (at start, and when the store opens after a failure).
    StoreError reload();
    // Waits (bounded) for the writes under way, their outcomes applied: at quit, before the store closes.
    // (Destroyed without it, the writer still finishes them, telling nobody.)
    bool finishWrites() { return m_writer.flush(); }
    [[nodiscard]] bool writing() const { return m_writer.busy(); }
    [[nodiscard]] SettingsWriter &writer() { return m_writer; }
    [[nodiscard]] QString saveError() const;

    [[nodiscard]] QString unitName() const { return m_config.unitName; }
    void setUnitName(const QString &v)
    {
        update([&](DeviceConfig &c) { c.unitName = v; });
    }
    [[nodiscard]] QString unitCode() const { return m_config.unitCode; }
    void setUnitCode(const QString &v)
    {
        update([&](DeviceConfig &c) { c.unitCode = v; });
    }
    [[nodiscard]] QString complaintContact() const { return m_config.complaintContact; }
    void setComplaintContact(const QString &v)
    {
        update([&](DeviceConfig &c) { c.complaintContact = v; });
    }

    [[nodiscard]] QString serviceProfile() const { return m_config.serviceProfile; }
    void setServiceProfile(const QString &profile);
    [[nodiscard]] QStringList serviceProfiles() const { return m_catalog->serviceProfiles(); }

    // Services of the chosen profile, minus those the admin switched off.
    [[nodiscard]] QList<Service> services() const;
    // Every service of the profile with its on/off state, for the admin screen.
    [[nodiscard]] ChoiceModel *serviceToggles() { return &m_serviceToggles; }
    Q_INVOKABLE void setServiceEnabled(const QString &key, bool enabled);

    [[nodiscard]] QStringList enabledQuestionnaires() const;
    [[nodiscard]] ChoiceModel *questionnaireToggles() { return &m_questionnaireToggles; }
    void setDisplayLanguage(const QString &language);
    Q_INVOKABLE void setQuestionnaireEnabled(const QString &id, bool enabled);
    // The whole list at once, in the given order (the server's settings); ids the catalog lacks are dropped.
    void setEnabledQuestionnaires(const QStringList &ids);
    // The same rule on a configuration value, for callers that change several fields in one write.
    [[nodiscard]] QStringList knownQuestionnaires(const QStringList &ids) const;
    // The definitions the kiosk asks, in order, with the unit's ZI scale applied.
    [[nodiscard]] QList<Questionnaire> activeQuestionnaires() const;

    [[nodiscard]] int ziScalePoints() const { return m_config.ziScalePoints; }
    void setZiScalePoints(int points);
    [[nodiscard]] int idleTimeoutSeconds() const { return m_config.idleTimeoutSeconds; }
    void setIdleTimeoutSeconds(int s)
    {
        update([&](DeviceConfig &c) { c.idleTimeoutSeconds = s; });
    }
    [[nodiscard]] int cooldownSeconds() const { return m_config.cooldownSeconds; }
    void setCooldownSeconds(int s)
    {
        update([&](DeviceConfig &c) { c.cooldownSeconds = s; });
    }
    [[nodiscard]] int thankYouSeconds() const { return m_config.thankYouSeconds; }
    void setThankYouSeconds(int s)
    {
        update([&](DeviceConfig &c) { c.thankYouSeconds = s; });
    }
    [[nodiscard]] QString defaultLanguage() const { return m_config.defaultLanguage; }
    void setDefaultLanguage(const QString &v)
    {
        update([&](DeviceConfig &c) { c.defaultLanguage = v; });
    }
    [[nodiscard]] bool askProfile() const { return m_config.askProfile; }
    void setAskProfile(bool v)
    {
        update([&](DeviceConfig &c) { c.askProfile = v; });
    }
    // The ranges of domain/deviceconfig.h, for the admin's spin boxes.
    [[nodiscard]] int idleTimeoutMin() const { return configrange::kIdleTimeoutSeconds.min; }
    [[nodiscard]] int idleTimeoutMax() const { return configrange::kIdleTimeoutSeconds.max; }
    [[nodiscard]] int cooldownMin() const { return configrange::kCooldownSeconds.min; }
    [[nodiscard]] int cooldownMax() const { return configrange::kCooldownSeconds.max; }
    [[nodiscard]] int thankYouMin() const { return configrange::kThankYouSeconds.min; }
    [[nodiscard]] int thankYouMax() const { return configrange::kThankYouSeconds.max; }
    [[nodiscard]] PublishedSkmResult publishedResult() const
    {
        return PublishedSkmResult::fromJson(m_config.publishedResult);
    }
    void setPublishedResult(const QJsonObject &result) // empty: nothing published (or withdrawn)
    {
        update([&](DeviceConfig &c) { c.publishedResult = result; });
    }
    // The version of the server's settings document last applied (0: none), so a restart applies only newer ones.
    [[nodiscard]] int appliedServerVersion() const { return m_config.appliedServerVersion; }
    void setAppliedServerVersion(int v)
    {
        update([&](DeviceConfig &c) { c.appliedServerVersion = v; });
    }

signals:
    void changed();
    void saveErrorChanged();
    // A configuration is in the store (the newest, unless a newer one is on its way).
    void saved(const suara::DeviceConfig &config);
    void storeFailed(const suara::StoreError &error);

private:
    void onWritten(const SettingsWrite &result);
    void show(const DeviceConfig &config);
    [[nodiscard]] bool isSpkp(const QString &id) const;
    void refreshToggles();
    template<typename Change>
    void update(Change change)
    {
        DeviceConfig next = m_config;
        change(next);
        setConfig(next);
    }

    LocalStore *m_store;
    const Catalog *m_catalog;
    DeviceConfig m_config;
    DeviceConfig m_stored;
    StoreError m_saveError;
    SettingsWriter m_writer;
    QString m_displayLanguage = QStringLiteral("id");
    ChoiceModel m_serviceToggles;
    ChoiceModel m_questionnaireToggles;
};

} // namespace suara
