#pragma once

#include "endpoint.h"
#include "service/sessions.h"
#include "service/users.h"

#include <QUrlQuery>

// Who is asking, and what they may see: the one place every user-facing endpoint (admin API,
// reports, exports, dashboard) identifies its caller and checks rights, so a refusal means the same
// everywhere.
namespace suara::server::auth {

inline constexpr char kSessionCookie[] = "suara_session";

// The server user behind the request: HTTP Basic (scripts), or the dashboard's session cookie, in
// which case a state-changing request must also carry the session's X-CSRF-Token and, when the
// browser sends one, an Origin of this server. Throws ApiFailure(unauthorized / forbidden).
[[nodiscard]] users::User authenticateUser(Call &call);

// The password check of every sign-in, by HTTP Basic or the dashboard's form: wrong passwords are counted
// per user name and per client address, and past the limits (sessions::Config) even the right one gets
// 429 too_many_requests with Retry-After, so guessing is slow whichever door it uses (ADR 0014).
[[nodiscard]] users::User signIn(Call &call, const QString &username, const QString &password);

// As authenticateUser, and the session when the cookie was what identified the caller.
struct Identity
{
    users::User user;
    std::optional<sessions::Session> session;
};
[[nodiscard]] Identity identify(Call &call);

// forbidden unless the user may see `unitCode` (their unit or one below it; every unit for a national
// admin). A unit outside the user's tree is refused with 403 whether or not it exists, so a refusal
// does not reveal which unit codes exist (docs/api.md "Errors").
void requireUnit(const users::User &user, const QString &unitCode);

// forbidden unless the user may change what belongs to `unitCode`: a national admin, or a unit admin
// of that unit or of a unit above it.
void requireUnitAdmin(const users::User &user, const QString &unitCode);

// forbidden for roles that may not see gratification data (viewers).
void requireGratification(const users::User &user);
// The register's entries, with officers' identities: the UPG (of the unit or a unit above) and national
// admins. A unit admin sees the register's counts only (docs/adr/0030-upg-register.md).
[[nodiscard]] bool seesGratificationDetails(const users::User &user);
// forbidden unless seesGratificationDetails.
void requireGratificationDetails(const users::User &user);
// forbidden unless a national admin (the working-day calendar).
void requireNationalAdmin(const users::User &user);

// Every unit the user may see, by code: the whole tree for a national admin.
[[nodiscard]] QStringList visibleUnits(Sql &sql, const users::User &user);

// forbidden unless the user may change devices and settings.
void requireAdmin(const users::User &user);

// The unit a listing is about: the ?unit= asked for (within the user's subtree), else the user's own.
[[nodiscard]] QString scopeUnit(const users::User &user, const QUrlQuery &query);

// The session cookie's value, or empty.
[[nodiscard]] QByteArray sessionCookie(const HttpRequest &request);
// The client's address: the peer, or the last X-Forwarded-For hop when the peer is a trusted proxy.
[[nodiscard]] QString clientAddress(const Call &call);
// Whether the browser reached us over TLS (only a trusted proxy can say so: we do not speak TLS).
[[nodiscard]] bool viaTls(const Call &call);
// forbidden when an Origin header names another site than the Host the request was sent to.
void requireSameOrigin(const Call &call);

} // namespace suara::server::auth
