#include "stickfile.h"

#include <QDir>
#include <QFile>

#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace suara {

StickFile::StickFile(const QString &dir, const QString &name)
    : m_dir(QDir::cleanPath(dir))
    , m_final(m_dir + QLatin1Char('/') + name)
    , m_part(m_dir + QLatin1String("/.") + name + QLatin1String(".part"))
{
}

StickFile::~StickFile()
{
    discard();
}

bool StickFile::create()
{
    const QByteArray path = QFile::encodeName(m_part);
    m_fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (m_fd < 0)
        return fail(errno, QStringLiteral("cannot create %1").arg(m_part));
    return QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 StickFile::writeData(const char *data, qint64 size)
{
    if (m_fd < 0 || m_errno != 0)
        return -1;
    qint64 done = 0;
    while (done < size) {
        qint64 chunk = size - done;
        if (m_failAt >= 0 && m_written + chunk > m_failAt) {
            chunk = m_failAt - m_written;
            if (chunk <= 0) {
                fail(m_failErrno, QStringLiteral("writing %1").arg(m_part));
                return -1;
            }
        }
        const ssize_t n = ::write(m_fd, data + done, size_t(chunk));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            fail(n < 0 ? errno : EIO, QStringLiteral("writing %1").arg(m_part));
            return -1;
        }
        done += n;
        m_written += n;
    }
    return done;
}

bool StickFile::commit()
{
    if (m_fd < 0 || m_errno != 0) {
        discard();
        return false;
    }
    // The data must be on the stick before its name is: a rename that reaches the medium first would
    // show a complete-looking name over missing blocks after a pull.
    if (::fsync(m_fd) != 0) {
        fail(errno, QStringLiteral("flushing %1").arg(m_part));
        discard();
        return false;
    }
    const int fd = m_fd;
    m_fd = -1;
    const bool closed = ::close(fd) == 0;
    if (!closed || ::rename(QFile::encodeName(m_part).constData(), QFile::encodeName(m_final).constData()) != 0) {
        const int err = errno;
        fail(err, closed ? QStringLiteral("renaming to %1").arg(m_final) : QStringLiteral("closing %1").arg(m_part));
        discard();
        return false;
    }
    QIODevice::close();
    m_committed = true;
    // The rename itself is durable only once the directory is.
    const int dirFd = ::open(QFile::encodeName(m_dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool dirSynced = dirFd >= 0 && ::fsync(dirFd) == 0;
    const int dirErrno = errno;
    if (dirFd >= 0)
        ::close(dirFd);
    if (!dirSynced) {
        m_committed = false;
        ::unlink(QFile::encodeName(m_final).constData());
        return fail(dirErrno, QStringLiteral("flushing %1").arg(m_dir));
    }
    return true;
}

bool StickFile::fail(int errnum, const QString &what)
{
    if (m_errno == 0) {
        m_errno = errnum;
        setErrorString(QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(errnum))));
    }
    return false;
}

void StickFile::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (isOpen())
        QIODevice::close();
    if (!m_committed)
        ::unlink(QFile::encodeName(m_part).constData());
}

} // namespace suara
