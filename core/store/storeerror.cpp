#include "storeerror.h"

#include <QSqlError>

namespace suara {

StoreError StoreError::fromSql(const QSqlError &error, const QString &context)
{
    // The SQLite driver reports the (possibly extended) result code; the low byte is the primary code.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    Kind kind = Kind::Other;
    if (ok) {
        switch (code) {
        case 13:
            kind = Kind::DiskFull;
            break; // SQLITE_FULL
        case 8:
            kind = Kind::ReadOnly;
            break; // SQLITE_READONLY
        case 14:
            kind = Kind::ReadOnly;
            break; // SQLITE_CANTOPEN
        case 10:
            kind = Kind::DiskFull;
            break; // SQLITE_IOERR: on kiosks this is almost always ENOSPC
        case 11:
            kind = Kind::Corrupt;
            break; // SQLITE_CORRUPT
        case 26:
            kind = Kind::Corrupt;
            break; // SQLITE_NOTADB
        default:
            break;
        }
    }
    const QString text = error.text().trimmed();
    if (kind == Kind::Other && text.contains(QLatin1String("readonly"), Qt::CaseInsensitive))
        kind = Kind::ReadOnly;
    if (kind == Kind::Other && text.contains(QLatin1String("disk is full"), Qt::CaseInsensitive))
        kind = Kind::DiskFull;
    return {kind, context + QLatin1String(": ") + text};
}

} // namespace suara
