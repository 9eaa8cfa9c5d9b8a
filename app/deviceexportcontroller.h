#pragma once

#include "adminmodels.h"
#include "deviceexport.h"
#include "removablevolumes.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace suara {

class Clock;
class LanguageManager;
class LocalStore;

// The removable volumes, for the admin's choice.
class VolumeModel : public KeyedRows<RemovableVolume>
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { NameRole = Qt::UserRole + 1, PathRole, FreeRole, ReadOnlyRole };
    using KeyedRows::KeyedRows;
    [[nodiscard]] int count() const { return rowCount(); }
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

protected:
    void emitCount() override { emit countChanged(); }
};

// The admin area's exports to a USB stick (issue 6 item 7): lists the sticks, runs one export at a time
// on a worker thread (its own read-only store connection) and says in words what happened. "Done" is
// said only for a file that is complete and flushed on the stick (runDeviceExport).
// QML sees it only as the singleton `DeviceExport` (qmlsingletons.h): a QML macro of its own here would
// make a second, empty type of the same name there, and qmllint would not see its properties.
class DeviceExportController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(suara::VolumeModel *volumes READ volumes CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(double progress READ progress NOTIFY changed)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    enum Kind { Csv, Xlsx, Bundle };
    Q_ENUM(Kind)

    DeviceExportController(LocalStore *store, Clock *clock, LanguageManager *language, QObject *parent = nullptr);
    ~DeviceExportController() override;

    [[nodiscard]] VolumeModel *volumes() { return &m_volumes; }
    // Until the result is taken in (onFinished), not merely until the worker returns: the watcher's
    // finished signal arrives queued, and "not busy" must come with the result.
    [[nodiscard]] bool busy() const { return m_running; }
    [[nodiscard]] double progress() const { return m_progress / 1000.0; }
    [[nodiscard]] bool succeeded() const { return m_finished && m_result.ok(); }
    [[nodiscard]] QString message() const;
    [[nodiscard]] const DeviceExportResult &result() const { return m_result; }

    // Looks for sticks again (the section calls it when shown and on "Refresh").
    Q_INVOKABLE void refreshVolumes();
    // Starts an export to the volume at `volume` in `volumes`; ignored while one runs.
    Q_INVOKABLE void start(suara::DeviceExportController::Kind kind, int volume);
    // The tests' full stick: the next exports fail with ENOSPC past this byte (-1: never).
    void setFailAtByte(qint64 limit) { m_failAtByte = limit; }

signals:
    void changed();
    void finished(bool ok);

private:
    void onFinished();

    LocalStore *m_store;
    Clock *m_clock;
    VolumeModel m_volumes;
    QFutureWatcher<DeviceExportResult> m_watcher;
    DeviceExportResult m_result;
    bool m_running = false;
    bool m_finished = false;
    int m_progress = 0;
    qint64 m_failAtByte = -1;
};

} // namespace suara
