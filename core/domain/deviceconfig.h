#pragma once

#include "deviceconfigfield.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace suara {

// The values a whole-number setting may take, defined once: the kiosk clamps to them, its admin screen
// offers them, and the server refuses a unit's settings outside them (protocol/unitsettings.cpp).
struct IntRange
{
    int min;
    int max;
    int fallback;

    [[nodiscard]] constexpr bool contains(int v) const { return v >= min && v <= max; }
    [[nodiscard]] constexpr int clamp(int v) const { return v < min ? min : (v > max ? max : v); }
};

namespace configrange {
inline constexpr IntRange kIdleTimeoutSeconds{10, 600, 60};
inline constexpr IntRange kCooldownSeconds{0, 300, 8};
inline constexpr IntRange kThankYouSeconds{3, 60, 10};
// The ZI scale has two lengths only, 4 and 6 points.
inline constexpr IntRange kZiScalePoints{4, 6, 4};
// Field mode: a tablet left alone locks to the officer list; a device that has not synced for this many
// days warns its officer.
inline constexpr IntRange kOfficerLockMinutes{1, 120, 5};
inline constexpr IntRange kOfflineWarningDays{1, 60, 7};
// Read-aloud speed in tenths of the engine's range either side of its normal speed.
inline constexpr IntRange kSpeechRate{-5, 5, 0};
[[nodiscard]] constexpr bool isZiScale(int points)
{
    return points == 4 || points == 6;
}
} // namespace configrange

// Everything the unit admin (or the unit's server settings) configures on one kiosk, as one value: it is
// read once when the store opens and written whole, in one row, so a power cut never leaves half of a
// change (the server's settings are a dozen fields applied together).
struct DeviceConfig
{
    QString unitName;
    QString unitCode;
    QString complaintContact;
    QString serviceProfile = QStringLiteral("lapas");
    QStringList disabledServices;
    // A new kiosk asks the SKM only; units building their Zona Integritas switch on SPKP/SPAK.
    QStringList questionnaires{QStringLiteral("skm")};
    int ziScalePoints = configrange::kZiScalePoints.fallback;
    int idleTimeoutSeconds = configrange::kIdleTimeoutSeconds.fallback;
    int cooldownSeconds = configrange::kCooldownSeconds.fallback;
    int thankYouSeconds = configrange::kThankYouSeconds.fallback;
    QString defaultLanguage = QStringLiteral("id");
    bool askProfile = true;
    // Field mode (issue 9; protocol §4 `kiosk.device_mode` … and the document's `officers`, `regions`).
    DeviceMode deviceMode = DeviceMode::Kiosk;
    int officerLockMinutes = configrange::kOfficerLockMinutes.fallback;
    int offlineWarningDays = configrange::kOfflineWarningDays.fallback;
    // The position goes into a record only when the unit allows it (and the device has one).
    bool allowLocation = false;
    QList<OfficerEntry> officers;
    QList<RegionEntry> regions;
    // Read-aloud (issue 11): offered when a voice for the visitor's language exists; the voice by name
    // (empty: the engine's default); "every screen" reads each screen as it appears.
    bool readAloud = true;
    int speechRate = configrange::kSpeechRate.fallback;
    QString speechVoice;
    bool readEveryScreen = false;
    // The version of the server's settings document last applied (0: none).
    int appliedServerVersion = 0;
    // The unit's last published SKM result as the server sent it (protocol §4), for the welcome screen;
    // empty when nothing is published.
    QJsonObject publishedResult;

    bool operator==(const DeviceConfig &) const = default;

    // Every number within its range, the language "id" or "en", text trimmed, at least one questionnaire.
    [[nodiscard]] DeviceConfig normalised() const;

    // Compact JSON with sorted keys. fromJson refuses a document that is not an object of the known
    // types (a damaged row is an error, never defaults); a missing key takes its default, so a newer
    // build can add fields.
    [[nodiscard]] QByteArray toJson() const;
    static std::optional<DeviceConfig> fromJson(const QByteArray &json, QString *error = nullptr);
};

} // namespace suara
