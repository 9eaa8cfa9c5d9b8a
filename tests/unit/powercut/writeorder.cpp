// An LD_PRELOAD library that records, in order, every change a process makes to the files of one
// folder: creates, writes (with their bytes), truncations, fsync/fdatasync, renames and unlinks, plus
// "mark" writes the process makes to announce that something is confirmed. The calls still happen;
// only a log is added. tst_powercut replays the log to build what the disk would hold if the power
// failed at any point: a file's content only as of its last fsync. That is how a test can show that
// synchronous=FULL matters, which a kill -9 cannot (the kernel still writes its page cache then).
//
// Environment: SUARA_WRITEORDER_DIR (the folder to watch, absolute), SUARA_WRITEORDER_LOG (the log).
// Log record: 1 byte op, u32 path length, path, i64 offset, u32 data length, data.
#include <cerrno>
#include <cstdarg>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <mutex>
#include <string>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {
constexpr int kMaxFd = 4096;
std::mutex g_lock;
std::string g_dir;
int g_log = -1;
bool g_ready = false;
std::string g_paths[kMaxFd]; // watched path of each open fd, empty if not watched

template<typename F>
F real(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

void init()
{
    if (g_ready)
        return;
    g_ready = true;
    const char *dir = std::getenv("SUARA_WRITEORDER_DIR");
    const char *log = std::getenv("SUARA_WRITEORDER_LOG");
    if (!dir || !log)
        return;
    g_dir = dir;
    if (!g_dir.empty() && g_dir.back() != '/')
        g_dir += '/';
    g_log = int(syscall(SYS_openat, AT_FDCWD, log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600));
}

bool watched(const char *path)
{
    return g_log >= 0 && path && std::strncmp(path, g_dir.data(), g_dir.size()) == 0;
}

void raw(const void *p, size_t n)
{
    const char *c = static_cast<const char *>(p);
    while (n > 0) {
        const long w = syscall(SYS_write, g_log, c, n);
        if (w <= 0)
            return;
        c += w;
        n -= size_t(w);
    }
}

void record(char op, const std::string &path, int64_t offset, const void *data, uint32_t size)
{
    const uint32_t pathSize = uint32_t(path.size() - g_dir.size());
    raw(&op, 1);
    raw(&pathSize, 4);
    raw(path.data() + g_dir.size(), pathSize);
    raw(&offset, 8);
    raw(&size, 4);
    if (size)
        raw(data, size);
}

std::string watchedFd(int fd)
{
    return fd >= 0 && fd < kMaxFd ? g_paths[fd] : std::string();
}

void opened(int fd, const char *path, int flags)
{
    if (fd < 0 || fd >= kMaxFd)
        return;
    g_paths[fd].clear();
    if (!watched(path))
        return;
    g_paths[fd] = path;
    if (flags & O_CREAT)
        record('C', g_paths[fd], 0, nullptr, 0);
    if (flags & O_TRUNC)
        record('T', g_paths[fd], 0, nullptr, 0);
}

int openCommon(const char *name, int dirfd, const char *path, int flags, mode_t mode)
{
    std::lock_guard guard(g_lock);
    init();
    int fd;
    if (dirfd == -1)
        fd = real<int (*)(const char *, int, ...)>(name)(path, flags, mode);
    else
        fd = real<int (*)(int, const char *, int, ...)>(name)(dirfd, path, flags, mode);
    const int saved = errno;
    if (fd >= 0 && (dirfd == -1 || dirfd == AT_FDCWD || (path && path[0] == '/')))
        opened(fd, path, flags);
    errno = saved;
    return fd;
}
} // namespace

extern "C" {

int open(const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    const mode_t mode = (flags & O_CREAT) ? mode_t(va_arg(ap, int)) : 0;
    va_end(ap);
    return openCommon("open", -1, path, flags, mode);
}

int open64(const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    const mode_t mode = (flags & O_CREAT) ? mode_t(va_arg(ap, int)) : 0;
    va_end(ap);
    return openCommon("open64", -1, path, flags, mode);
}

int openat(int dirfd, const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    const mode_t mode = (flags & O_CREAT) ? mode_t(va_arg(ap, int)) : 0;
    va_end(ap);
    return openCommon("openat", dirfd, path, flags, mode);
}

int openat64(int dirfd, const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    const mode_t mode = (flags & O_CREAT) ? mode_t(va_arg(ap, int)) : 0;
    va_end(ap);
    return openCommon("openat64", dirfd, path, flags, mode);
}

int close(int fd)
{
    std::lock_guard guard(g_lock);
    init();
    if (fd >= 0 && fd < kMaxFd)
        g_paths[fd].clear();
    return real<int (*)(int)>("close")(fd);
}

ssize_t write(int fd, const void *buf, size_t n)
{
    std::lock_guard guard(g_lock);
    init();
    const std::string path = watchedFd(fd);
    const off_t at = path.empty() ? 0 : lseek(fd, 0, SEEK_CUR);
    const ssize_t done = real<ssize_t (*)(int, const void *, size_t)>("write")(fd, buf, n);
    const int saved = errno;
    if (!path.empty() && done > 0)
        record(path.size() >= 5 && path.compare(path.size() - 5, 5, ".mark") == 0 ? 'M' : 'W', path, at, buf,
               uint32_t(done));
    errno = saved;
    return done;
}

static ssize_t pwriteCommon(const char *name, int fd, const void *buf, size_t n, off_t offset)
{
    std::lock_guard guard(g_lock);
    init();
    const ssize_t done = real<ssize_t (*)(int, const void *, size_t, off_t)>(name)(fd, buf, n, offset);
    const int saved = errno;
    const std::string path = watchedFd(fd);
    if (!path.empty() && done > 0)
        record('W', path, offset, buf, uint32_t(done));
    errno = saved;
    return done;
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t offset)
{
    return pwriteCommon("pwrite", fd, buf, n, offset);
}
ssize_t pwrite64(int fd, const void *buf, size_t n, off_t offset)
{
    return pwriteCommon("pwrite64", fd, buf, n, offset);
}

static int truncateCommon(const char *name, int fd, off_t length)
{
    std::lock_guard guard(g_lock);
    init();
    const int rc = real<int (*)(int, off_t)>(name)(fd, length);
    const int saved = errno;
    const std::string path = watchedFd(fd);
    if (!path.empty() && rc == 0)
        record('T', path, length, nullptr, 0);
    errno = saved;
    return rc;
}

int ftruncate(int fd, off_t length)
{
    return truncateCommon("ftruncate", fd, length);
}
int ftruncate64(int fd, off_t length)
{
    return truncateCommon("ftruncate64", fd, length);
}

static int syncCommon(const char *name, int fd)
{
    std::lock_guard guard(g_lock);
    init();
    const int rc = real<int (*)(int)>(name)(fd);
    const int saved = errno;
    const std::string path = watchedFd(fd);
    if (!path.empty() && rc == 0)
        record('S', path, 0, nullptr, 0);
    errno = saved;
    return rc;
}

int fsync(int fd)
{
    return syncCommon("fsync", fd);
}
int fdatasync(int fd)
{
    return syncCommon("fdatasync", fd);
}

int rename(const char *from, const char *to)
{
    std::lock_guard guard(g_lock);
    init();
    const int rc = real<int (*)(const char *, const char *)>("rename")(from, to);
    const int saved = errno;
    if (rc == 0 && watched(from) && watched(to)) {
        const std::string target(to);
        record('R', std::string(from), 0, target.data() + g_dir.size(), uint32_t(target.size() - g_dir.size()));
    }
    errno = saved;
    return rc;
}

int renameat(int fromDir, const char *from, int toDir, const char *to)
{
    if ((fromDir == AT_FDCWD || (from && from[0] == '/')) && (toDir == AT_FDCWD || (to && to[0] == '/')))
        return rename(from, to);
    return real<int (*)(int, const char *, int, const char *)>("renameat")(fromDir, from, toDir, to);
}

int renameat2(int fromDir, const char *from, int toDir, const char *to, unsigned int flags)
{
    std::lock_guard guard(g_lock);
    init();
    const int rc =
        real<int (*)(int, const char *, int, const char *, unsigned)>("renameat2")(fromDir, from, toDir, to, flags);
    const int saved = errno;
    if (rc == 0 && watched(from) && watched(to)) {
        const std::string target(to);
        record('R', std::string(from), 0, target.data() + g_dir.size(), uint32_t(target.size() - g_dir.size()));
    }
    errno = saved;
    return rc;
}

int unlink(const char *path)
{
    std::lock_guard guard(g_lock);
    init();
    const int rc = real<int (*)(const char *)>("unlink")(path);
    const int saved = errno;
    if (rc == 0 && watched(path))
        record('U', std::string(path), 0, nullptr, 0);
    errno = saved;
    return rc;
}

} // extern "C"
