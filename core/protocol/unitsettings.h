#pragma once

#include "apierror.h"
#include "domain/deviceconfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace suara::protocol {

// The `kiosk` object of protocol §4: what every kiosk of a unit asks and how it behaves.
struct KioskConfig
{
    QStringList questionnaires{QStringLiteral("skm")};
    QString serviceProfile;
    // Ranges and defaults: domain/deviceconfig.h (configrange), shared with the kiosk.
    int ziScalePoints = 4; // 4 or 6
    int idleTimeout = 60; // seconds
    int cooldown = 8; // seconds
    int thankYouSeconds = 10;
    QString defaultLanguage = QStringLiteral("id");
    bool askProfile = true;
    // Field mode (issue 9); optional in a request, defaults as in DeviceConfig.
    DeviceMode deviceMode = DeviceMode::Kiosk;
    int officerLockMinutes = configrange::kOfficerLockMinutes.fallback;
    int offlineWarningDays = configrange::kOfflineWarningDays.fallback;
    bool allowLocation = false;

    [[nodiscard]] QJsonObject toJson() const;
    // Out-of-range values are always errors. Unknown keys are refused where the server reads a request
    // and ignored where a device reads an answer: a newer server may add fields. `path` prefixes names.
    enum class UnknownKeys { Refuse, Ignore };
    static std::optional<KioskConfig> parse(const QJsonObject &json, const QString &path, ApiError *error,
                                            UnknownKeys unknown = UnknownKeys::Refuse);
};

// GET /api/v1/settings (§4), and the body of PUT /api/v1/units/{code}/settings (§7).
struct SettingsDocument
{
    int version = 1;
    QString unitCode;
    QString unitName;
    QString complaintContact;
    KioskConfig kiosk;
    QJsonArray questionnaires; // full definitions (core/resources/questionnaires format)
    std::optional<QJsonObject> services; // a service list (core/resources/services format)
    // The unit's latest published SKM result (§4 `published_result`), for the welcome screen.
    std::optional<QJsonObject> publishedResult;
    // The unit's officers (with their PIN hashes) and the desa it works in (§4); empty lists are left
    // out of the document.
    QList<OfficerEntry> officers;
    QList<RegionEntry> regions;
    // The region codes whose desa make the unit's area (`region_prefixes`, e.g. ["34.04.07"]): what the
    // unit admin sets; `regions` is what they expand to.
    QStringList regionPrefixes;

    [[nodiscard]] QJsonObject toJson() const;
    // For devices: types are checked, unknown top-level fields ignored.
    static std::optional<SettingsDocument> parse(const QByteArray &json, ApiError *error);
};

// The PUT body: the GET document with the server's own fields optional. `version` is ignored (the
// server assigns it); `unit.code`, when present, must name the unit being changed.
struct SettingsUpdate
{
    std::optional<QString> unitCode;
    std::optional<QString> unitName;
    QString complaintContact;
    KioskConfig kiosk;
    QJsonArray questionnaires;
    std::optional<QJsonObject> services;
    // Absent: the unit's region prefixes stay as they are. Each must be a region code.
    std::optional<QStringList> regionPrefixes;

    // Strict, and every definition must load as a Questionnaire / ServiceList.
    static std::optional<SettingsUpdate> parse(const QByteArray &json, ApiError *error);
};

} // namespace suara::protocol
