#include "unitsettings.h"

#include "domain/deviceconfig.h"
#include "domain/questionnaire.h"
#include "domain/servicecatalog.h"
#include "strictjson.h"

#include <QJsonDocument>

namespace suara::protocol {

QJsonObject KioskConfig::toJson() const
{
    return QJsonObject{{QStringLiteral("questionnaires"), QJsonArray::fromStringList(questionnaires)},
                       {QStringLiteral("service_profile"), serviceProfile},
                       {QStringLiteral("zi_scale_points"), ziScalePoints},
                       {QStringLiteral("idle_timeout"), idleTimeout},
                       {QStringLiteral("cooldown"), cooldown},
                       {QStringLiteral("thank_you_seconds"), thankYouSeconds},
                       {QStringLiteral("default_language"), defaultLanguage},
                       {QStringLiteral("ask_profile"), askProfile},
                       {QStringLiteral("device_mode"), deviceModeName(deviceMode)},
                       {QStringLiteral("officer_lock_minutes"), officerLockMinutes},
                       {QStringLiteral("offline_warning_days"), offlineWarningDays},
                       {QStringLiteral("allow_location"), allowLocation}};
}

std::optional<KioskConfig> KioskConfig::parse(const QJsonObject &json, const QString &path, ApiError *error,
                                              UnknownKeys unknown)
{
    FieldReader r(json, path, error);
    KioskConfig k;
    const auto questionnaires = r.stringList(QStringLiteral("questionnaires"));
    const auto profile = r.string(QStringLiteral("service_profile"), FieldReader::Optional, 64);
    // The ranges the kiosk itself keeps to (domain/deviceconfig.h), so a unit's settings never ask
    // for a value a kiosk would quietly change.
    using namespace configrange;
    const auto zi = r.integer(QStringLiteral("zi_scale_points"), kZiScalePoints.min, kZiScalePoints.max);
    const auto idle = r.integer(QStringLiteral("idle_timeout"), kIdleTimeoutSeconds.min, kIdleTimeoutSeconds.max);
    const auto cooldown = r.integer(QStringLiteral("cooldown"), kCooldownSeconds.min, kCooldownSeconds.max);
    const auto thankYou = r.integer(QStringLiteral("thank_you_seconds"), kThankYouSeconds.min, kThankYouSeconds.max,
                                    FieldReader::Optional);
    const auto language = r.string(QStringLiteral("default_language"), FieldReader::Required, 8);
    const auto askProfile = r.boolean(QStringLiteral("ask_profile"));
    const auto mode = r.string(QStringLiteral("device_mode"), FieldReader::Optional, 16);
    const auto lock = r.integer(QStringLiteral("officer_lock_minutes"), kOfficerLockMinutes.min,
                                kOfficerLockMinutes.max, FieldReader::Optional);
    const auto offline = r.integer(QStringLiteral("offline_warning_days"), kOfflineWarningDays.min,
                                   kOfflineWarningDays.max, FieldReader::Optional);
    const auto location = r.boolean(QStringLiteral("allow_location"), FieldReader::Optional);
    if (r.ok() && mode && !deviceModeFromName(*mode))
        r.fail(QStringLiteral("device_mode"), QStringLiteral("must be \"kiosk\" or \"field\""));
    if (r.ok() && !isZiScale(int(*zi)))
        r.fail(QStringLiteral("zi_scale_points"), QStringLiteral("must be 4 or 6"));
    if (r.ok() && *language != QLatin1String("id") && *language != QLatin1String("en"))
        r.fail(QStringLiteral("default_language"), QStringLiteral("must be \"id\" or \"en\""));
    if (r.ok() && questionnaires->isEmpty())
        r.fail(QStringLiteral("questionnaires"), QStringLiteral("must name at least one questionnaire"));
    if (!(unknown == UnknownKeys::Refuse ? r.finish() : r.ok()))
        return std::nullopt;
    k.questionnaires = *questionnaires;
    k.serviceProfile = profile.value_or(QString());
    k.ziScalePoints = int(*zi);
    k.idleTimeout = int(*idle);
    k.cooldown = int(*cooldown);
    k.thankYouSeconds = int(thankYou.value_or(kThankYouSeconds.fallback));
    k.defaultLanguage = *language;
    k.askProfile = *askProfile;
    k.deviceMode = mode ? *deviceModeFromName(*mode) : DeviceMode::Kiosk;
    k.officerLockMinutes = int(lock.value_or(kOfficerLockMinutes.fallback));
    k.offlineWarningDays = int(offline.value_or(kOfflineWarningDays.fallback));
    k.allowLocation = location.value_or(false);
    return k;
}

QJsonObject SettingsDocument::toJson() const
{
    QJsonObject o{{QStringLiteral("version"), version},
                  {QStringLiteral("unit"),
                   QJsonObject{{QStringLiteral("code"), unitCode},
                               {QStringLiteral("name"), unitName},
                               {QStringLiteral("complaint_contact"), complaintContact}}},
                  {QStringLiteral("kiosk"), kiosk.toJson()},
                  {QStringLiteral("questionnaires"), questionnaires}};
    if (services)
        o.insert(QStringLiteral("services"), *services);
    if (publishedResult)
        o.insert(QStringLiteral("published_result"), *publishedResult);
    if (!officers.isEmpty())
        o.insert(QStringLiteral("officers"), officersToJson(officers));
    if (!regions.isEmpty())
        o.insert(QStringLiteral("regions"), regionsToJson(regions));
    if (!regionPrefixes.isEmpty())
        o.insert(QStringLiteral("region_prefixes"), QJsonArray::fromStringList(regionPrefixes));
    return o;
}

std::optional<SettingsDocument> SettingsDocument::parse(const QByteArray &json, ApiError *error)
{
    const std::optional<QJsonObject> root = parseObject(json, error);
    if (!root)
        return std::nullopt;
    SettingsDocument d;
    const std::optional<qint64> version = jsonInteger(root->value(QLatin1String("version")));
    const QJsonObject unit = root->value(QLatin1String("unit")).toObject();
    const std::optional<KioskConfig> kiosk =
        KioskConfig::parse(root->value(QLatin1String("kiosk")).toObject(), QStringLiteral("kiosk"), error,
                           KioskConfig::UnknownKeys::Ignore);
    if (!version || !kiosk)
        return std::nullopt;
    d.version = int(*version);
    d.unitCode = unit.value(QLatin1String("code")).toString();
    d.unitName = unit.value(QLatin1String("name")).toString();
    d.complaintContact = unit.value(QLatin1String("complaint_contact")).toString();
    d.kiosk = *kiosk;
    d.questionnaires = root->value(QLatin1String("questionnaires")).toArray();
    if (root->value(QLatin1String("services")).isObject())
        d.services = root->value(QLatin1String("services")).toObject();
    if (root->value(QLatin1String("published_result")).isObject())
        d.publishedResult = root->value(QLatin1String("published_result")).toObject();
    // A damaged officer list is refused whole: a device must not drop an officer silently.
    const auto list = [&](const char *key, auto parse, auto *out) {
        const QJsonValue v = root->value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        QString why;
        auto parsed = parse(v, &why);
        if (!parsed)
            *error = makeError(ErrorCode::InvalidField, why, QLatin1String(key));
        else
            *out = *parsed;
        return parsed.has_value();
    };
    if (!list("officers", officersFromJson, &d.officers) || !list("regions", regionsFromJson, &d.regions))
        return std::nullopt;
    return d;
}

std::optional<SettingsUpdate> SettingsUpdate::parse(const QByteArray &json, ApiError *error)
{
    const std::optional<QJsonObject> root = parseObject(json, error);
    if (!root)
        return std::nullopt;
    FieldReader r(*root, QString(), error);
    (void)r.integer(QStringLiteral("version"), 0, std::numeric_limits<int>::max(), FieldReader::Optional);
    const auto unit = r.object(QStringLiteral("unit"), FieldReader::Optional);
    const auto kiosk = r.object(QStringLiteral("kiosk"));
    const auto questionnaires = r.array(QStringLiteral("questionnaires"), FieldReader::Optional);
    const auto services = r.object(QStringLiteral("services"), FieldReader::Optional);
    const auto prefixes = r.stringList(QStringLiteral("region_prefixes"), FieldReader::Optional);
    for (qsizetype i = 0; r.ok() && prefixes && i < prefixes->size(); ++i) {
        if (fieldformat::regionLevel(prefixes->at(i)) == 0)
            r.fail(indexPath(QStringLiteral("region_prefixes"), i),
                   QStringLiteral("must be a Kemendagri region code (34, 34.04, 34.04.07 or 34.04.07.2001)"));
    }
    if (!r.finish())
        return std::nullopt;
    SettingsUpdate u;
    u.regionPrefixes = prefixes;
    if (unit) {
        FieldReader ur(*unit, QStringLiteral("unit"), error);
        const auto code = ur.string(QStringLiteral("code"), FieldReader::Optional, 64);
        const auto name = ur.string(QStringLiteral("name"), FieldReader::Optional, 200);
        const auto contact = ur.string(QStringLiteral("complaint_contact"), FieldReader::Optional, 500);
        if (!ur.finish())
            return std::nullopt;
        u.unitCode = code;
        u.unitName = name;
        u.complaintContact = contact.value_or(QString());
    }
    const std::optional<KioskConfig> k = KioskConfig::parse(*kiosk, QStringLiteral("kiosk"), error);
    if (!k)
        return std::nullopt;
    u.kiosk = *k;
    u.questionnaires = questionnaires.value_or(QJsonArray());
    for (qsizetype i = 0; i < u.questionnaires.size(); ++i) {
        const QString path = indexPath(QStringLiteral("questionnaires"), i);
        QString why;
        if (!u.questionnaires.at(i).isObject() || !Questionnaire::fromJson(u.questionnaires.at(i).toObject(), &why)) {
            *error = makeError(ErrorCode::InvalidField,
                               path + QStringLiteral(" is not a questionnaire definition: ") + why, path);
            return std::nullopt;
        }
    }
    if (services) {
        QString why;
        if (!ServiceList::fromJson(*services, &why)) {
            *error = makeError(ErrorCode::InvalidField, QStringLiteral("services is not a service list: ") + why,
                               QStringLiteral("services"));
            return std::nullopt;
        }
        u.services = services;
    }
    return u;
}

} // namespace suara::protocol
