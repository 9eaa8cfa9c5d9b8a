#pragma once

#include "db/sql.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace suara::server::alerts {

// Integrity alerts of protocol §5.3. Each open alert is unique per (device, kind, key) in the
// database, so repeated or concurrent pushes never raise the same fact twice.
enum class Kind { SequenceGap, AlteredRecord, ChainBreak, Conflict, ClockSkew };
[[nodiscard]] QString kindName(Kind kind);

struct NewAlert
{
    Kind kind = Kind::SequenceGap;
    QString dedupKey;
    std::optional<qint64> firstSeq;
    std::optional<qint64> lastSeq;
    QString recordId;
    QJsonObject detail;
};
void raise(Sql &sql, const QString &deviceId, const QString &unitCode, const NewAlert &alert);

// Recomputes which sequence numbers of the device are missing below max(highest stored, reported
// last_seq): raises an alert for every newly missing range and resolves those whose records all
// arrived. Also advances the device's contiguous watermark, so the work is proportional to the
// records above the first gap, not to the device's history.
void evaluateGaps(Sql &sql, const QString &deviceId, const QString &unitCode);

// §5.4: more than the limit off raises clock_skew; a push within the limit resolves it.
void noteClock(Sql &sql, const QString &deviceId, const QString &unitCode, std::optional<qint64> skewSeconds);

struct Row
{
    qint64 id = 0;
    QString deviceId;
    QString unitCode;
    QString kind;
    std::optional<qint64> firstSeq;
    std::optional<qint64> lastSeq;
    QString recordId;
    QJsonObject detail;
    QString raisedAt;
    QString resolvedAt;

    [[nodiscard]] QJsonObject toJson() const;
};
struct Filter
{
    QString unitCode;
    QString deviceId;
    bool openOnly = false;
    std::optional<qint64> beforeId; // paging: only alerts older than this id
    int limit = 1000;
};
[[nodiscard]] QList<Row> list(Sql &sql, const Filter &filter);

} // namespace suara::server::alerts
