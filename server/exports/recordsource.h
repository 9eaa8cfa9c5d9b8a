#pragma once

#include "bodyscanner.h"
#include "db/sql.h"
#include "reports/scope.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <functional>
#include <limits>

namespace suara::server::exports {

// One stored record as the writers need it. The body is read in place when it is in the canonical
// form the devices write (`scanned`, bodyscanner.h) and parsed with QJsonDocument only
// when it is not (`json`): the writers take whichever is there, with the same result.
struct ExportRecord
{
    QByteArray deviceId;
    qint64 seq = 0;
    QByteArray recordId;
    QByteArray type;
    QByteArray receivedAt; // ISO UTC, as stored
    QDateTime captured; // in the device's local time (its offset as recorded)
    QByteArray body; // as signed
    bool canonical = false;
    JsonBody scanned; // canonical: the body read in place, spans into `body`
    QJsonObject json; // not canonical: the parsed body
    bool misuse = false;

    // The parsed body whichever way it was read (for the reference path and the tests).
    [[nodiscard]] QJsonObject object() const;
};

// Reads `record.body` into canonical/top or json and misuse; returns the body's tz in minutes (0 when
// it has none, as QJsonValue::toInt), or kNotAnObject when the body is not a JSON object at all.
inline constexpr int kNotAnObject = std::numeric_limits<int>::min();
[[nodiscard]] int readBody(ExportRecord &record);

// Calls `each` for every record of `scope` (its units, period and includeMisuse; an export's scope has
// no service or device filter) in capture order. Reads pages of `pageSize` rows with a
// keyset query (never the whole range at once), so memory does not grow with the range. Returns how
// many misuse-flagged records were left out. DbFailure on a failed read; a body that is not JSON is a
// DbFailure too (the table only ever holds verified records).
qint64 forEachRecord(Sql &sql, const reports::Scope &scope, const std::function<void(const ExportRecord &)> &each,
                     int pageSize = 2000);

} // namespace suara::server::exports
