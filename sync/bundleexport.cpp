#include "bundleexport.h"

#include "outbox.h"
#include "syncmeta.h"

#include "protocol/bundle.h"
#include "protocol/enrollment.h"
#include "protocol/protocol.h"
#include "store/evidencestore.h"
#include "store/localstore.h"

#include <QSaveFile>

namespace suara::sync {

namespace {
constexpr int kChunk = 1000;

StoreResult<QList<Record>> pendingRecords(const LocalStore &store, const Outbox &outbox)
{
    // nextPending() in one go: the outbox index makes it cheap, and records are read in chunks.
    const StoreResult<QList<qint64>> seqs = outbox.nextPending(std::numeric_limits<int>::max());
    if (!seqs.ok())
        return seqs.error();
    QList<Record> out;
    out.reserve(seqs->size());
    for (qsizetype i = 0; i < seqs->size(); i += kChunk) {
        const StoreResult<QList<Record>> chunk = store.recordsBySeq(seqs->mid(i, kChunk));
        if (!chunk.ok())
            return chunk.error();
        out.append(*chunk);
    }
    return out;
}
} // namespace

BundleExportResult exportBundle(const LocalStore &store, const Outbox &outbox, const SyncMeta &meta,
                                const QString &path, const BundleExportOptions &options)
{
    BundleExportResult result;
    const std::optional<DeviceKey> key = store.deviceKey();
    if (!store.isOpen() || !key) {
        result.failure = {SyncError::StoreFailed, QStringLiteral("the device store is not open")};
        return result;
    }
    const StoreResult<QList<Record>> read = options.allRecords ? store.records() : pendingRecords(store, outbox);
    const StoreResult<bool> enrolled = meta.isEnrolled();
    const StoreResult<QString> storedCode = meta.enrollmentCode();
    const StoreResult<qint64> lastSeq = store.lastSeq();
    const EvidenceStore evidenceStore(store.database());
    const StoreResult<QList<EvidenceFile>> evidence = options.allRecords ? evidenceStore.all() : evidenceStore.unsent();
    // A bundle from a store that did not answer could leave records out without a word.
    if (StoreError err = firstError(read, enrolled, storedCode, lastSeq, evidence); !err.ok()) {
        result.failure = {SyncError::StoreFailed, err.message};
        return result;
    }
    const QList<Record> &records = *read;
    QString code = options.enrollmentCode;
    if (code.isEmpty() && !*enrolled)
        code = *storedCode;
    code = protocol::normalizeEnrollmentCode(code);

    const QByteArray file =
        protocol::writeBundle(store.deviceId(), *key, *lastSeq, records, protocol::formatEnrollmentCode(code),
                              QDateTime::currentDateTimeUtc(), *evidence);
    if (file.isEmpty()) {
        result.failure = {SyncError::FileFailed, QStringLiteral("the bundle could not be compressed")};
        return result;
    }
    if (file.size() > protocol::kMaxBundleBytes) {
        result.failure = {SyncError::FileFailed,
                          QStringLiteral("the bundle would be %1 MiB, more than the server accepts (%2 MiB)")
                              .arg(file.size() >> 20)
                              .arg(protocol::kMaxBundleBytes >> 20)};
        return result;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file) != file.size() || !out.commit()) {
        result.failure = {SyncError::FileFailed, QStringLiteral("%1: %2").arg(path, out.errorString())};
        return result;
    }
    result.records = records.size();
    result.evidenceFiles = evidence->size();
    result.bytes = file.size();
    result.carriesEnrollmentCode = !code.isEmpty();
    return result;
}

} // namespace suara::sync
