#include "keyfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace suara::keyfile {

namespace {
constexpr char kMagic[] = "suara-device-key 1";

StoreError fileError(const QString &what, const QString &path)
{
    const int e = errno;
    const StoreError::Kind kind = e == ENOSPC       ? StoreError::Kind::DiskFull
        : (e == EROFS || e == EACCES || e == EPERM) ? StoreError::Kind::ReadOnly
                                                    : StoreError::Kind::Other;
    return StoreError::make(kind,
                            QStringLiteral("%1 %2: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(e))));
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

bool syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}
} // namespace

QString pathFor(const QString &storePath)
{
    const QFileInfo info(storePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".key"));
}

StoreResult<std::optional<Contents>> read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return std::optional<Contents>();
    if (!file.open(QIODevice::ReadOnly))
        return StoreError::make(StoreError::Kind::Other,
                                QStringLiteral("reading %1: %2").arg(path, file.errorString()));
    const QList<QByteArray> lines = file.readAll().split('\n');
    if (lines.size() < 3 || lines.at(0) != kMagic || lines.at(1).isEmpty())
        return StoreError::make(StoreError::Kind::Corrupt, QStringLiteral("%1 is not a Suara device key").arg(path));
    Contents c{QString::fromLatin1(lines.at(1)), QByteArray::fromBase64(lines.at(2))};
    if (c.secret.isEmpty())
        return StoreError::make(StoreError::Kind::Corrupt, QStringLiteral("%1 holds no key").arg(path));
    return std::optional<Contents>(c);
}

StoreError write(const QString &path, const Contents &contents)
{
    const QString temp = path + QStringLiteral(".new");
    const QByteArray name = QFile::encodeName(temp);
    ::unlink(name.constData()); // a leftover of a write that was cut short
    // 0600 from the first byte: the secret is never readable by others, not even for a moment.
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return fileError(QStringLiteral("creating"), temp);
    const QByteArray data =
        QByteArray(kMagic) + '\n' + contents.deviceId.toLatin1() + '\n' + contents.secret.toBase64() + '\n';
    if (!writeAll(fd, data) || ::fsync(fd) != 0) {
        const StoreError err = fileError(QStringLiteral("writing"), temp);
        ::close(fd);
        ::unlink(name.constData());
        return err;
    }
    if (::close(fd) != 0 || ::rename(name.constData(), QFile::encodeName(path).constData()) != 0) {
        const StoreError err = fileError(QStringLiteral("saving"), path);
        ::unlink(name.constData());
        return err;
    }
    if (!syncDirectory(QFileInfo(path).absolutePath()))
        return fileError(QStringLiteral("syncing the folder of"), path);
    return {};
}

} // namespace suara::keyfile
