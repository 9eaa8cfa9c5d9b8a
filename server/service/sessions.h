#pragma once

#include "db/sql.h"
#include "users.h"

#include <QByteArray>
#include <QString>
#include <optional>

// Dashboard sign-in: server-side sessions and sign-in throttling, both kept in the database so any
// number of suara-server processes on one PostgreSQL share them (design.md "Server").
// docs/adr/0014-web-sessions.md says why each choice was made.
namespace suara::server::sessions {

struct Config
{
    qint64 idleSeconds = 30 * 60; // a session unused this long is over
    qint64 absoluteSeconds = 12 * 60 * 60; // and every session ends this long after sign-in
    int maxAccountFailures = 5; // wrong passwords per user name within the window …
    int maxAddressFailures = 20; // … and per client address, before sign-in answers 429
    qint64 failureWindowSeconds = 15 * 60;
};

// What the browser holds (the id, in the cookie) and what the page sends back on every change (the
// CSRF token). Only a hash of the id is stored.
struct Opened
{
    QByteArray id;
    QString csrfToken;
    qint64 expiresAt = 0; // absolute expiry, seconds since the epoch
};

struct Session
{
    users::User user;
    QString csrfToken;
    qint64 idleExpiresAt = 0;
    qint64 expiresAt = 0;
};

// nullopt when sign-in may go on; otherwise the seconds until it may be tried again.
[[nodiscard]] std::optional<qint64> throttled(Sql &sql, const Config &config, const QString &username,
                                              const QString &address, qint64 now);
// A wrong password: counts against the user name and the address.
void recordFailure(Sql &sql, const Config &config, const QString &username, const QString &address, qint64 now);
// A right password: the user name's count starts again (the address's does not: one address trying
// many accounts stays limited).
void recordSuccess(Sql &sql, const QString &username);

[[nodiscard]] Opened open(Sql &sql, const Config &config, const QString &username, qint64 now);
// The live session behind a cookie value, its idle clock restarted; nullopt when unknown or expired
// (an expired one is deleted).
[[nodiscard]] std::optional<Session> resume(Sql &sql, const Config &config, const QByteArray &id, qint64 now);
void close(Sql &sql, const QByteArray &id);

} // namespace suara::server::sessions
