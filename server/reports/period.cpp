#include "period.h"

#include <QRegularExpression>

namespace suara::server::reports {

namespace {
const QString kForms = QStringLiteral("period must look like 2026-09 (month), 2026-Q3 (quarter), 2026-S2 (semester) or "
                                      "2026 (year), or give from=YYYY-MM-DD&to=YYYY-MM-DD");

Period months(int year, int firstMonth, int count, const QString &label)
{
    const QDate from(year, firstMonth, 1);
    return Period{from, from.addMonths(count).addDays(-1), label};
}

std::optional<Period> refuse(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}
} // namespace

std::optional<Period> Period::parse(const QString &period, const QString &fromText, const QString &toText,
                                    QString *error)
{
    if (!period.isEmpty() && (!fromText.isEmpty() || !toText.isEmpty()))
        return refuse(error, QStringLiteral("give period= or from=/to=, not both"));
    if (period.isEmpty()) {
        if (fromText.isEmpty() && toText.isEmpty())
            return refuse(error, kForms);
        const QDate from = QDate::fromString(fromText, Qt::ISODate);
        const QDate to = QDate::fromString(toText, Qt::ISODate);
        static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (!day.match(fromText).hasMatch() || !from.isValid())
            return refuse(error, QStringLiteral("from must be a date like 2026-07-01 (got \"%1\")").arg(fromText));
        if (!day.match(toText).hasMatch() || !to.isValid())
            return refuse(error, QStringLiteral("to must be a date like 2026-09-30 (got \"%1\")").arg(toText));
        if (to < from)
            return refuse(error, QStringLiteral("to (%1) is before from (%2)").arg(toText, fromText));
        return Period{from, to, fromText + QStringLiteral("..") + toText};
    }
    static const QRegularExpression form(QStringLiteral("^(\\d{4})(?:-(?:(\\d{2})|Q([1-4])|S([12])))?$"));
    const QRegularExpressionMatch m = form.match(period);
    if (!m.hasMatch())
        return refuse(error, kForms + QStringLiteral(" (got \"%1\")").arg(period));
    const int year = m.captured(1).toInt();
    if (year < 2000 || year > 2999)
        return refuse(error, QStringLiteral("the year %1 is out of range").arg(year));
    if (!m.captured(2).isEmpty()) {
        const int month = m.captured(2).toInt();
        if (month < 1 || month > 12)
            return refuse(error, QStringLiteral("%1: the month must be 01 to 12").arg(period));
        return months(year, month, 1, period);
    }
    if (!m.captured(3).isEmpty())
        return months(year, (m.captured(3).toInt() - 1) * 3 + 1, 3, period);
    if (!m.captured(4).isEmpty())
        return months(year, (m.captured(4).toInt() - 1) * 6 + 1, 6, period);
    return months(year, 1, 12, period);
}

Period Period::quarterOf(const QDate &day)
{
    const int q = (day.month() - 1) / 3 + 1;
    return months(day.year(), (q - 1) * 3 + 1, 3, QStringLiteral("%1-Q%2").arg(day.year()).arg(q));
}

Period Period::previousQuarter() const
{
    return quarterOf(quarterOf(from).from.addDays(-1));
}

} // namespace suara::server::reports
