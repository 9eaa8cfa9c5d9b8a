#include "deviceexportcontroller.h"

#include "clock.h"
#include "languagemanager.h"
#include "store/localstore.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcDeviceExport, "suara.app.export")

namespace suara {

QVariant VolumeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RemovableVolume &v = m_rows.at(index.row());
    switch (role) {
    case NameRole:
        return v.name;
    case PathRole:
        return v.rootPath;
    case FreeRole:
        return QLocale().formattedDataSize(v.bytesFree);
    case ReadOnlyRole:
        return v.readOnly;
    default:
        return {};
    }
}

QHash<int, QByteArray> VolumeModel::roleNames() const
{
    return {{NameRole, "name"}, {PathRole, "path"}, {FreeRole, "free"}, {ReadOnlyRole, "readOnly"}};
}

DeviceExportController::DeviceExportController(LocalStore *store, Clock *clock, LanguageManager *language,
                                               QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
    connect(&m_watcher, &QFutureWatcher<DeviceExportResult>::finished, this, &DeviceExportController::onFinished);
    connect(&m_watcher, &QFutureWatcher<DeviceExportResult>::progressValueChanged, this, [this](int value) {
        m_progress = value;
        emit changed();
    });
    connect(language, &LanguageManager::languageChanged, this, &DeviceExportController::changed);
}

DeviceExportController::~DeviceExportController()
{
    // The worker's store connection must close before the store's files can go away.
    m_watcher.waitForFinished();
}

void DeviceExportController::refreshVolumes()
{
    m_volumes.setRows(removableVolumes());
    emit changed(); // the message depends on whether there is a stick
}

void DeviceExportController::start(Kind kind, int volume)
{
    if (busy())
        return;
    DeviceExportRequest request;
    request.kind = kind == Xlsx ? DeviceExportKind::Xlsx
        : kind == Bundle        ? DeviceExportKind::Bundle
                                : DeviceExportKind::Csv;
    request.storePath = m_store->path();
    request.volumeRoot =
        volume >= 0 && volume < m_volumes.rows().size() ? m_volumes.rows().at(volume).rootPath : QString();
    request.now = m_clock->now();
    request.failAtByte = m_failAtByte;
    m_running = true;
    m_finished = false;
    m_progress = 0;
    m_watcher.setFuture(QtConcurrent::run([request](QPromise<DeviceExportResult> &promise) {
        promise.setProgressRange(0, 1000);
        promise.addResult(runDeviceExport(request, [&promise](int value) { promise.setProgressValue(value); }));
    }));
    emit changed();
}

void DeviceExportController::onFinished()
{
    m_result = m_watcher.result();
    m_running = false;
    m_finished = true;
    if (m_result.ok())
        m_progress = 1000;
    else
        qCWarning(lcDeviceExport) << "export failed:" << m_result.detail;
    refreshVolumes(); // the free space changed, or the stick went away
    emit changed();
    emit finished(m_result.ok());
}

QString DeviceExportController::message() const
{
    if (busy())
        return tr("Writing to the stick… Do not pull it out.");
    if (!m_finished)
        return m_volumes.rows().isEmpty() ? tr("No USB stick found. Plug one in, then tap Refresh.") : QString();
    switch (m_result.problem) {
    case DeviceExportProblem::None:
        return tr("Done: %1 (%n record(s)). The stick can be removed.", nullptr, int(m_result.records))
            .arg(m_result.fileName);
    case DeviceExportProblem::NoVolume:
        return tr("The USB stick is not there any more. Plug it in again and retry; nothing was written.");
    case DeviceExportProblem::Full:
        return tr("The USB stick is full. Free some space or use another stick; nothing was written.");
    case DeviceExportProblem::ReadOnly:
        return tr("The USB stick cannot be written (read-only or locked). Unlock it or use another stick.");
    case DeviceExportProblem::StoreFailed:
        return tr("The answers on this device could not be read, so nothing was written. Try again; if it "
                  "persists, contact the unit's technician.");
    case DeviceExportProblem::Failed:
        break;
    }
    return tr("The export did not complete, so nothing was written. Try again or use another stick.");
}

} // namespace suara
