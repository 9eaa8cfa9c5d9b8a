#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

// Indonesia's working-day calendar: Monday to Friday, less the national holidays (hari libur nasional)
// and the collective leave days (cuti bersama) the SKB 3 Menteri decrees for each year. Pure: the
// server keeps the years in its database and builds one of these per request.
namespace suara::calendar {

enum class HolidayKind { National, CutiBersama };
[[nodiscard]] QString holidayKindName(HolidayKind kind); // national, cuti_bersama
[[nodiscard]] std::optional<HolidayKind> holidayKindFromName(const QString &name);

// Official: the decreed list. Provisional: entered before the decree (or while it is not known), so a
// deadline counted through it may still move.
enum class YearStatus { Official, Provisional };
[[nodiscard]] QString yearStatusName(YearStatus status); // official, provisional
[[nodiscard]] std::optional<YearStatus> yearStatusFromName(const QString &name);

struct Holiday
{
    QDate day;
    HolidayKind kind = HolidayKind::National;
    QString nameId;
    QString nameEn;
};

struct HolidayYear
{
    int year = 0;
    YearStatus status = YearStatus::Provisional;
    QString source; // the decree, e.g. "SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025"
    QList<Holiday> days;
};

class HolidayCalendar
{
public:
    // Replaces everything known about that year.
    void setYear(const HolidayYear &year);
    [[nodiscard]] const HolidayYear *year(int year) const;
    [[nodiscard]] QList<int> years() const { return m_years.keys(); }

    [[nodiscard]] const Holiday *holiday(const QDate &day) const;
    [[nodiscard]] bool isWorkingDay(const QDate &day) const;
    // Whether the days of that year can be trusted: an official list is loaded for it.
    [[nodiscard]] bool isOfficial(int year) const;

private:
    QMap<int, HolidayYear> m_years;
    QHash<QDate, Holiday> m_days;
};

// A day reached by counting working days, and whether the count went through a year whose list is not
// official (unknown or provisional): then the date may still move and is shown as provisional.
struct CountedDay
{
    QDate day;
    bool provisional = false;
};

// The n-th working day after `from` (n >= 1): the day after `from` is the first candidate, so a
// report received on Friday with n = 1 is due on Monday. `from` itself never counts, whatever it is.
[[nodiscard]] CountedDay addWorkingDays(const QDate &from, int n, const HolidayCalendar &calendar);

// Working days in (from, to]: 0 when to <= from. What "due in N working days" shows.
[[nodiscard]] int workingDaysBetween(const QDate &from, const QDate &to, const HolidayCalendar &calendar);

} // namespace suara::calendar
