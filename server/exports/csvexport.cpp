#include "csvexport.h"

#include "exportfailure.h"
#include "exports/recordcsv.h"

namespace suara::server::exports {

qint64 writeRecordsCsv(Sql &sql, const reports::Scope &scope, const RecordKinds &kinds, char separator, QIODevice *out)
{
    RecordCsv csv(out, separator);
    forEachRecord(sql, scope, kinds, [&](const ExportRecord &r) { csv.add(r); });
    if (!csv.finish())
        failWriting(csv.errorString());
    return csv.written();
}

} // namespace suara::server::exports
