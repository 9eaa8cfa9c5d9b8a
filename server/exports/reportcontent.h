#pragma once

#include "recordsource.h"
#include "reports/skmreport.h"
#include "reports/zireport.h"
#include "service/followups.h"

namespace suara::server::exports {

// What the report sheets (XLSX) and pages (PDF) show. Every figure is server/reports' own, computed
// from the aggregates exactly as GET /api/v1/reports/skm and /zi answer for the same scope: an export
// never computes an index, a profile or a period of its own, so it cannot disagree with the API.
struct ReportContent
{
    QString unitName;
    reports::SkmReport skm; // skm.scope is the export's scope
    QList<reports::ZiResult> zi; // every ZI survey answered in the scope
    RecordKinds records; // what the raw-data sheets may hold for the caller
    QList<followups::Action> followups; // what the unit decided on this period's result (the PDF's plan)
};

} // namespace suara::server::exports
