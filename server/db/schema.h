#pragma once

#include "sql.h"

namespace suara::server::schema {

// The schema version this build writes. A database newer than this is refused, never "repaired".
[[nodiscard]] int latestVersion();
// 0 for an empty database.
[[nodiscard]] int currentVersion(Sql &sql);

struct Outcome
{
    enum class Status { Ok, TooNew };
    Status status = Status::Ok;
    int from = 0;
    int to = 0;
    [[nodiscard]] QString message() const;
};

// Applies every step after the database's version, each in its own transaction (DDL is transactional
// in both engines), so an interrupted upgrade resumes where it stopped. Server processes starting
// together on one PostgreSQL take turns (an advisory lock). Throws DbFailure.
Outcome migrate(Sql &sql);

} // namespace suara::server::schema
