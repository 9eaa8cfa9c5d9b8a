#pragma once

#include "domain/catalog.h"
#include "store/storeerror.h"

#include <QJsonObject>
#include <QObject>
#include <QVariantList>

namespace suara {

class LocalStore;

// What the unit admin configures on the device. Every change is written to the store at once, so a
// restart or power cut never brings back old settings.
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
    // The unit's last published SKM result as the server sent it (protocol §4); empty when none is.
    Q_PROPERTY(QVariantMap publishedResult READ publishedResult NOTIFY changed)

public:
    KioskSettings(LocalStore *store, const Catalog *catalog, QObject *parent = nullptr);

    [[nodiscard]] QString unitName() const { return value(QStringLiteral("unit_name")); }
    void setUnitName(const QString &v) { setValue(QStringLiteral("unit_name"), v.trimmed()); }
    [[nodiscard]] QString unitCode() const { return value(QStringLiteral("unit_code")); }
    void setUnitCode(const QString &v) { setValue(QStringLiteral("unit_code"), v.trimmed()); }
    [[nodiscard]] QString complaintContact() const { return value(QStringLiteral("complaint_contact")); }
    void setComplaintContact(const QString &v) { setValue(QStringLiteral("complaint_contact"), v.trimmed()); }

    [[nodiscard]] QString serviceProfile() const { return value(QStringLiteral("service_profile"), QStringLiteral("lapas")); }
    void setServiceProfile(const QString &profile);
    [[nodiscard]] QStringList serviceProfiles() const { return m_catalog->serviceProfiles(); }

    // Services of the chosen profile, minus those the admin switched off.
    [[nodiscard]] QList<Service> services() const;
    // Every service of the profile with its on/off state, for the admin screen.
    Q_INVOKABLE QVariantList serviceChoices(const QString &language) const;
    Q_INVOKABLE void setServiceEnabled(const QString &key, bool enabled);

    [[nodiscard]] QStringList enabledQuestionnaires() const;
    Q_INVOKABLE QVariantList questionnaireChoices(const QString &language) const;
    Q_INVOKABLE void setQuestionnaireEnabled(const QString &id, bool enabled);
    // The whole list at once, in the given order (the server's settings); ids the catalog lacks are dropped.
    void setEnabledQuestionnaires(const QStringList &ids);
    // The definitions the kiosk asks, in order, with the unit's ZI scale applied.
    [[nodiscard]] QList<Questionnaire> activeQuestionnaires() const;

    [[nodiscard]] int ziScalePoints() const { return intValue(QStringLiteral("zi_scale_points"), 4); }
    void setZiScalePoints(int points);
    [[nodiscard]] int idleTimeoutSeconds() const { return intValue(QStringLiteral("idle_timeout"), 60); }
    void setIdleTimeoutSeconds(int s) { setValue(QStringLiteral("idle_timeout"), QString::number(qBound(10, s, 600))); }
    [[nodiscard]] int cooldownSeconds() const { return intValue(QStringLiteral("cooldown"), 8); }
    void setCooldownSeconds(int s) { setValue(QStringLiteral("cooldown"), QString::number(qBound(0, s, 300))); }
    [[nodiscard]] int thankYouSeconds() const { return intValue(QStringLiteral("thank_you_seconds"), 10); }
    void setThankYouSeconds(int s) { setValue(QStringLiteral("thank_you_seconds"), QString::number(qBound(3, s, 60))); }
    [[nodiscard]] QString defaultLanguage() const { return value(QStringLiteral("default_language"), QStringLiteral("id")); }
    void setDefaultLanguage(const QString &v) { setValue(QStringLiteral("default_language"), v == QLatin1String("en") ? v : QStringLiteral("id")); }
    [[nodiscard]] bool askProfile() const { return intValue(QStringLiteral("ask_profile"), 1) != 0; }
    void setAskProfile(bool v) { setValue(QStringLiteral("ask_profile"), v ? QStringLiteral("1") : QStringLiteral("0")); }
    [[nodiscard]] QVariantMap publishedResult() const;
    void setPublishedResult(const QJsonObject &result); // empty: nothing published (or withdrawn)
    // The version of the server's settings document last applied (0: none), so a restart applies only newer ones.
    [[nodiscard]] int appliedServerVersion() const { return intValue(QStringLiteral("server_settings_applied"), 0); }
    void setAppliedServerVersion(int v) { setValue(QStringLiteral("server_settings_applied"), QString::number(v)); }

signals:
    void changed();
    void storeFailed(const suara::StoreError &error);

private:
    [[nodiscard]] bool isSpkp(const QString &id) const;
    [[nodiscard]] QString readOr(const QString &key, const QString &fallback) const;
    [[nodiscard]] QString value(const QString &key, const QString &fallback = {}) const;
    [[nodiscard]] int intValue(const QString &key, int fallback) const;
    void setValue(const QString &key, const QString &value);
    [[nodiscard]] QStringList listValue(const QString &key, const QStringList &fallback) const;

    LocalStore *m_store;
    const Catalog *m_catalog;
};

} // namespace suara
