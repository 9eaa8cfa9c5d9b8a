#include "bundleexport.h"

#include "outbox.h"
#include "syncmeta.h"

#include "protocol/bundle.h"
#include "protocol/enrollment.h"
#include "protocol/protocol.h"
#include "store/localstore.h"

#include <QSaveFile>

namespace suara::sync {

namespace {
constexpr int kChunk = 1000;

QList<Record> pendingRecords(const LocalStore &store, const Outbox &outbox)
{
    // nextPending() in one go: the outbox index makes it cheap, and records are read in chunks.
    const QList<qint64> seqs = outbox.nextPending(std::numeric_limits<int>::max());
    QList<Record> out;
    out.reserve(seqs.size());
    for (qsizetype i = 0; i < seqs.size(); i += kChunk)
        out.append(store.recordsBySeq(seqs.mid(i, kChunk)));
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
    const QList<Record> records = options.allRecords ? store.records() : pendingRecords(store, outbox);
    QString code = options.enrollmentCode;
    if (code.isEmpty() && !meta.isEnrolled())
        code = meta.enrollmentCode();
    code = protocol::normalizeEnrollmentCode(code);

    const QByteArray file = protocol::writeBundle(store.deviceId(), *key, store.lastSeq(), records,
                                                  protocol::formatEnrollmentCode(code));
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
    result.bytes = file.size();
    result.carriesEnrollmentCode = !code.isEmpty();
    return result;
}

} // namespace suara::sync
