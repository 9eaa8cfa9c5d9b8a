#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace suara {

// What the admin area can put on a USB stick: the device's own records as the server's CSV or as the
// server's XLSX data sheets (the same columns and numbers: core/exports), or the offline bundle
// (protocol §6) for a server the kiosk cannot reach.
enum class DeviceExportKind { Csv, Xlsx, Bundle };

// Why an export did not complete, in the terms the admin can act on.
enum class DeviceExportProblem {
    None,
    NoVolume, // the stick is not (or no longer) plugged in
    Full,
    ReadOnly,
    StoreFailed, // the device's own records could not be read
    Failed, // anything else; `detail` says what
};

struct DeviceExportRequest
{
    DeviceExportKind kind = DeviceExportKind::Csv;
    QString storePath; // the device store, opened read-only on the worker's own connection
    QString volumeRoot; // one of removableVolumes()
    QDateTime now; // names the file
    qint64 failAtByte = -1; // the tests' full stick (StickFile::failAtByte)
};

struct DeviceExportResult
{
    DeviceExportProblem problem = DeviceExportProblem::None;
    QString detail; // technical, for the log
    QString fileName; // on the stick, once complete
    qint64 records = 0;
    qint64 bytes = 0;
    [[nodiscard]] bool ok() const { return problem == DeviceExportProblem::None; }
};

// Progress in thousandths.
using ExportProgress = std::function<void(int)>;

// Runs one export to completion on the calling thread (a worker: it opens its own store connection).
// The file appears on the stick under its final name only when every byte is written and flushed
// (StickFile); on any failure nothing is left there.
[[nodiscard]] DeviceExportResult runDeviceExport(const DeviceExportRequest &request, const ExportProgress &progress);

} // namespace suara
