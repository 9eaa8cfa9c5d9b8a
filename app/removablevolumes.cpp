#include "removablevolumes.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace suara {

namespace {
QStringList overrideRoots()
{
    const QString roots = qEnvironmentVariable("SUARA_REMOVABLE_ROOTS");
    return roots.split(QLatin1Char(':'), Qt::SkipEmptyParts);
}

RemovableVolume describe(const QStorageInfo &storage, const QString &root)
{
    RemovableVolume v;
    v.rootPath = QDir::cleanPath(root);
    v.key = v.rootPath;
    v.name = storage.name().isEmpty() ? QFileInfo(v.rootPath).fileName() : storage.name();
    v.bytesFree = storage.bytesAvailable();
    // A mount that is writable can still refuse this user (a stick formatted elsewhere, a chmod).
    v.readOnly = storage.isReadOnly() || !QFileInfo(v.rootPath).isWritable();
    return v;
}
} // namespace

QList<RemovableVolume> removableVolumes()
{
    QList<RemovableVolume> out;
    if (const QStringList roots = overrideRoots(); !roots.isEmpty()) {
        for (const QString &root : roots) {
            if (QFileInfo(root).isDir())
                out.append(describe(QStorageInfo(root), root));
        }
        return out;
    }
    for (const QStorageInfo &storage : QStorageInfo::mountedVolumes()) {
        const QString root = storage.rootPath();
        if (storage.isValid() && storage.isReady()
            && (root.startsWith(QLatin1String("/media/")) || root.startsWith(QLatin1String("/run/media/"))))
            out.append(describe(storage, root));
    }
    return out;
}

bool isMountedVolume(const QString &rootPath)
{
    const QString clean = QDir::cleanPath(rootPath);
    const QList<RemovableVolume> volumes = removableVolumes();
    return std::any_of(volumes.begin(), volumes.end(), [&](const RemovableVolume &v) { return v.rootPath == clean; });
}

} // namespace suara
