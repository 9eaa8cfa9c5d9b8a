#pragma once

#include "db/sql.h"
#include "protocol/pushbatch.h"

#include <functional>

namespace suara::server::bundleimport {

struct Outcome
{
    QString deviceId;
    QString unitCode;
    bool enrolled = false; // the bundle's enrollment code enrolled the device just now
    QList<protocol::RecordResult> results;
    QStringList evidenceStored; // hashes of the evidence files kept now
    QStringList evidenceDuplicate; // … and of those the server already had
};

// Imports an offline bundle (protocol §6) in one transaction: verified as a whole first (a bad one is
// refused entirely), then enrolled through its code if it carries one, then stored exactly like a
// push. `mayImportInto(unitCode)` lets the caller refuse units it may not write to (forbidden).
// Importing the same bundle twice answers `duplicate` for every record. Every evidence file must be
// named by a record of the device (this bundle's or an earlier one): one that is not refuses the
// bundle (bad_bundle), like a damaged one (readBundle).
[[nodiscard]] Outcome run(Sql &sql, const QByteArray &file, qint64 maxDecompressed,
                          const std::function<bool(const QString &unitCode)> &mayImportInto);

} // namespace suara::server::bundleimport
