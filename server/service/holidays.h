#pragma once

#include "calendar/holidaycalendar.h"
#include "db/sql.h"

#include <QJsonObject>

// The working-day calendar as the national admin keeps it on the server: one list per year, replaced
// whole (CLI holidays-import, PUT /api/v1/calendar/{year}).
namespace suara::server::holidays {

// Every year stored. Throws DbFailure.
[[nodiscard]] calendar::HolidayCalendar load(Sql &sql);
// nullopt: that year was never entered.
[[nodiscard]] std::optional<calendar::HolidayYear> year(Sql &sql, int year);
// Replaces the year's list, inside the caller's transaction.
void replaceYear(Sql &sql, const calendar::HolidayYear &year, const QString &by);

// {"year", "status", "source", "updated_by", "updated_at", "days": [{"date","kind","name_id","name_en"}]}
[[nodiscard]] QJsonObject toJson(const calendar::HolidayYear &year);
// The PUT body: {"status", "source", "days": [...]} for `year`; invalid_field naming the field.
[[nodiscard]] calendar::HolidayYear fromJson(int year, const QJsonObject &body);

} // namespace suara::server::holidays
