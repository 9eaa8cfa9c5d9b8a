#pragma once

#include "adminmodels.h"
#include "domain/catalog.h"
#include "domain/deviceconfig.h"
#include "publishedresult.h"
#include "store/storeerror.h"

#include <QJsonObject>
#include <QObject>

namespace suara {

class LocalStore;

// What the unit admin configures on the device, kept as one DeviceConfig value: read from the store
// when it opens, never per use (a visit asks for several settings), and every change written whole
// before it takes effect, so a restart or power cut never brings back old or half-changed settings.
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

public:
    KioskSettings(LocalStore *store, const Catalog *catalog, QObject *parent = nullptr);

    // The whole configuration, as read when the store opened and as last saved.
    [[nodiscard]] const DeviceConfig &config() const { return m_config; }
    // Replaces the whole configuration in one write (normalised first): all of it is saved, or nothing
    // changes and storeFailed says why. Returns whether it is saved (true also when nothing changed).
    bool setConfig(const DeviceConfig &config);
    // Reads the configuration from the store again (at start, and when the store opens after a failure).
    StoreError reload();

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
    void storeFailed(const suara::StoreError &error);

private:
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
    QString m_displayLanguage = QStringLiteral("id");
    ChoiceModel m_serviceToggles;
    ChoiceModel m_questionnaireToggles;
};

} // namespace suara
