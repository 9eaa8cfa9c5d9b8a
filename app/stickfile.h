#pragma once

#include <QIODevice>
#include <QString>

#include <cerrno>

namespace suara {

// One file being written to a removable volume. The bytes go to a hidden ".<name>.part" beside the
// final name; only commit() — every byte written, fsynced, renamed, the directory fsynced — makes the
// file appear under its name, so a pulled stick or a full one never leaves a half file that looks
// whole. Anything not committed is removed. The errno of the first failure is kept, so the admin can be
// told "full" or "read-only" rather than "failed".
class StickFile : public QIODevice
{
public:
    StickFile(const QString &dir, const QString &name);
    ~StickFile() override;

    // Creates the part file (an existing final file is only replaced at commit()).
    [[nodiscard]] bool create();
    [[nodiscard]] bool commit();
    [[nodiscard]] int errorNumber() const { return m_errno; }
    [[nodiscard]] QString finalPath() const { return m_final; }
    [[nodiscard]] QString partPath() const { return m_part; }
    [[nodiscard]] qint64 written() const { return m_written; }
    // For the tests, which have no small medium to fill: the write that would pass byte `limit` fails
    // with `errnum`, as the kernel answers when the medium is full.
    void failAtByte(qint64 limit, int errnum = ENOSPC)
    {
        m_failAt = limit;
        m_failErrno = errnum;
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool fail(int errnum, const QString &what);
    void discard();

    QString m_dir;
    QString m_final;
    QString m_part;
    int m_fd = -1;
    int m_errno = 0;
    qint64 m_written = 0;
    qint64 m_failAt = -1;
    int m_failErrno = 0;
    bool m_committed = false;
};

} // namespace suara
