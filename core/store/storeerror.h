#pragma once

#include <QString>

class QSqlError;

namespace suara {

// What went wrong with the device's store, in the terms the kiosk needs to react to.
struct StoreError
{
    enum class Kind { None, DiskFull, ReadOnly, Corrupt, TooNew, Other };

    Kind kind = Kind::None;
    QString message;

    [[nodiscard]] bool ok() const { return kind == Kind::None; }
    static StoreError fromSql(const QSqlError &error, const QString &context);
    static StoreError make(Kind kind, const QString &message) { return {kind, message}; }
};

} // namespace suara
