#pragma once

#include "db/sql.h"
#include "period.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <functional>

namespace suara::server::exports {

// What an export is about, after the API has checked the viewer's rights on every unit in it.
struct ExportScope
{
    QStringList units; // unit codes, at least one
    DateRange range;
    bool includeMisuse = false; // records flagged as suspected misuse are left out unless asked for
};

// One stored record as the writers need it; `json` is the parsed body.
struct ExportRecord
{
    QString deviceId;
    qint64 seq = 0;
    QString recordId;
    QString type;
    QString receivedAt;  // ISO UTC, as stored
    QDateTime captured;  // in the device's local time (its offset as recorded)
    QJsonObject json;
    bool misuse = false;
};

// Calls `each` for every record of `scope` in capture order. Reads pages of `pageSize` rows with a
// keyset query (never the whole range at once), so memory does not grow with the range. Returns how
// many misuse-flagged records were left out. DbFailure on a failed read; a body that is not JSON is a
// DbFailure too (the table only ever holds verified records).
qint64 forEachRecord(Sql &sql, const ExportScope &scope, const std::function<void(const ExportRecord &)> &each,
                     int pageSize = 2000);

} // namespace suara::server::exports
