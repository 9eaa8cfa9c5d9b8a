#pragma once

#include "pdfpage.h"
#include "reportcontent.h"

#include <optional>

namespace suara::server::exports {

// The official SKM report on A4 through Qt's own PDF writer: unit, period, method, n against the
// minimum sample, the per-unsur table, IKM and category, a bar chart of NRR per unsur, the profile
// tables, the follow-up plan (the three weakest unsur proposed) and a signature block. Needs a
// QGuiApplication (fonts). ApiFailure (failWriting) when the file cannot be written.
// Every figure is content's (server/reports): the minimum sample is content.skm.sample.
void writeReportPdf(const ReportContent &content, Language language, const QString &path);

} // namespace suara::server::exports
