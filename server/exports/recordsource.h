#pragma once

#include "db/sql.h"
#include "exports/exportrecord.h"
#include "reports/scope.h"

#include <QStringList>
#include <functional>

namespace suara::server::exports {

// The record table and writers shared with the device (core/exports) are this namespace's too.
using namespace suara::recordexport;

// One row of `records` as stored, before anything is parsed; the views are valid while the callback
// that gets it runs.
struct StoredRow
{
    QByteArrayView capturedAt; // ISO UTC
    QByteArrayView deviceId;
    qint64 seq = 0;
    QByteArrayView recordId;
    QByteArrayView type;
    QByteArrayView receivedAt;
    QByteArrayView body;
};

// Which records an export holds for its caller: the gratification data only of the kinds the caller's
// role may read through the reports (docs/api.md "Exports"; server/api/auth decides). Nothing of it by
// default, so a caller that forgets to say gets the plain responses, never more than it may see.
struct RecordKinds
{
    bool visitorAcknowledgements = false; // gratification_ack: statements and the solicitations reported
    bool officerReports = false; // gratification_report: officers' own reports, named (the UPG's register)

    [[nodiscard]] static RecordKinds all() { return RecordKinds{true, true}; }
    [[nodiscard]] bool holds(QByteArrayView type) const;
};

// Every stored row of the scope's units whose UTC time could lie in its period (a margin of the widest
// UTC offsets either side), in (captured_at, device_id, seq) order, in keyset-paged queries. On SQLite
// the rows are read below QtSql, as bytes (the export's speed is the read's). DbFailure on a failed read.
void forEachStoredRow(Sql &sql, const reports::Scope &scope, const std::function<void(const StoredRow &)> &each,
                      int pageSize = 2000);

// Calls `each` for every record of `scope` (its units, period and includeMisuse; an export's scope has
// no service or device filter) of the `kinds` asked for, in capture order. Reads pages of `pageSize` rows with a
// keyset query (never the whole range at once), so memory does not grow with the range. Returns how
// many misuse-flagged records were left out. DbFailure on a failed read; a body that is not JSON is a
// DbFailure too (the table only ever holds verified records).
qint64 forEachRecord(Sql &sql, const reports::Scope &scope, const RecordKinds &kinds,
                     const std::function<void(const ExportRecord &)> &each, int pageSize = 2000);

} // namespace suara::server::exports
