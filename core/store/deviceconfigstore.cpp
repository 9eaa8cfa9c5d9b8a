#include "deviceconfigstore.h"

#include "localstore.h"

namespace suara {

namespace {
const QString kRow = QStringLiteral("device_config");
// What the per-field rows returned for a key that was never written.
const QString kAbsent = QStringLiteral("\x1f");

StoreResult<DeviceConfig> loadLegacy(const LocalStore &store)
{
    DeviceConfig c;
    StoreError failed;
    auto text = [&](const QString &key, QString *out) {
        const StoreResult<QString> v = store.setting(key, kAbsent);
        if (!v.ok())
            failed = v.error();
        else if (*v != kAbsent)
            *out = *v;
    };
    auto list = [&](const QString &key, QStringList *out) {
        QString raw = kAbsent;
        text(key, &raw);
        if (raw != kAbsent)
            *out = raw.split(QLatin1Char(','), Qt::SkipEmptyParts);
    };
    auto number = [&](const QString &key, int *out) {
        QString raw;
        text(key, &raw);
        bool ok = false;
        const int v = raw.toInt(&ok);
        if (ok)
            *out = v;
    };
    text(QStringLiteral("unit_name"), &c.unitName);
    text(QStringLiteral("unit_code"), &c.unitCode);
    text(QStringLiteral("complaint_contact"), &c.complaintContact);
    text(QStringLiteral("service_profile"), &c.serviceProfile);
    list(QStringLiteral("services_disabled"), &c.disabledServices);
    list(QStringLiteral("questionnaires"), &c.questionnaires);
    number(QStringLiteral("zi_scale_points"), &c.ziScalePoints);
    number(QStringLiteral("idle_timeout"), &c.idleTimeoutSeconds);
    number(QStringLiteral("cooldown"), &c.cooldownSeconds);
    number(QStringLiteral("thank_you_seconds"), &c.thankYouSeconds);
    text(QStringLiteral("default_language"), &c.defaultLanguage);
    int askProfile = 1;
    number(QStringLiteral("ask_profile"), &askProfile);
    c.askProfile = askProfile != 0;
    number(QStringLiteral("server_settings_applied"), &c.appliedServerVersion);
    if (!failed.ok())
        return failed;
    return c.normalised();
}
} // namespace

StoreResult<DeviceConfig> loadDeviceConfig(const LocalStore &store)
{
    const StoreResult<QString> row = store.setting(kRow, kAbsent);
    if (!row.ok())
        return row.error();
    if (*row == kAbsent)
        return loadLegacy(store);
    QString why;
    std::optional<DeviceConfig> config = DeviceConfig::fromJson(row->toUtf8(), &why);
    if (!config)
        return StoreError::make(StoreError::Kind::Corrupt, why);
    return *config;
}

StoreError saveDeviceConfig(LocalStore &store, const DeviceConfig &config)
{
    return store.setSetting(kRow, QString::fromUtf8(config.normalised().toJson()));
}

} // namespace suara
