#pragma once

#include "domain/evidencefile.h"
#include "storeerror.h"
#include "storeresult.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace suara {

// The device store's `evidence` table (migration 4): the photo and signature files of officers'
// reports, kept until the server has them and afterwards too (nothing on the device is deleted).
class EvidenceStore
{
public:
    explicit EvidenceStore(QSqlDatabase db);

    // Inside the caller's transaction (LocalStore::append calls it for a draft's files, with recordId
    // set). The file must be valid (EvidenceFile::problem()); the same bytes named by a second record
    // are kept once, under the first record.
    StoreError add(const EvidenceFile &file);
    // Files the server has not confirmed, oldest record first; `limit` < 0 for all of them.
    StoreResult<QList<EvidenceFile>> unsent(int limit = -1) const;
    // Unsent files whose record the server has acknowledged (outbox `synced`): the ones an upload may
    // send now; the server refuses a file before its record (protocol §5.5). Oldest first.
    StoreResult<QList<EvidenceFile>> uploadable(int limit = -1) const;
    // Every file, sent or not (a bundle of all records, to rebuild a lost server).
    StoreResult<QList<EvidenceFile>> all() const;
    // How many files the server has not confirmed yet (the sync status's "evidence waiting").
    StoreResult<qint64> waitingCount() const;
    // nullopt inside an ok() result: no file with this hash.
    StoreResult<std::optional<EvidenceFile>> file(const QString &sha256) const;
    StoreResult<QList<EvidenceFile>> ofRecord(const QString &recordId) const;
    // The server confirmed it (an upload's 200/201, or an import of the bundle that carried it). Marking a
    // file that is already sent is a no-op; an unknown hash is an error.
    StoreError markSent(const QString &sha256, const QDateTime &at);

private:
    StoreResult<QList<EvidenceFile>> select(const QString &where, const QVariantList &binds, int limit) const;

    QSqlDatabase m_db;
};

} // namespace suara
