#pragma once

#include <QList>
#include <QString>

namespace suara {

// A USB stick (or SD card) the admin can export to.
struct RemovableVolume
{
    QString key; // the mount point, which tells volumes apart in a list
    QString rootPath; // where it is mounted
    QString name; // its label, else the last part of the mount point
    qint64 bytesFree = 0;
    bool readOnly = false;
    bool operator==(const RemovableVolume &) const = default;
};

// The mounted volumes under the desktop's automount roots (/media, /run/media); an empty list when
// none is plugged in. SUARA_REMOVABLE_ROOTS (directories separated by ':') replaces the search: each
// listed directory that exists is one volume, as the tests and a kiosk with its own mount rules need.
[[nodiscard]] QList<RemovableVolume> removableVolumes();

// Whether `rootPath` is still one of them (a stick pulled out between the choice and the export).
[[nodiscard]] bool isMountedVolume(const QString &rootPath);

} // namespace suara
