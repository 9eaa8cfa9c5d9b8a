#pragma once

// Real faults for the device store, shared by the unit tests: a damaged page, a read-only medium.

#include "store/localstore.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace suara::testing {

// Overwrites the root pages of `table` and of its indexes in the store's file, the way a failing
// flash card damages pages, and makes the store's own connection see it: another connection's commit
// changes the WAL, so the store's next read drops its page cache and reads the damaged pages.
inline bool damageTable(LocalStore &store, const QString &table)
{
    qint64 pageSize = 0;
    QList<qint64> roots;
    {
        QSqlQuery q(store.database());
        if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.exec(QStringLiteral("PRAGMA page_size"))
            || !q.next())
            return false;
        pageSize = q.value(0).toLongLong();
        q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE tbl_name = ? AND rootpage > 0"));
        q.addBindValue(table);
        if (!q.exec())
            return false;
        while (q.next())
            roots << q.value(0).toLongLong();
    }
    QFile file(store.path());
    if (roots.isEmpty() || !file.open(QIODevice::ReadWrite))
        return false;
    for (qint64 root : roots) {
        if (!file.seek((root - 1) * pageSize) || file.write(QByteArray(int(pageSize), '\xff')) != pageSize)
            return false;
    }
    file.close();
    const QString name = QStringLiteral("suara-damage");
    bool written = false;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(store.path());
        written = other.open()
            && QSqlQuery(other).exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('test.damage', '1') "
                                                    "ON CONFLICT(key) DO UPDATE SET value = value || '1'"));
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    return written;
}

// Files that even root cannot write (chattr +i), like a medium that went read-only, until release().
// The WAL index (-shm) is left alone: SQLite maps it, and a mapping of an immutable file faults.
class Immutable
{
public:
    explicit Immutable(QStringList paths)
        : m_paths(std::move(paths))
    {
        m_held = QProcess::execute(QStringLiteral("chattr"), QStringList{QStringLiteral("+i")} + m_paths) == 0;
    }
    ~Immutable() { release(); }
    Immutable(const Immutable &) = delete;
    Immutable &operator=(const Immutable &) = delete;

    [[nodiscard]] bool held() const { return m_held; }
    void release()
    {
        if (m_held)
            QProcess::execute(QStringLiteral("chattr"), QStringList{QStringLiteral("-i")} + m_paths);
        m_held = false;
    }

private:
    QStringList m_paths;
    bool m_held = false;
};

// The store's directory, file and WAL: what a read-only medium takes away.
inline QStringList storeFiles(const QString &dir, const QString &db)
{
    QStringList out{dir, db};
    if (QFile::exists(db + QStringLiteral("-wal")))
        out << db + QStringLiteral("-wal");
    return out;
}

} // namespace suara::testing
