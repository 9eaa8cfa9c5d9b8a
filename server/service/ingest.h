#pragma once

#include "db/sql.h"
#include "devices.h"
#include "protocol/pushbatch.h"
#include "protocol/wirerecord.h"

#include <QJsonObject>
#include <optional>

namespace suara::server::ingest {

struct Batch
{
    devices::Device device;
    qint64 reportedLastSeq = 0;
    QList<Record> records;
    std::optional<qint64> clockSkewSeconds; // device clock minus server clock, when the device sent its time
    QString source; // "push" or "bundle"
};

// The hash, signature and body checks of every record (protocol §5.1). They need no database, so they
// run before the transaction: the write lock is held for writing only.
// For an accepted verdict it also holds everything the write needs, prepared here on the worker that
// checked it (in parallel with other requests) so that the write lock covers SQL only: the body parsed
// once for the aggregates and the register, and the column texts.
struct Checked
{
    protocol::Verdict verdict = protocol::Verdict::MalformedBody;
    protocol::BodyInfo body;
    QJsonObject object; // the body, parsed
    QString bodyText;
    QString prevHex;
    QString hashHex;
    QString signatureBase64;
    QString capturedAt;
};
[[nodiscard]] QList<Checked> check(const Batch &batch);

// Stores a checked batch (protocol §5) and answers one result per record, in order. Runs inside the
// caller's write transaction, which must hold the device lock (Sql::lockDevice): alert bookkeeping needs
// one writer per device. Exactly once does not: every record goes in with INSERT … ON CONFLICT DO NOTHING
// under the (device, record id) and (device, seq) constraints, and is classified afterwards.
[[nodiscard]] QList<protocol::RecordResult> store(Sql &sql, const Batch &batch, const QList<Checked> &checked);

} // namespace suara::server::ingest
