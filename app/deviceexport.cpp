#include "deviceexport.h"

#include "bundleexport.h"
#include "exports/recordcsv.h"
#include "exports/xlsxbook.h"
#include "outbox.h"
#include "removablevolumes.h"
#include "stickfile.h"
#include "store/localstore.h"
#include "syncmeta.h"

#include <QFile>
#include <QStorageInfo>
#include <QTemporaryDir>

namespace suara {

namespace {
constexpr int kPage = 2000;
constexpr char kSeparator = ';'; // the server's default: Indonesian spreadsheets read ',' as the decimal mark

DeviceExportResult failure(DeviceExportProblem problem, const QString &detail)
{
    DeviceExportResult r;
    r.problem = problem;
    r.detail = detail;
    return r;
}

// What a failed write on the stick means for the admin: the errno first, then the stick itself (one
// pulled out mid-write answers EIO or ENODEV, and is then no longer mounted).
DeviceExportResult stickFailure(const StickFile &file, const QString &root)
{
    switch (file.errorNumber()) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return failure(DeviceExportProblem::Full, file.errorString());
    case EROFS:
    case EACCES:
    case EPERM:
        return failure(DeviceExportProblem::ReadOnly, file.errorString());
    default:
        return failure(isMountedVolume(root) ? DeviceExportProblem::Failed : DeviceExportProblem::NoVolume,
                       file.errorString());
    }
}

// Calls `each` for every record of the store in sequence order, a page at a time.
StoreError forEachRecord(const LocalStore &store, qint64 total, const ExportProgress &progress, int share,
                         const std::function<void(const recordexport::ExportRecord &)> &each)
{
    recordexport::ExportRecord r; // reused: its buffers keep their capacity
    r.deviceId = store.deviceId().toUtf8();
    qint64 after = 0;
    qint64 done = 0;
    for (;;) {
        const StoreResult<QList<Record>> page = store.records(after, kPage);
        if (!page.ok())
            return page.error();
        for (const Record &rec : *page) {
            r.seq = rec.seq;
            r.recordId = rec.id.toUtf8();
            r.type = recordTypeName(rec.type).toUtf8();
            r.body = rec.body;
            const int tz = recordexport::readBody(r);
            if (tz == recordexport::kNotAnObject)
                return StoreError::make(StoreError::Kind::Other,
                                        QStringLiteral("record %1 has a body that is not a JSON object").arg(rec.seq));
            r.captured = rec.capturedUtc().toOffsetFromUtc(tz * 60);
            each(r);
            after = rec.seq;
            ++done;
        }
        if (total > 0)
            progress(int(std::min<qint64>(done, total) * share / total));
        if (page->size() < kPage)
            return {};
    }
}

// Copies a finished local file onto the stick through a StickFile.
DeviceExportResult copyToStick(const QString &from, const DeviceExportRequest &request, const QString &name,
                               const ExportProgress &progress, int startAt)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return failure(DeviceExportProblem::Failed, QStringLiteral("%1: %2").arg(from, in.errorString()));
    StickFile out(request.volumeRoot, name);
    out.failAtByte(request.failAtByte);
    if (!out.create())
        return stickFailure(out, request.volumeRoot);
    const qint64 size = in.size();
    QByteArray chunk;
    while (!in.atEnd()) {
        chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return failure(DeviceExportProblem::Failed, QStringLiteral("%1: %2").arg(from, in.errorString()));
        if (out.write(chunk) != chunk.size())
            return stickFailure(out, request.volumeRoot);
        if (size > 0)
            progress(startAt + int(out.written() * (1000 - startAt) / size));
    }
    if (!out.commit())
        return stickFailure(out, request.volumeRoot);
    DeviceExportResult r;
    r.fileName = name;
    r.bytes = out.written();
    return r;
}

DeviceExportResult writeCsv(const LocalStore &store, qint64 total, const DeviceExportRequest &request,
                            const QString &name, const ExportProgress &progress)
{
    StickFile out(request.volumeRoot, name);
    out.failAtByte(request.failAtByte);
    if (!out.create())
        return stickFailure(out, request.volumeRoot);
    recordexport::RecordCsv csv(&out, kSeparator);
    if (StoreError err = forEachRecord(store, total, progress, 990, [&](const auto &r) { csv.add(r); }); !err.ok())
        return failure(DeviceExportProblem::StoreFailed, err.message);
    if (!csv.finish() || !out.commit())
        return stickFailure(out, request.volumeRoot);
    progress(1000);
    DeviceExportResult r;
    r.fileName = name;
    r.records = csv.written();
    r.bytes = out.written();
    return r;
}

DeviceExportResult writeXlsx(const LocalStore &store, qint64 total, const DeviceExportRequest &request,
                             const QString &name, const ExportProgress &progress)
{
    // libxlsxwriter writes a path of its own: the workbook is made on the device, then copied.
    QTemporaryDir local;
    if (!local.isValid())
        return failure(DeviceExportProblem::Failed, QStringLiteral("no temporary directory: ") + local.errorString());
    const QString path = local.filePath(name);
    qint64 records = 0;
    try {
        recordexport::XlsxBook book(path, local.path());
        recordexport::XlsxDataSheets data(book);
        if (StoreError err = forEachRecord(store, total, progress, 800, [&](const auto &r) { data.add(r); }); !err.ok())
            return failure(DeviceExportProblem::StoreFailed, err.message);
        book.close();
        records = data.written();
    } catch (const recordexport::WriteFailure &f) {
        return failure(DeviceExportProblem::Failed, f.message);
    }
    DeviceExportResult r = copyToStick(path, request, name, progress, 800);
    r.records = records;
    return r;
}

DeviceExportResult writeBundle(LocalStore &store, const DeviceExportRequest &request, const QString &name,
                               const ExportProgress &progress)
{
    QTemporaryDir local;
    if (!local.isValid())
        return failure(DeviceExportProblem::Failed, QStringLiteral("no temporary directory: ") + local.errorString());
    const QString path = local.filePath(name);
    const sync::Outbox outbox(&store);
    const sync::SyncMeta meta(&store);
    const sync::BundleExportResult bundle = sync::exportBundle(store, outbox, meta, path);
    if (!bundle.failure.ok())
        return failure(bundle.failure.error == sync::SyncError::StoreFailed ? DeviceExportProblem::StoreFailed
                                                                            : DeviceExportProblem::Failed,
                       bundle.failure.detail);
    progress(300);
    DeviceExportResult r = copyToStick(path, request, name, progress, 300);
    r.records = bundle.records;
    return r;
}
} // namespace

DeviceExportResult runDeviceExport(const DeviceExportRequest &request, const ExportProgress &progress)
{
    if (!isMountedVolume(request.volumeRoot))
        return failure(DeviceExportProblem::NoVolume, QStringLiteral("%1 is not mounted").arg(request.volumeRoot));
    LocalStore store(request.storePath);
    if (StoreError err = store.open(LocalStore::Access::ReadOnly); !err.ok())
        return failure(DeviceExportProblem::StoreFailed, err.message);
    const StoreResult<qint64> total = store.lastSeq();
    if (!total.ok())
        return failure(DeviceExportProblem::StoreFailed, total.error().message);
    const QString stem = QStringLiteral("suara-%1-%2")
                             .arg(store.deviceId().left(8), request.now.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    switch (request.kind) {
    case DeviceExportKind::Csv:
        return writeCsv(store, *total, request, stem + QLatin1String(".csv"), progress);
    case DeviceExportKind::Xlsx:
        return writeXlsx(store, *total, request, stem + QLatin1String(".xlsx"), progress);
    case DeviceExportKind::Bundle:
        return writeBundle(store, request, stem + QLatin1String(".suara"), progress);
    }
    return failure(DeviceExportProblem::Failed, QStringLiteral("unknown export kind"));
}

} // namespace suara
