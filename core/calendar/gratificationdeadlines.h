#pragma once

#include "holidaycalendar.h"

// The deadlines of gratification control, in working days (domain.md §3.1, §3.2, §3.6):
// - UU 31/1999 jo 20/2001 Pasal 12C(2) and Peraturan KPK 2/2019: the report reaches KPK at the latest
//   30 hari kerja "terhitung sejak tanggal gratifikasi tersebut diterima"; under Peraturan KPK 1/2026 a
//   later report may be declared state property;
// - Peraturan KPK 1/2026: an incomplete report not completed within 20 hari kerja is not followed up
//   (was 30 under 2/2019).
// Day 1 is the first working day after the starting date (domain.md §3.6: "received_date + 30 hari
// kerja"); the deadline day itself is still on time (docs/adr/0030-upg-register.md).
namespace suara::calendar {

inline constexpr int kKpkReportWorkingDays = 30;
inline constexpr int kCompletionWorkingDays = 20;
// "Near due": this many working days left, or fewer.
inline constexpr int kNearDueWorkingDays = 5;

[[nodiscard]] CountedDay kpkReportDeadline(const QDate &receivedOn, const HolidayCalendar &calendar);
[[nodiscard]] CountedDay completionDeadline(const QDate &markedIncompleteOn, const HolidayCalendar &calendar);

enum class Urgency { OnTrack, NearDue, Overdue };
[[nodiscard]] QString urgencyName(Urgency urgency); // on_track, near_due, overdue

// Overdue once `today` is past the due day; near due while at most kNearDueWorkingDays working days
// remain (the due day included), so a deadline on Monday is near due on the Friday before.
[[nodiscard]] Urgency urgencyOf(const QDate &due, const QDate &today, const HolidayCalendar &calendar);

} // namespace suara::calendar
