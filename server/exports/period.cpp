#include "period.h"

#include <QRegularExpression>

namespace suara::server::exports {

namespace {
constexpr int kMinYear = 2000;
constexpr int kMaxYear = 2100;
constexpr qint64 kMaxDays = 3660;

std::optional<DateRange> months(int year, int firstMonth, int count, const QString &label)
{
    const QDate from(year, firstMonth, 1);
    return DateRange{from, from.addMonths(count).addDays(-1), label};
}
} // namespace

std::optional<DateRange> parsePeriod(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|S([12])))?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString t = text.trimmed();
    const QRegularExpressionMatch m = pattern.match(t);
    if (!m.hasMatch()) {
        *error = QStringLiteral("period \"%1\" is not a period: use 2026 (year), 2026-S1 (semester), 2026-Q3 "
                                "(quarter) or 2026-07 (month), or from= and to= dates")
                     .arg(t);
        return std::nullopt;
    }
    const int year = m.captured(1).toInt();
    if (year < kMinYear || year > kMaxYear) {
        *error = QStringLiteral("period \"%1\": the year must be from %2 to %3").arg(t).arg(kMinYear).arg(kMaxYear);
        return std::nullopt;
    }
    const QString label = t.toUpper();
    if (!m.captured(2).isEmpty())
        return months(year, m.captured(2).toInt(), 1, label);
    if (!m.captured(3).isEmpty())
        return months(year, 1 + 3 * (m.captured(3).toInt() - 1), 3, label);
    if (!m.captured(4).isEmpty())
        return months(year, 1 + 6 * (m.captured(4).toInt() - 1), 6, label);
    return months(year, 1, 12, label);
}

std::optional<DateRange> parseDates(const QString &fromText, const QString &toText, QString *error)
{
    const QDate from = QDate::fromString(fromText.trimmed(), Qt::ISODate);
    const QDate to = QDate::fromString(toText.trimmed(), Qt::ISODate);
    if (!from.isValid() || !to.isValid()) {
        *error = QStringLiteral("from and to must both be dates like 2026-07-01 (got \"%1\" and \"%2\")")
                     .arg(fromText, toText);
        return std::nullopt;
    }
    if (from > to) {
        *error = QStringLiteral("from (%1) is after to (%2)").arg(fromText, toText);
        return std::nullopt;
    }
    if (from.daysTo(to) > kMaxDays || from.year() < kMinYear || to.year() > kMaxYear) {
        *error = QStringLiteral("from and to must lie within %1–%2 and at most ten years apart").arg(kMinYear).arg(kMaxYear);
        return std::nullopt;
    }
    return DateRange{from, to, from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate)};
}

} // namespace suara::server::exports
