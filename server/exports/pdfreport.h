#pragma once

#include "pdfpage.h"
#include "reportsummary.h"

#include <optional>

namespace suara::server::exports {

struct PdfOptions
{
    Language language = Language::Indonesian;
    std::optional<qint64> population; // for the Krejcie–Morgan minimum sample, when the unit gave it
};

// The Krejcie–Morgan (1970) minimum sample for a population of n (χ² = 3,841, P = 0,5, d = 0,05),
// rounded up: a sample is enough only if it reaches the exact figure.
[[nodiscard]] qint64 krejcieMorganMinimum(qint64 population);

// The official SKM report on A4 through Qt's own PDF writer: unit, period, method, n against the
// minimum sample, the per-unsur table, IKM and category, a bar chart of NRR per unsur, the profile
// tables, the follow-up plan (the three weakest unsur proposed) and a signature block. Needs a
// QGuiApplication (fonts). ApiFailure (failWriting) when the file cannot be written.
void writeReportPdf(const ExportReport &report, const PdfOptions &options, const QString &path);

} // namespace suara::server::exports
