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

// forbidden unless the user may see `unitCode`.
void requireUnit(const users::User &user, const QString &unitCode);

// forbidden unless the user may change devices and settings.
void requireAdmin(const users::User &user);

// The unit a listing is about: a unit-bound user's own, or the ?unit= a national user asked for.
[[nodiscard]] QString scopeUnit(const users::User &user, const QUrlQuery &query);

} // namespace suara::server::auth
