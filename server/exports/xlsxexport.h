#pragma once

#include "recordsource.h"
#include "reportcontent.h"
#include "exports/xlsxbook.h"

namespace suara::server::exports {

struct XlsxOptions
{
    QString path; // the .xlsx to write
    QString tmpDir; // libxlsxwriter's own temporary files (constant-memory mode keeps rows there)
    qint64 dataRowsPerSheet = kXlsxDataRowsPerSheet; // lowered by the tests to check the split
};

// The report workbook (docs/api.md "Exports"): sheets SKM (per-unsur counts, NRR, weighted NRR, IKM,
// category, the 0,111 figure, the minimum sample), Profil, SPKP-SPAK — all from `content`, i.e.
// server/reports — and Data (the raw records of content.skm.scope as in the CSV, over several sheets
// past dataRowsPerSheet rows). libxlsxwriter in constant-memory mode: each row goes to disk as it is
// written, so memory does not grow with the records. Numbers are numbers, two decimals where they are
// fractions. Throws DbFailure on a failed read and ApiFailure (failWriting) on a failed write.
// Returns the number of records in the data sheets.
qint64 writeReportXlsx(Sql &sql, const ReportContent &content, const XlsxOptions &options);

} // namespace suara::server::exports
