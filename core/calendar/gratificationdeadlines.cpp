#include "gratificationdeadlines.h"

namespace suara::calendar {

CountedDay kpkReportDeadline(const QDate &receivedOn, const HolidayCalendar &calendar)
{
    return addWorkingDays(receivedOn, kKpkReportWorkingDays, calendar);
}

CountedDay completionDeadline(const QDate &markedIncompleteOn, const HolidayCalendar &calendar)
{
    return addWorkingDays(markedIncompleteOn, kCompletionWorkingDays, calendar);
}

QString urgencyName(Urgency urgency)
{
    switch (urgency) {
    case Urgency::OnTrack:
        return QStringLiteral("on_track");
    case Urgency::NearDue:
        return QStringLiteral("near_due");
    case Urgency::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

Urgency urgencyOf(const QDate &due, const QDate &today, const HolidayCalendar &calendar)
{
    if (today > due)
        return Urgency::Overdue;
    return workingDaysBetween(today, due, calendar) <= kNearDueWorkingDays ? Urgency::NearDue : Urgency::OnTrack;
}

} // namespace suara::calendar
