#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace suara::server::reports {

// A reporting period: inclusive local dates (the device's local day of capture, see aggregator.h).
struct Period
{
    QDate from;
    QDate to;
    // Canonical text: "2026-09", "2026-Q3", "2026-S2", "2026" or "2026-07-01..2026-08-15". Follow-up
    // actions, publications and populations are kept under it.
    QString label;

    // `period` in one of the forms above, or `from`/`to` (YYYY-MM-DD, both). nullopt with *error set
    // to a message that says what a period must look like.
    static std::optional<Period> parse(const QString &period, const QString &from, const QString &to, QString *error);
    static Period quarterOf(const QDate &day);
    [[nodiscard]] Period previousQuarter() const; // the quarter before the one `from` lies in
    // From the first of a month to the last of a month: the monthly aggregates answer it.
    [[nodiscard]] bool wholeMonths() const { return from.day() == 1 && to.addDays(1).day() == 1; }
    [[nodiscard]] QString fromText() const { return from.toString(Qt::ISODate); }
    [[nodiscard]] QString toText() const { return to.toString(Qt::ISODate); }
};

} // namespace suara::server::reports
