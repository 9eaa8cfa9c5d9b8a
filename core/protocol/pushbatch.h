#pragma once

#include "apierror.h"
#include "domain/record.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace suara::protocol {

// POST /api/v1/records (protocol §5).
struct PushRequest
{
    QString deviceId;
    qint64 lastSeq = 0; // the highest seq the device has ever written, sent or not
    QList<Record> records;

    [[nodiscard]] QByteArray toJson() const;
    // Strict: unknown fields, wrong types and impossible values are errors naming the field;
    // more than maxRecords records is batch_too_large (checked before any record is parsed).
    static std::optional<PushRequest> parse(const QByteArray &json, ApiError *error, int maxRecords = 500);
};

enum class RecordStatus { Accepted, Duplicate, Conflict, Rejected };
[[nodiscard]] QString recordStatusName(RecordStatus status);
[[nodiscard]] std::optional<RecordStatus> recordStatusFromName(const QString &name);

struct RecordResult
{
    QString id;
    qint64 seq = 0;
    RecordStatus status = RecordStatus::Rejected;
    QString reason; // rejected: bad_hash, bad_signature, malformed_body, mismatch; conflict: what clashed

    // Accepted and duplicate both mean "the server holds it": the device marks it synced.
    [[nodiscard]] bool isStored() const
    {
        return status == RecordStatus::Accepted || status == RecordStatus::Duplicate;
    }
};

struct PushResponse
{
    QList<RecordResult> results;
    QDateTime serverTime;

    [[nodiscard]] QByteArray toJson() const;
    // Types are checked, unknown fields ignored (a newer server may add some).
    static std::optional<PushResponse> parse(const QByteArray &json, ApiError *error);
    // One result per record, in request order, with the same ids and seqs: the only answer that may
    // mark anything synced (§8.2).
    [[nodiscard]] bool answers(const PushRequest &request) const;
};

// Shared by push and bundle import: the `results` array of §5.
[[nodiscard]] QJsonArray resultsToJson(const QList<RecordResult> &results);

} // namespace suara::protocol
