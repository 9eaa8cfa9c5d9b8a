#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace suara {

// Field mode (issue 9): the typed parts of a unit's settings that a field tablet needs, and the formats
// of the record keys it writes (docs/protocol.md §2.1, §4). Defined once here so the kiosk, the server's
// validation of a unit's settings and its check of a record body agree.

// A counter kiosk asks anonymous visitors; a field tablet is carried by an officer from house to house.
enum class DeviceMode { Kiosk, Field };
[[nodiscard]] QString deviceModeName(DeviceMode mode);
[[nodiscard]] std::optional<DeviceMode> deviceModeFromName(const QString &name);

namespace fieldformat {
// The officer's id on the device, as in the record's `officer` key: [a-z0-9-]{1,40}.
[[nodiscard]] bool isOfficerId(const QString &id);
// A Kemendagri region code, dotted: "34" (province), "34.04" (kabupaten/kota), "34.04.07" (kecamatan),
// "34.04.07.2001" (desa/kelurahan). 0 when the text is none of these.
[[nodiscard]] int regionLevel(const QString &code);
inline constexpr int kProvince = 1;
inline constexpr int kKabupaten = 2;
inline constexpr int kKecamatan = 3;
inline constexpr int kDesa = 4;
// The code of the level above (`34.04.07` for a desa), empty for a province.
[[nodiscard]] QString parentRegion(const QString &code);

inline const QString kReadAloud = QStringLiteral("read_aloud");
inline const QString kHandedOver = QStringLiteral("handed_over");

// The field keys a `response` record's `data` may carry (administered, region, location), checked for
// type and range; everything else in `data` is left to the report (protocol §2.2). Empty when valid.
[[nodiscard]] QString checkResponseData(const QJsonObject &data);
} // namespace fieldformat

// One officer of the unit as the server sends it (protocol §4 `officers`). The PIN itself never travels:
// `pinHash` is libsodium's crypto_pwhash_str (Argon2id) of it, made on the server.
struct OfficerEntry
{
    QString id;
    QString name;
    QString nip; // optional: not every officer (e.g. a contract PLKB) has one
    QString position;
    QString pinHash;

    bool operator==(const OfficerEntry &) const = default;
    [[nodiscard]] QJsonObject toJson() const;
    // Types and formats checked (id as isOfficerId, name and position non-empty, an $argon2id$ hash).
    static std::optional<OfficerEntry> fromJson(const QJsonValue &json, QString *error);
};

// One desa the unit works in (protocol §4 `regions`), with the names of the levels above it for the
// officer's province -> kabupaten -> kecamatan -> desa picker.
struct RegionEntry
{
    QString code; // a desa code, dotted
    QString name;
    QString kecamatan;
    QString kabupaten;
    QString province;

    bool operator==(const RegionEntry &) const = default;
    [[nodiscard]] QJsonObject toJson() const;
    static std::optional<RegionEntry> fromJson(const QJsonValue &json, QString *error);
};

// Lists of the above; the first bad entry is the error ("officers[2]: ...").
[[nodiscard]] QJsonArray officersToJson(const QList<OfficerEntry> &list);
[[nodiscard]] QJsonArray regionsToJson(const QList<RegionEntry> &list);
std::optional<QList<OfficerEntry>> officersFromJson(const QJsonValue &json, QString *error);
std::optional<QList<RegionEntry>> regionsFromJson(const QJsonValue &json, QString *error);

} // namespace suara
