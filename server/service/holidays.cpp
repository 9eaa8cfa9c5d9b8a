#include "holidays.h"

#include "failure.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace suara::server::holidays {

using calendar::Holiday;
using calendar::HolidayYear;
using protocol::ErrorCode;

namespace {
void readDays(Sql &sql, HolidayYear &y)
{
    QSqlQuery d = sql.run(
        QStringLiteral("SELECT day, kind, name_id, name_en FROM holidays WHERE year = ? ORDER BY day"), {y.year});
    while (d.next()) {
        Holiday h;
        h.day = QDate::fromString(d.value(0).toString(), Qt::ISODate);
        h.kind = calendar::holidayKindFromName(d.value(1).toString()).value_or(calendar::HolidayKind::National);
        h.nameId = d.value(2).toString();
        h.nameEn = d.value(3).toString();
        y.days << h;
    }
}

HolidayYear fromRow(const QSqlQuery &q)
{
    HolidayYear y;
    y.year = q.value(0).toInt();
    y.status = calendar::yearStatusFromName(q.value(1).toString()).value_or(calendar::YearStatus::Provisional);
    y.source = q.value(2).toString();
    return y;
}

QString text(const QJsonObject &o, const QString &key, const QString &field, int limit, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
        return {};
    if (!v.isString() || (required && v.toString().trimmed().isEmpty()))
        fail(ErrorCode::InvalidField, QStringLiteral("%1 must be text").arg(field), field);
    const QString t = v.toString().trimmed();
    if (t.size() > limit)
        fail(ErrorCode::InvalidField, QStringLiteral("%1 is longer than %2 characters").arg(field).arg(limit), field);
    return t;
}
} // namespace

calendar::HolidayCalendar load(Sql &sql)
{
    calendar::HolidayCalendar c;
    QSqlQuery q = sql.run(QStringLiteral("SELECT year, status, source FROM holiday_years ORDER BY year"));
    QList<HolidayYear> years;
    while (q.next())
        years << fromRow(q);
    q.finish();
    for (HolidayYear &y : years) {
        readDays(sql, y);
        c.setYear(y);
    }
    return c;
}

std::optional<HolidayYear> year(Sql &sql, int yearNumber)
{
    QSqlQuery q =
        sql.run(QStringLiteral("SELECT year, status, source FROM holiday_years WHERE year = ?"), {yearNumber});
    if (!q.next())
        return std::nullopt;
    HolidayYear y = fromRow(q);
    q.finish();
    readDays(sql, y);
    return y;
}

void replaceYear(Sql &sql, const HolidayYear &y, const QString &by)
{
    const QString now = nowText();
    sql.run(QStringLiteral("DELETE FROM holidays WHERE year = ?"), {y.year});
    sql.run(
        QStringLiteral("INSERT INTO holiday_years (year, status, source, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)"
                       " ON CONFLICT (year) DO UPDATE SET status = excluded.status, source = excluded.source,"
                       " updated_by = excluded.updated_by, updated_at = excluded.updated_at"),
        {y.year, calendar::yearStatusName(y.status), y.source, by, now});
    QSqlQuery insert =
        sql.prepare(QStringLiteral("INSERT INTO holidays (day, year, kind, name_id, name_en) VALUES (?, ?, ?, ?, ?)"));
    for (const Holiday &h : y.days)
        sql.exec(insert, {h.day.toString(Qt::ISODate), y.year, calendar::holidayKindName(h.kind), h.nameId, h.nameEn});
}

QJsonObject toJson(const HolidayYear &y)
{
    QJsonArray days;
    for (const Holiday &h : y.days)
        days.append(QJsonObject{{QStringLiteral("date"), h.day.toString(Qt::ISODate)},
                                {QStringLiteral("kind"), calendar::holidayKindName(h.kind)},
                                {QStringLiteral("name_id"), h.nameId},
                                {QStringLiteral("name_en"), h.nameEn}});
    return QJsonObject{{QStringLiteral("year"), y.year},
                       {QStringLiteral("status"), calendar::yearStatusName(y.status)},
                       {QStringLiteral("source"), y.source},
                       {QStringLiteral("days"), days}};
}

HolidayYear fromJson(int yearNumber, const QJsonObject &body)
{
    static const QStringList known = {QStringLiteral("status"), QStringLiteral("source"), QStringLiteral("days")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            fail(ErrorCode::UnknownField,
                 QStringLiteral("unknown field %1 (known: %2)").arg(it.key(), known.join(QStringLiteral(", "))),
                 it.key());
    }
    HolidayYear y;
    y.year = yearNumber;
    const std::optional<calendar::YearStatus> status =
        calendar::yearStatusFromName(text(body, QStringLiteral("status"), QStringLiteral("status"), 20, true));
    if (!status)
        fail(ErrorCode::InvalidField, QStringLiteral("status must be official or provisional"),
             QStringLiteral("status"));
    y.status = *status;
    y.source = text(body, QStringLiteral("source"), QStringLiteral("source"), 500, false);
    const QJsonValue days = body.value(QLatin1String("days"));
    if (!days.isArray())
        fail(ErrorCode::InvalidField, QStringLiteral("days must be a list (empty for a year not decreed yet)"),
             QStringLiteral("days"));
    QSet<QDate> seen;
    const QJsonArray list = days.toArray();
    if (list.size() > 100)
        fail(ErrorCode::InvalidField, QStringLiteral("a year has at most 100 holidays"), QStringLiteral("days"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString field = QStringLiteral("days[%1]").arg(i);
        const QJsonObject o = list.at(i).toObject();
        Holiday h;
        h.day =
            QDate::fromString(text(o, QStringLiteral("date"), field + QStringLiteral(".date"), 10, true), Qt::ISODate);
        if (!h.day.isValid() || h.day.year() != yearNumber)
            fail(ErrorCode::InvalidField,
                 QStringLiteral("%1.date must be a date in %2 like %2-01-01").arg(field).arg(yearNumber),
                 field + QStringLiteral(".date"));
        if (seen.contains(h.day))
            fail(ErrorCode::InvalidField, QStringLiteral("%1 is listed twice").arg(h.day.toString(Qt::ISODate)),
                 field + QStringLiteral(".date"));
        seen.insert(h.day);
        const std::optional<calendar::HolidayKind> kind =
            calendar::holidayKindFromName(text(o, QStringLiteral("kind"), field + QStringLiteral(".kind"), 20, true));
        if (!kind)
            fail(ErrorCode::InvalidField, QStringLiteral("%1.kind must be national or cuti_bersama").arg(field),
                 field + QStringLiteral(".kind"));
        h.kind = *kind;
        h.nameId = text(o, QStringLiteral("name_id"), field + QStringLiteral(".name_id"), 200, true);
        h.nameEn = text(o, QStringLiteral("name_en"), field + QStringLiteral(".name_en"), 200, true);
        y.days << h;
    }
    std::sort(y.days.begin(), y.days.end(), [](const Holiday &a, const Holiday &b) { return a.day < b.day; });
    return y;
}

} // namespace suara::server::holidays
