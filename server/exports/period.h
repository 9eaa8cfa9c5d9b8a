#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace suara::server::exports {

// The capture days an export covers, inclusive, in each device's local time (a record belongs to the
// day it was captured where it was captured).
struct DateRange
{
    QDate from;
    QDate to;
    QString label; // as the user asked: "2026-Q3", "2026-07", or "2026-07-01..2026-07-15"

    [[nodiscard]] bool contains(const QDate &day) const { return day >= from && day <= to; }
};

// "2026" (year), "2026-S1"/"2026-S2" (semester), "2026-Q1".."2026-Q4" (quarter), "2026-07" (month).
// nullopt with *error a message the user can act on.
[[nodiscard]] std::optional<DateRange> parsePeriod(const QString &text, QString *error);
// Two ISO dates, from <= to, at most ten years apart.
[[nodiscard]] std::optional<DateRange> parseDates(const QString &from, const QString &to, QString *error);

} // namespace suara::server::exports
