#pragma once

#include "holidaycalendar.h"

#include <QString>
#include <optional>

namespace suara::calendar {

// One year's holidays as the national admin keeps them in a spreadsheet (the files in
// core/resources/calendar are the reference):
//
//   # year: 2026                   required: the year the file is about
//   # status: official             official | provisional
//   # source: SKB … No. 1497/2025  where the dates come from
//   date,kind,name_id,name_en
//   2026-01-01,national,Tahun Baru 2026 Masehi,New Year's Day 2026
//   2026-02-16,cuti_bersama,Cuti bersama Tahun Baru Imlek,Collective leave: Chinese New Year
//
// Other lines starting with '#' are comments. ';' works as the separator too (Excel in an Indonesian
// locale). A year may have no rows (a list not decreed yet): it is then known, and provisional.
struct HolidayCsvError
{
    int line = 0; // 1-based line of the file, 0 for the file as a whole
    QString message;
};

[[nodiscard]] std::optional<HolidayYear> parseHolidayCsv(const QString &text, HolidayCsvError *error);

// The same year as that file again (what GET answers as text/csv and the tests round-trip).
[[nodiscard]] QString holidayCsv(const HolidayYear &year);

} // namespace suara::calendar
