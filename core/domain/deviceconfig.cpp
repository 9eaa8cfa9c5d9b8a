#include "deviceconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace suara {

namespace {
const QString kUnitName = QStringLiteral("unit_name");
const QString kUnitCode = QStringLiteral("unit_code");
const QString kComplaintContact = QStringLiteral("complaint_contact");
const QString kServiceProfile = QStringLiteral("service_profile");
const QString kDisabledServices = QStringLiteral("services_disabled");
const QString kQuestionnaires = QStringLiteral("questionnaires");
const QString kZiScalePoints = QStringLiteral("zi_scale_points");
const QString kIdleTimeout = QStringLiteral("idle_timeout");
const QString kCooldown = QStringLiteral("cooldown");
const QString kThankYou = QStringLiteral("thank_you_seconds");
const QString kDefaultLanguage = QStringLiteral("default_language");
const QString kAskProfile = QStringLiteral("ask_profile");
const QString kAppliedServerVersion = QStringLiteral("server_settings_applied");
const QString kPublishedResult = QStringLiteral("published_result");
const QString kDeviceMode = QStringLiteral("device_mode");
const QString kOfficerLock = QStringLiteral("officer_lock_minutes");
const QString kOfflineWarning = QStringLiteral("offline_warning_days");
const QString kAllowLocation = QStringLiteral("allow_location");
const QString kOfficers = QStringLiteral("officers");
const QString kRegions = QStringLiteral("regions");
const QString kReadAloud = QStringLiteral("read_aloud");
const QString kSpeechRate = QStringLiteral("speech_rate");
const QString kSpeechVoice = QStringLiteral("speech_voice");
const QString kReadEveryScreen = QStringLiteral("read_every_screen");

// Reads one field into `out` when present; false when present with the wrong type.
bool readString(const QJsonObject &o, const QString &key, QString *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isString())
        return false;
    *out = v.toString();
    return true;
}

bool readInt(const QJsonObject &o, const QString &key, int *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    const double d = v.toDouble(0.5);
    if (!v.isDouble() || d != double(int(d)))
        return false;
    *out = int(d);
    return true;
}

bool readBool(const QJsonObject &o, const QString &key, bool *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isBool())
        return false;
    *out = v.toBool();
    return true;
}

bool readObject(const QJsonObject &o, const QString &key, QJsonObject *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isObject())
        return false;
    *out = v.toObject();
    return true;
}

bool readList(const QJsonObject &o, const QString &key, QStringList *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return false;
    QStringList list;
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString())
            return false;
        list.append(e.toString());
    }
    *out = list;
    return true;
}

bool readMode(const QJsonObject &o, DeviceMode *out)
{
    QString name = deviceModeName(*out);
    if (!readString(o, kDeviceMode, &name))
        return false;
    const std::optional<DeviceMode> mode = deviceModeFromName(name);
    if (mode)
        *out = *mode;
    return mode.has_value();
}

// The lists are checked as strictly as the server's document: a damaged row is an error, never a
// shorter list of officers.
template<typename Entry>
bool readEntries(const QJsonObject &o, const QString &key, QList<Entry> *out,
                 std::optional<QList<Entry>> (*parse)(const QJsonValue &, QString *))
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    QString ignored;
    std::optional<QList<Entry>> list = parse(v, &ignored);
    if (list)
        *out = *list;
    return list.has_value();
}
} // namespace

DeviceConfig DeviceConfig::normalised() const
{
    DeviceConfig c = *this;
    c.unitName = unitName.trimmed();
    c.unitCode = unitCode.trimmed();
    c.complaintContact = complaintContact.trimmed();
    c.idleTimeoutSeconds = configrange::kIdleTimeoutSeconds.clamp(idleTimeoutSeconds);
    c.cooldownSeconds = configrange::kCooldownSeconds.clamp(cooldownSeconds);
    c.thankYouSeconds = configrange::kThankYouSeconds.clamp(thankYouSeconds);
    if (!configrange::isZiScale(ziScalePoints))
        c.ziScalePoints = configrange::kZiScalePoints.fallback;
    if (defaultLanguage != QLatin1String("en"))
        c.defaultLanguage = QStringLiteral("id");
    c.questionnaires.removeAll(QString());
    c.questionnaires.removeDuplicates();
    if (c.questionnaires.isEmpty())
        c.questionnaires = DeviceConfig().questionnaires;
    c.disabledServices.removeDuplicates();
    c.appliedServerVersion = qMax(0, appliedServerVersion);
    c.officerLockMinutes = configrange::kOfficerLockMinutes.clamp(officerLockMinutes);
    c.offlineWarningDays = configrange::kOfflineWarningDays.clamp(offlineWarningDays);
    c.speechRate = configrange::kSpeechRate.clamp(speechRate);
    c.speechVoice = speechVoice.trimmed();
    return c;
}

QByteArray DeviceConfig::toJson() const
{
    const QJsonObject o{{kUnitName, unitName},
                        {kDeviceMode, deviceModeName(deviceMode)},
                        {kOfficerLock, officerLockMinutes},
                        {kOfflineWarning, offlineWarningDays},
                        {kAllowLocation, allowLocation},
                        {kOfficers, officersToJson(officers)},
                        {kRegions, regionsToJson(regions)},
                        {kUnitCode, unitCode},
                        {kComplaintContact, complaintContact},
                        {kServiceProfile, serviceProfile},
                        {kDisabledServices, QJsonArray::fromStringList(disabledServices)},
                        {kQuestionnaires, QJsonArray::fromStringList(questionnaires)},
                        {kZiScalePoints, ziScalePoints},
                        {kIdleTimeout, idleTimeoutSeconds},
                        {kCooldown, cooldownSeconds},
                        {kThankYou, thankYouSeconds},
                        {kDefaultLanguage, defaultLanguage},
                        {kAskProfile, askProfile},
                        {kAppliedServerVersion, appliedServerVersion},
                        {kPublishedResult, publishedResult},
                        {kReadAloud, readAloud},
                        {kSpeechRate, speechRate},
                        {kSpeechVoice, speechVoice},
                        {kReadEveryScreen, readEveryScreen}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<DeviceConfig> DeviceConfig::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("the kiosk configuration is not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    DeviceConfig c;
    const bool ok = readString(o, kUnitName, &c.unitName) && readString(o, kUnitCode, &c.unitCode)
        && readString(o, kComplaintContact, &c.complaintContact) && readString(o, kServiceProfile, &c.serviceProfile)
        && readList(o, kDisabledServices, &c.disabledServices) && readList(o, kQuestionnaires, &c.questionnaires)
        && readInt(o, kZiScalePoints, &c.ziScalePoints) && readInt(o, kIdleTimeout, &c.idleTimeoutSeconds)
        && readInt(o, kCooldown, &c.cooldownSeconds) && readInt(o, kThankYou, &c.thankYouSeconds)
        && readString(o, kDefaultLanguage, &c.defaultLanguage) && readBool(o, kAskProfile, &c.askProfile)
        && readInt(o, kAppliedServerVersion, &c.appliedServerVersion)
        && readObject(o, kPublishedResult, &c.publishedResult) && readMode(o, &c.deviceMode)
        && readInt(o, kOfficerLock, &c.officerLockMinutes) && readInt(o, kOfflineWarning, &c.offlineWarningDays)
        && readBool(o, kAllowLocation, &c.allowLocation) && readEntries(o, kOfficers, &c.officers, officersFromJson)
        && readEntries(o, kRegions, &c.regions, regionsFromJson) && readBool(o, kReadAloud, &c.readAloud)
        && readInt(o, kSpeechRate, &c.speechRate) && readString(o, kSpeechVoice, &c.speechVoice)
        && readBool(o, kReadEveryScreen, &c.readEveryScreen);
    if (!ok) {
        if (error)
            *error = QStringLiteral("the kiosk configuration has a field of the wrong type");
        return std::nullopt;
    }
    return c.normalised();
}

} // namespace suara
