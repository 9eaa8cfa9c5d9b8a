#pragma once

#include "endpoint.h"
#include "service/users.h"

#include <QUrlQuery>

// Who is asking, and what they may see: the one place every user-facing endpoint (admin API,
// reports, exports, dashboard) identifies its caller and checks rights, so a refusal means the same
// everywhere.
namespace suara::server::auth {

// The server user behind the request (HTTP Basic today). Throws ApiFailure(unauthorized).
[[nodiscard]] users::User authenticateUser(Call &call);

// forbidden unless the user may see `unitCode` (their unit or one below it; every unit for a national
// admin). A unit outside the user's tree is refused with 403 whether or not it exists, so a refusal
// does not reveal which unit codes exist (docs/api.md "Errors").
void requireUnit(const users::User &user, const QString &unitCode);

// forbidden unless the user may change what belongs to `unitCode`: a national admin, or a unit admin
// of that unit or of a unit above it.
void requireUnitAdmin(const users::User &user, const QString &unitCode);

// forbidden for roles that may not see gratification data (viewers).
void requireGratification(const users::User &user);

// Every unit the user may see, by code: the whole tree for a national admin.
[[nodiscard]] QStringList visibleUnits(Sql &sql, const users::User &user);

// forbidden unless the user may change devices and settings.
void requireAdmin(const users::User &user);

// The unit a listing is about: a unit-bound user's own, or the ?unit= a national user asked for.
[[nodiscard]] QString scopeUnit(const users::User &user, const QUrlQuery &query);

} // namespace suara::server::auth
