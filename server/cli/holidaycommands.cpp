// The working-day calendar at the console: the national admin imports each year's SKB list from a CSV
// (core/calendar/holidaycsv.h; the shipped years are in core/resources/calendar) and prints it back.
#include "commands.h"

#include "calendar/holidaycsv.h"
#include "service/failure.h"
#include "service/holidays.h"

#include <QFile>

#include <cstdio>

namespace suara::server::cli {

using protocol::ErrorCode;

int importHolidays(const Options &o, Sql &sql)
{
    if (o.positional().size() != 1)
        fail(ErrorCode::InvalidField, QStringLiteral("holidays-import needs one CSV file: holidays-import FILE.csv"));
    const QString path = o.positional().first();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(ErrorCode::InvalidField, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    calendar::HolidayCsvError error;
    const std::optional<calendar::HolidayYear> year = calendar::parseHolidayCsv(QString::fromUtf8(f.readAll()), &error);
    if (!year)
        fail(ErrorCode::InvalidField,
             error.line > 0 ? QStringLiteral("%1 line %2: %3").arg(path).arg(error.line).arg(error.message)
                            : QStringLiteral("%1: %2").arg(path, error.message));
    Transaction tx(sql);
    holidays::replaceYear(sql, *year, QStringLiteral("cli"));
    tx.commit();
    std::printf("%s\n",
                qPrintable(QStringLiteral("calendar %1 (%2): %3 days imported, replacing the earlier list")
                               .arg(year->year)
                               .arg(calendar::yearStatusName(year->status))
                               .arg(year->days.size())));
    return kOk;
}

int printHolidays(const Options &o, Sql &sql)
{
    bool ok = false;
    const int y = o.value(QStringLiteral("year")).toInt(&ok);
    if (!ok)
        fail(ErrorCode::InvalidField, QStringLiteral("--year is required (e.g. --year 2026)"), QStringLiteral("year"));
    const std::optional<calendar::HolidayYear> year = holidays::year(sql, y);
    if (!year)
        fail(ErrorCode::NotFound, QStringLiteral("no calendar for %1 yet (holidays-import FILE.csv)").arg(y));
    std::printf("%s", calendar::holidayCsv(*year).toUtf8().constData());
    return kOk;
}

} // namespace suara::server::cli
