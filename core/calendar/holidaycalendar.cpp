#include "holidaycalendar.h"

namespace suara::calendar {

QString holidayKindName(HolidayKind kind)
{
    return kind == HolidayKind::National ? QStringLiteral("national") : QStringLiteral("cuti_bersama");
}

std::optional<HolidayKind> holidayKindFromName(const QString &name)
{
    for (HolidayKind k : {HolidayKind::National, HolidayKind::CutiBersama}) {
        if (holidayKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QString yearStatusName(YearStatus status)
{
    return status == YearStatus::Official ? QStringLiteral("official") : QStringLiteral("provisional");
}

std::optional<YearStatus> yearStatusFromName(const QString &name)
{
    for (YearStatus s : {YearStatus::Official, YearStatus::Provisional}) {
        if (yearStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

void HolidayCalendar::setYear(const HolidayYear &year)
{
    if (const auto old = m_years.constFind(year.year); old != m_years.constEnd()) {
        for (const Holiday &h : old->days)
            m_days.remove(h.day);
    }
    m_years.insert(year.year, year);
    for (const Holiday &h : year.days)
        m_days.insert(h.day, h);
}

const HolidayYear *HolidayCalendar::year(int year) const
{
    const auto it = m_years.constFind(year);
    return it == m_years.constEnd() ? nullptr : &*it;
}

const Holiday *HolidayCalendar::holiday(const QDate &day) const
{
    const auto it = m_days.constFind(day);
    return it == m_days.constEnd() ? nullptr : &*it;
}

bool HolidayCalendar::isWorkingDay(const QDate &day) const
{
    return day.dayOfWeek() <= 5 && !m_days.contains(day);
}

bool HolidayCalendar::isOfficial(int y) const
{
    const HolidayYear *known = year(y);
    return known && known->status == YearStatus::Official;
}

CountedDay addWorkingDays(const QDate &from, int n, const HolidayCalendar &calendar)
{
    CountedDay out{from, false};
    if (!from.isValid() || n < 1)
        return out;
    QDate d = from;
    for (int counted = 0; counted < n;) {
        d = d.addDays(1);
        if (!calendar.isOfficial(d.year()))
            out.provisional = true;
        if (calendar.isWorkingDay(d))
            ++counted;
    }
    out.day = d;
    return out;
}

int workingDaysBetween(const QDate &from, const QDate &to, const HolidayCalendar &calendar)
{
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        if (calendar.isWorkingDay(d))
            ++n;
    }
    return n;
}

} // namespace suara::calendar
