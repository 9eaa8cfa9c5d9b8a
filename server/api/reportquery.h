#pragma once

#include "endpoint.h"
#include "reports/scope.h"
#include "service/users.h"

#include <QUrlQuery>

// Reading the query string of a report request into a checked Scope: the one place that turns
// unit=, subtree=, period= / from= & to=, service=, device= and include_misuse= into what a report
// sums, after auth has checked that the caller may see the unit.
namespace suara::server::endpoints {

[[nodiscard]] QUrlQuery queryOf(const Call &call);
// The numeric id in path segment `index` ({} of the route); not_found naming `what` otherwise.
[[nodiscard]] qint64 idParam(const Call &call, int index, const QString &what);
[[nodiscard]] bool flag(const QUrlQuery &query, const QString &name);
// invalid_field (field "period") with what a period must look like.
[[nodiscard]] reports::Period periodOf(const QUrlQuery &query);
// unit= (a unit-bound caller defaults to their own unit), checked with auth::requireUnit.
[[nodiscard]] reports::Scope scopeOf(Call &call, const users::User &user, const QUrlQuery &query);

} // namespace suara::server::endpoints
