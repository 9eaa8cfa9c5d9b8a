#pragma once

#include "bodyscanner.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <limits>

namespace suara::recordexport {

// When a record was captured: the instant and the device's UTC offset as it recorded it, as numbers.
// The server reads both as numbers and keeps them so (a QDateTime with an offset costs a heap block and
// a calendar conversion for every date() of a million records); the device hands in its QDateTime.
struct CapturedTime
{
    qint64 utcMs = 0; // since the epoch
    int offsetS = 0; // east of UTC

    CapturedTime() = default;
    CapturedTime(qint64 utcMsSinceEpoch, int offsetSeconds)
        : utcMs(utcMsSinceEpoch)
        , offsetS(offsetSeconds)
    {
    }
    // Implicit: a QDateTime (at the device's offset) is what the device's export assigns.
    CapturedTime(const QDateTime &t) // NOLINT(google-explicit-constructor)
        : utcMs(t.toMSecsSinceEpoch())
        , offsetS(t.offsetFromUtc())
    {
    }
    // Milliseconds since the epoch of the device's wall clock.
    [[nodiscard]] qint64 localMs() const { return utcMs + qint64(offsetS) * 1000; }
    // The day in the device's local time, as days since 1970-01-01 (QDate::toJulianDay() - 2440588).
    [[nodiscard]] qint64 localDay() const
    {
        const qint64 ms = localMs();
        return ms >= 0 ? ms / 86'400'000 : -((-ms + 86'399'999) / 86'400'000);
    }
    [[nodiscard]] QDateTime toDateTime() const
    {
        return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::OffsetFromUTC, offsetS);
    }
};

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
    CapturedTime captured; // with the device's offset as recorded
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
