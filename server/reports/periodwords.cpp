#include "periodwords.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>

namespace suara::server::reports {

namespace {
QString roman(int n)
{
    static const char *const numerals[] = {"I", "II", "III", "IV"};
    return n >= 1 && n <= 4 ? QString::fromLatin1(numerals[n - 1]) : QString::number(n);
}

// "1 Juli 2026"; the year left out when the range's other end has the same one.
QString day(const QLocale &locale, const QDate &d, bool withYear)
{
    const QString dayMonth = QStringLiteral("%1 %2").arg(d.day()).arg(locale.monthName(d.month()));
    return withYear ? dayMonth + QLatin1Char(' ') + QString::number(d.year()) : dayMonth;
}
} // namespace

QString dayInWords(const QString &isoDay, bool english)
{
    const QDate d = QDate::fromString(isoDay.left(10), Qt::ISODate);
    return d.isValid() ? day(QLocale(english ? QLocale::English : QLocale::Indonesian), d, true) : isoDay;
}

QString periodInWords(const QString &label, bool english)
{
    const QLocale locale(english ? QLocale::English : QLocale::Indonesian);
    static const QRegularExpression form(QStringLiteral("^(\\d{4})(?:-(?:(\\d{2})|Q([1-4])|S([12])))?$"));
    if (const QRegularExpressionMatch m = form.match(label); m.hasMatch()) {
        const QString year = m.captured(1);
        if (!m.captured(2).isEmpty()) {
            const int month = m.captured(2).toInt();
            return month >= 1 && month <= 12 ? locale.monthName(month) + QLatin1Char(' ') + year : label;
        }
        if (!m.captured(3).isEmpty())
            return (english ? QStringLiteral("Quarter %1 %2") : QStringLiteral("Triwulan %1 %2"))
                .arg(roman(m.captured(3).toInt()), year);
        if (!m.captured(4).isEmpty())
            return QStringLiteral("Semester %1 %2").arg(roman(m.captured(4).toInt()), year);
        return (english ? QStringLiteral("Year %1") : QStringLiteral("Tahun %1")).arg(year);
    }
    const QStringList ends = label.split(QStringLiteral(".."));
    const QDate from = ends.size() == 2 ? QDate::fromString(ends.at(0), Qt::ISODate) : QDate();
    const QDate to = ends.size() == 2 ? QDate::fromString(ends.at(1), Qt::ISODate) : QDate();
    if (!from.isValid() || !to.isValid())
        return label;
    if (from == to)
        return day(locale, from, true);
    return day(locale, from, from.year() != to.year()) + QStringLiteral(" – ") + day(locale, to, true);
}

} // namespace suara::server::reports
