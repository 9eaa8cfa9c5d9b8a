#include "deviceconfigfield.h"

#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace suara {

QString deviceModeName(DeviceMode mode)
{
    return mode == DeviceMode::Field ? QStringLiteral("field") : QStringLiteral("kiosk");
}

std::optional<DeviceMode> deviceModeFromName(const QString &name)
{
    if (name == QLatin1String("kiosk"))
        return DeviceMode::Kiosk;
    if (name == QLatin1String("field"))
        return DeviceMode::Field;
    return std::nullopt;
}

namespace fieldformat {

bool isOfficerId(const QString &id)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9-]{1,40}$"));
    return valid.match(id).hasMatch();
}

int regionLevel(const QString &code)
{
    // Kemendagri: two digits for the province, two for the kabupaten/kota, two for the kecamatan, four
    // for the desa/kelurahan (Permendagri 72/2019 and its successors).
    static const QRegularExpression valid(QStringLiteral("^\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?$"));
    if (!valid.match(code).hasMatch())
        return 0;
    return int(code.count(QLatin1Char('.'))) + 1;
}

QString parentRegion(const QString &code)
{
    const qsizetype dot = code.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : code.left(dot);
}

namespace {
bool isNumber(const QJsonValue &v, double min, double max)
{
    return v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() >= min && v.toDouble() <= max;
}

QString checkRegion(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    if (!v.isObject() || !o.value(QLatin1String("code")).isString() || !o.value(QLatin1String("name")).isString())
        return QStringLiteral("region must be an object with string code and name");
    if (regionLevel(o.value(QLatin1String("code")).toString()) != kDesa)
        return QStringLiteral("region.code must be a desa code like 34.04.07.2001");
    if (o.value(QLatin1String("name")).toString().trimmed().isEmpty())
        return QStringLiteral("region.name must not be empty");
    return {};
}

QString checkLocation(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    if (!v.isObject())
        return QStringLiteral("location must be an object");
    if (!isNumber(o.value(QLatin1String("lat")), -90, 90))
        return QStringLiteral("location.lat must be a number from -90 to 90");
    if (!isNumber(o.value(QLatin1String("lon")), -180, 180))
        return QStringLiteral("location.lon must be a number from -180 to 180");
    if (o.contains(QLatin1String("accuracyM")) && !isNumber(o.value(QLatin1String("accuracyM")), 0, 1e7))
        return QStringLiteral("location.accuracyM must be a number of metres, at least 0");
    return {};
}
} // namespace

QString checkResponseData(const QJsonObject &data)
{
    if (const QJsonValue a = data.value(QLatin1String("administered")); !a.isUndefined()) {
        if (a.toString() != kReadAloud && a.toString() != kHandedOver)
            return QStringLiteral("administered must be \"read_aloud\" or \"handed_over\"");
    }
    if (data.contains(QLatin1String("region"))) {
        if (QString why = checkRegion(data.value(QLatin1String("region"))); !why.isEmpty())
            return why;
    }
    if (data.contains(QLatin1String("location")))
        return checkLocation(data.value(QLatin1String("location")));
    return {};
}

} // namespace fieldformat

namespace {
// Reads the named string members of `o` into `out` in order; `required` of them must be non-empty.
bool readStrings(const QJsonObject &o, std::initializer_list<std::pair<const char *, QString *>> fields, int required,
                 QString *error)
{
    int i = 0;
    for (const auto &[key, out] : fields) {
        const QJsonValue v = o.value(QLatin1String(key));
        const bool isRequired = i++ < required;
        if (v.isUndefined() && !isRequired)
            continue;
        if (!v.isString() || (isRequired && v.toString().trimmed().isEmpty())) {
            *error = QStringLiteral("%1 must be a%2 string").arg(QLatin1String(key), isRequired ? " non-empty" : "");
            return false;
        }
        *out = v.toString().trimmed();
    }
    return true;
}

template<typename Entry>
std::optional<QList<Entry>> listFromJson(const QJsonValue &json, const QString &name, QString *error,
                                         QString Entry::*key)
{
    if (!json.isArray()) {
        *error = name + QStringLiteral(" must be an array");
        return std::nullopt;
    }
    QList<Entry> out;
    QSet<QString> seen;
    const QJsonArray a = json.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        QString why;
        std::optional<Entry> e = Entry::fromJson(a.at(i), &why);
        if (e && seen.contains((*e).*key))
            why = QStringLiteral("%1 appears twice").arg((*e).*key);
        if (!e || !why.isEmpty()) {
            *error = QStringLiteral("%1[%2]: %3").arg(name).arg(i).arg(why);
            return std::nullopt;
        }
        seen.insert((*e).*key);
        out.append(*e);
    }
    return out;
}

template<typename Entry>
QJsonArray listToJson(const QList<Entry> &list)
{
    QJsonArray out;
    for (const Entry &e : list)
        out.append(e.toJson());
    return out;
}
} // namespace

QJsonObject OfficerEntry::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("position"), position},
                  {QStringLiteral("pin_hash"), pinHash}};
    if (!nip.isEmpty())
        o.insert(QStringLiteral("nip"), nip);
    return o;
}

std::optional<OfficerEntry> OfficerEntry::fromJson(const QJsonValue &json, QString *error)
{
    if (!json.isObject()) {
        *error = QStringLiteral("an officer must be an object");
        return std::nullopt;
    }
    OfficerEntry e;
    if (!readStrings(
            json.toObject(),
            {{"id", &e.id}, {"name", &e.name}, {"position", &e.position}, {"pin_hash", &e.pinHash}, {"nip", &e.nip}}, 4,
            error))
        return std::nullopt;
    if (!fieldformat::isOfficerId(e.id)) {
        *error = QStringLiteral("id must be 1-40 of a-z, 0-9 and '-' (got \"%1\")").arg(e.id);
        return std::nullopt;
    }
    if (!e.pinHash.startsWith(QLatin1String("$argon2id$"))) {
        *error = QStringLiteral("pin_hash must be an Argon2id string ($argon2id$...)");
        return std::nullopt;
    }
    return e;
}

QJsonObject RegionEntry::toJson() const
{
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("kecamatan"), kecamatan},
                       {QStringLiteral("kabupaten"), kabupaten},
                       {QStringLiteral("province"), province}};
}

std::optional<RegionEntry> RegionEntry::fromJson(const QJsonValue &json, QString *error)
{
    if (!json.isObject()) {
        *error = QStringLiteral("a region must be an object");
        return std::nullopt;
    }
    RegionEntry e;
    if (!readStrings(json.toObject(),
                     {{"code", &e.code},
                      {"name", &e.name},
                      {"kecamatan", &e.kecamatan},
                      {"kabupaten", &e.kabupaten},
                      {"province", &e.province}},
                     5, error))
        return std::nullopt;
    if (fieldformat::regionLevel(e.code) != fieldformat::kDesa) {
        *error = QStringLiteral("code must be a desa code like 34.04.07.2001 (got \"%1\")").arg(e.code);
        return std::nullopt;
    }
    return e;
}

QJsonArray officersToJson(const QList<OfficerEntry> &list)
{
    return listToJson(list);
}

QJsonArray regionsToJson(const QList<RegionEntry> &list)
{
    return listToJson(list);
}

std::optional<QList<OfficerEntry>> officersFromJson(const QJsonValue &json, QString *error)
{
    return listFromJson<OfficerEntry>(json, QStringLiteral("officers"), error, &OfficerEntry::id);
}

std::optional<QList<RegionEntry>> regionsFromJson(const QJsonValue &json, QString *error)
{
    return listFromJson<RegionEntry>(json, QStringLiteral("regions"), error, &RegionEntry::code);
}

} // namespace suara
