#pragma once

#include "db/sql.h"
#include "pdfpage.h"
#include "service/registerentries.h"

#include <QDate>

// The UPG's monthly recap (laporan berkala pengendalian gratifikasi, domain.md §3.3): what a unit's
// register received in one month, where each report stands now, and what is still open from before.
// Sent upwards as PDF and XLSX (docs/api.md "Gratification register").
namespace suara::server::exports {

struct RecapLine
{
    registry::Entry entry;
    registry::Deadlines deadlines;
};

struct RegisterRecap
{
    QString unitCode;
    QString unitName;
    bool subtree = false;
    QDate from; // the month's first and last day
    QDate to;
    QDate today;
    QList<RecapLine> received; // received_on in the month, oldest first
    QList<RecapLine> carriedOver; // received before the month and not closed
    [[nodiscard]] QString monthLabel() const { return from.toString(QStringLiteral("yyyy-MM")); }
};

// `month` as "2026-11"; invalid_field (field "month") otherwise.
[[nodiscard]] RegisterRecap registerRecap(Sql &sql, const QString &unitCode, const QString &unitName, bool subtree,
                                          const QStringList &units, const QString &month, const QDate &today);

void writeRegisterRecapXlsx(const RegisterRecap &recap, Language language, const QString &path);
void writeRegisterRecapPdf(const RegisterRecap &recap, Language language, const QString &path);

// The labels both writers use, in one place.
namespace recap {
[[nodiscard]] QString statusLabel(const QString &status, Language language);
[[nodiscard]] QString kindLabel(const QString &kind, Language language);
[[nodiscard]] QString formLabel(const QString &form, Language language);
[[nodiscard]] QString urgencyLabel(const registry::Deadlines &deadlines, Language language);
} // namespace recap

} // namespace suara::server::exports
