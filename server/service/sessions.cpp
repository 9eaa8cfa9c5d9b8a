#include "sessions.h"

#include "failure.h"
#include "units.h"

#include <QRandomGenerator>

namespace suara::server::sessions {

namespace {
constexpr int kIdBytes = 32; // 256 bits from the system's CSPRNG
constexpr qint64 kTouchEverySeconds = 30; // fewer writes: the idle clock moves in 30 s steps
const QString kAccount = QStringLiteral("account");
const QString kAddress = QStringLiteral("address");

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(out.data()), n / int(sizeof(quint32)));
    return out;
}

QString idHash(const QByteArray &id)
{
    return sha256Hex(id);
}

// Seconds until the key may try again, or 0.
qint64 lockedFor(Sql &sql, const Config &config, const QString &scope, const QString &key, int limit, qint64 now)
{
    QSqlQuery q =
        sql.run(QStringLiteral("SELECT failures, window_start FROM login_failures WHERE scope = ? AND subject = ?"),
                {scope, key});
    if (!q.next())
        return 0;
    const qint64 failures = q.value(0).toLongLong();
    const qint64 windowEnd = q.value(1).toLongLong() + config.failureWindowSeconds;
    return failures >= limit && windowEnd > now ? windowEnd - now : 0;
}

void countFailure(Sql &sql, const Config &config, const QString &scope, const QString &key, qint64 now)
{
    // One statement, so two processes counting at once cannot lose a failure; a window that has run
    // out starts again at this failure.
    sql.run(QStringLiteral("INSERT INTO login_failures (scope, subject, failures, window_start) VALUES (?, ?, 1, ?) "
                           "ON CONFLICT (scope, subject) DO UPDATE SET "
                           " failures = CASE WHEN login_failures.window_start + ? <= excluded.window_start THEN 1 "
                           "                 ELSE login_failures.failures + 1 END,"
                           " window_start = CASE WHEN login_failures.window_start + ? <= excluded.window_start "
                           "                 THEN excluded.window_start ELSE login_failures.window_start END"),
            {scope, key, now, config.failureWindowSeconds, config.failureWindowSeconds});
}
} // namespace

std::optional<qint64> throttled(Sql &sql, const Config &config, const QString &username, const QString &address,
                                qint64 now)
{
    const qint64 wait = qMax(lockedFor(sql, config, kAccount, username.toLower(), config.maxAccountFailures, now),
                             lockedFor(sql, config, kAddress, address, config.maxAddressFailures, now));
    return wait > 0 ? std::optional<qint64>(wait) : std::nullopt;
}

void recordFailure(Sql &sql, const Config &config, const QString &username, const QString &address, qint64 now)
{
    Transaction tx(sql);
    countFailure(sql, config, kAccount, username.toLower(), now);
    countFailure(sql, config, kAddress, address, now);
    tx.commit();
}

void recordSuccess(Sql &sql, const QString &username)
{
    // Read first: Basic-auth API calls sign in on every request, and a DELETE would make each of
    // them a write (a lock on SQLite) even when there is nothing to clear.
    if (!sql.run(QStringLiteral("SELECT 1 FROM login_failures WHERE scope = ? AND subject = ?"),
                 {kAccount, username.toLower()})
             .next())
        return;
    sql.run(QStringLiteral("DELETE FROM login_failures WHERE scope = ? AND subject = ?"),
            {kAccount, username.toLower()});
}

Opened open(Sql &sql, const Config &config, const QString &username, qint64 now)
{
    Opened out;
    out.id = randomBytes(kIdBytes).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    out.csrfToken = QString::fromLatin1(
        randomBytes(kIdBytes).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    out.expiresAt = now + config.absoluteSeconds;
    Transaction tx(sql);
    // Sessions past their end are removed as new ones begin, so the table does not grow without bound.
    sql.run(QStringLiteral("DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at + ? <= ?"),
            {now, config.idleSeconds, now});
    sql.run(QStringLiteral("INSERT INTO sessions (id_hash, username, csrf_token, created_at, last_seen_at, expires_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {idHash(out.id), username, out.csrfToken, now, now, out.expiresAt});
    tx.commit();
    return out;
}

std::optional<Session> resume(Sql &sql, const Config &config, const QByteArray &id, qint64 now)
{
    const QString hash = idHash(id);
    QSqlQuery q =
        sql.run(QStringLiteral("SELECT s.csrf_token, s.last_seen_at, s.expires_at, u.username, u.role, u.unit_code "
                               "FROM sessions s JOIN users u ON u.username = s.username WHERE s.id_hash = ?"),
                {hash});
    if (!q.next())
        return std::nullopt;
    Session s;
    s.csrfToken = q.value(0).toString();
    const qint64 lastSeen = q.value(1).toLongLong();
    s.expiresAt = q.value(2).toLongLong();
    const std::optional<users::Role> role = users::roleFromName(q.value(4).toString());
    s.user = users::User{q.value(3).toString(), role.value_or(users::Role::Viewer), q.value(5).toString(), {}};
    q.finish();
    if (!role || now >= s.expiresAt || lastSeen + config.idleSeconds <= now) {
        close(sql, id);
        return std::nullopt;
    }
    // The tree as it is now, not as it was at sign-in: a unit moved away is out of sight at once.
    if (!s.user.unitCode.isEmpty()) {
        const QStringList below = units::subtree(sql, s.user.unitCode);
        s.user.visibleUnits = QSet<QString>(below.begin(), below.end());
    }
    if (now - lastSeen >= kTouchEverySeconds) {
        sql.run(QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?"), {now, hash});
        s.idleExpiresAt = now + config.idleSeconds;
    } else {
        s.idleExpiresAt = lastSeen + config.idleSeconds;
    }
    s.idleExpiresAt = qMin(s.idleExpiresAt, s.expiresAt);
    return s;
}

void close(Sql &sql, const QByteArray &id)
{
    sql.run(QStringLiteral("DELETE FROM sessions WHERE id_hash = ?"), {idHash(id)});
}

} // namespace suara::server::sessions
