#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace suara::syncwarning {

// Long offline (issue 9 item 3, ADR 0041): when a device has gone too long without reaching the server.
// The last successful sync is what counts; a device that never synced warns once a record has waited
// that long, so a new kiosk without records (or with today's first visit) stays quiet.
[[nodiscard]] bool offlineTooLong(const QDateTime &lastSuccess, const std::optional<QDateTime> &oldestWaiting,
                                  const QDateTime &now, int warnDays);

// Whole days between `since` and `now` on the calendar of `now`'s UTC offset (the officer's days).
[[nodiscard]] int daysBetween(const QDateTime &since, const QDateTime &now);

// A date in words in the visitor's language: "Senin, 2 November 2026" / "Monday, 2 November 2026",
// taken on the calendar of `now`'s UTC offset.
[[nodiscard]] QString dateInWords(const QDateTime &at, const QDateTime &now, const QString &language);

} // namespace suara::syncwarning
