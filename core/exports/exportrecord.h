#pragma once

#include "bodyscanner.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <limits>

namespace suara::recordexport {

// One stored record as the writers need it, whether it comes from the server's `records` table or from
// a device's own store. The body is read in place when it is in the canonical form the devices write
// (`scanned`, bodyscanner.h) and parsed with QJsonDocument only when it is not (`json`): the writers take
// whichever is there, with the same result.
struct ExportRecord
{
    QByteArray deviceId;
    qint64 seq = 0;
    QByteArray recordId;
    QByteArray type;
    QByteArray receivedAt; // ISO UTC, as stored (empty on the device: not received yet)
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

// What the shared writers throw when the output cannot be written (disk full, a cell the format
// cannot hold); the server turns it into its API error, the device into its message.
struct WriteFailure
{
    QString message;
};

} // namespace suara::recordexport
