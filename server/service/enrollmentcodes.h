#pragma once

#include "db/sql.h"

#include <QDateTime>

namespace suara::server::enrollmentcodes {

struct Issued
{
    QString code; // "7KQ4-MX2P": shown once, stored only as a hash
    QString unitCode;
    QString unitName;
    QDateTime expiresAt;
};

// A one-time code for one device of the unit: 8 characters from an alphabet without look-alikes
// (no 0/O, 1/I), 40 bits, valid for `hours`.
[[nodiscard]] Issued issue(Sql &sql, const QString &unitCode, int hours);

[[nodiscard]] QString codeHash(const QString &typedCode);

} // namespace suara::server::enrollmentcodes
