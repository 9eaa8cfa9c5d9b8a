#pragma once

#include "syncerror.h"

#include <QString>

namespace suara {
class LocalStore;
}

namespace suara::sync {

class Outbox;
class SyncMeta;

// Offline bundles (protocol §6): the device's records in a signed, gzip-compressed file for a USB stick.
// Exporting marks nothing synced: only the server's answer to an import can do that.
struct BundleExportOptions
{
    bool allRecords = false; // every record, not only the pending ones (e.g. to rebuild a lost server)
    QString enrollmentCode; // overrides the stored code
};

struct BundleExportResult
{
    SyncFailure failure;
    qint64 records = 0;
    qint64 evidenceFiles = 0; // photo and signature files carried with the records
    qint64 bytes = 0;
    bool carriesEnrollmentCode = false;
};

// Written atomically (QSaveFile): a cut power or a pulled stick leaves the old file or none, never half.
// The enrollment code goes in when the device has never been enrolled online (or when one is given).
// The evidence files the server has not confirmed go with the records (every file with allRecords).
[[nodiscard]] BundleExportResult exportBundle(const LocalStore &store, const Outbox &outbox, const SyncMeta &meta,
                                              const QString &path, const BundleExportOptions &options = {});

} // namespace suara::sync
