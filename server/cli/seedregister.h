#pragma once

#include "db/sql.h"
#include "domain/record.h"

#include <QDate>

// The register part of seed-demo: the shipped working-day calendars, officers' reports of one kiosk,
// and a few UPG actions so every status and urgency shows.
namespace suara::server::cli {

// Three officers' gratification reports (refusal, receipt, request) made before `today`, with their
// drawn signatures and (refusal, receipt) photos as evidence files.
[[nodiscard]] QList<RecordDraft> demoOfficerReports(const QString &unitCode, const QDate &today, int offsetMinutes);
// Imports core/resources/calendar and takes a few entries through the UPG workflow.
void seedRegister(Sql &sql, const QDate &today);

} // namespace suara::server::cli
