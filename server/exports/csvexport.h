#pragma once

#include "recordsource.h"

#include <QIODevice>

namespace suara::server::exports {

// The raw-record CSV (docs/api.md "Exports"): a header row and one row per record of `scope`, written
// to `out` page by page, of the record kinds the caller may read. Throws DbFailure on a failed read and ApiFailure
// (failWriting) on a failed write. Returns the number of records written.
qint64 writeRecordsCsv(Sql &sql, const reports::Scope &scope, const RecordKinds &kinds, char separator, QIODevice *out);

} // namespace suara::server::exports
