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
};

// Imports an offline bundle (protocol §6) in one transaction: verified as a whole first (a bad one is
// refused entirely), then enrolled through its code if it carries one, then stored exactly like a
// push. `mayImportInto(unitCode)` lets the caller refuse units it may not write to (forbidden).
// Importing the same bundle twice answers `duplicate` for every record.
[[nodiscard]] Outcome run(Sql &sql, const QByteArray &file, qint64 maxDecompressed,
                          const std::function<bool(const QString &unitCode)> &mayImportInto);

} // namespace suara::server::bundleimport
