#include "csvexport.h"

#include "csvwriter.h"
#include "exportfailure.h"
#include "recordcolumns.h"

namespace suara::server::exports {

qint64 writeRecordsCsv(Sql &sql, const reports::Scope &scope, char separator, QIODevice *out)
{
    const RecordColumns columns;
    CsvWriter csv(out, separator);
    csv.writeRow(columns.header());
    qint64 written = 0;
    CellRow row;
    forEachRecord(sql, scope, [&](const ExportRecord &r) {
        columns.fill(r, row);
        csv.writeRow(row);
        ++written;
    });
    if (!csv.finish())
        failWriting(csv.errorString());
    return written;
}

} // namespace suara::server::exports
