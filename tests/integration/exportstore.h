#pragma once

// A migrated server store in a folder, holding unit U-1 and its device `d`, for tests that put records
// straight into the server's tables and read them back through the exporters.
#include "db/database.h"
#include "db/schema.h"

#include <QString>
#include <QTest>

namespace suara::testing {

// The store's rows use `now` as every creation time. Fails the calling test when the schema cannot be made.
inline void seedUnitAndDevice(server::Sql &sql, const QString &now)
{
    QCOMPARE(server::schema::migrate(sql).status, server::schema::Outcome::Status::Ok);
    sql.run(QStringLiteral("INSERT INTO units (code, name, settings, settings_version, created_at, updated_at)"
                           " VALUES ('U-1', 'Unit', '{}', 1, ?, ?)"),
            {now, now});
    sql.run(QStringLiteral("INSERT INTO devices (id, unit_code, public_key, token_hash, enrolled_at) VALUES ('d', "
                           "'U-1', 'k', 't', ?)"),
            {now});
}

} // namespace suara::testing
