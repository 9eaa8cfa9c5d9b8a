#include "auth.h"

#include "service/failure.h"
#include "service/units.h"

#include <QDateTime>
#include <QUrl>

namespace suara::server::auth {

using protocol::ErrorCode;

namespace {
bool changesState(const QByteArray &method)
{
    return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

// Compares every byte, so the time taken does not tell how much of a guessed token was right.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

users::User fromBasic(Call &call, const QByteArray &auth)
{
    if (auth.size() <= 6 || auth.left(6).compare("Basic ", Qt::CaseInsensitive) != 0)
        fail(ErrorCode::Unauthorized, QStringLiteral("admin endpoints need HTTP Basic credentials of a server user"));
    const auto decoded = QByteArray::fromBase64Encoding(auth.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
    if (colon <= 0)
        fail(ErrorCode::Unauthorized, QStringLiteral("malformed Basic credentials"));
    return signIn(call, QString::fromUtf8(decoded.decoded.left(colon)),
                  QString::fromUtf8(decoded.decoded.mid(colon + 1)));
}

sessions::Session fromCookie(Call &call, const QByteArray &cookie)
{
    const std::optional<sessions::Session> session =
        sessions::resume(call.sql, call.config.sessions, cookie, QDateTime::currentSecsSinceEpoch());
    if (!session)
        fail(ErrorCode::Unauthorized, QStringLiteral("your session has ended (signed out or expired); sign in again"));
    if (changesState(call.request.method)) {
        requireSameOrigin(call);
        if (!sameSecret(call.request.header("x-csrf-token"), session->csrfToken.toLatin1()))
            fail(ErrorCode::Forbidden,
                 QStringLiteral("this change needs the X-CSRF-Token header of your session; "
                                "reload the page and try again"));
    }
    return *session;
}
} // namespace

users::User signIn(Call &call, const QString &username, const QString &password)
{
    const sessions::Config &config = call.config.sessions;
    const QString address = clientAddress(call);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (const std::optional<qint64> wait = sessions::throttled(call.sql, config, username, address, now)) {
        ApiFailure f(protocol::makeError(
            ErrorCode::TooManyRequests,
            QStringLiteral("too many wrong passwords for this account or from this address; try again in %1 minute(s)")
                .arg((*wait + 59) / 60)));
        f.retryAfterSeconds = int(*wait);
        throw f;
    }
    const std::optional<users::User> user = users::authenticate(call.sql, username, password);
    if (!user) {
        sessions::recordFailure(call.sql, config, username, address, now);
        fail(ErrorCode::Unauthorized, QStringLiteral("wrong user name or password"));
    }
    sessions::recordSuccess(call.sql, username);
    return *user;
}

Identity identify(Call &call)
{
    const QByteArray auth = call.request.header("authorization");
    const QByteArray cookie = sessionCookie(call.request);
    Identity out;
    if (!auth.isEmpty()) {
        out.user = fromBasic(call, auth);
    } else if (!cookie.isEmpty()) {
        out.session = fromCookie(call, cookie);
        out.user = out.session->user;
    } else {
        fail(ErrorCode::Unauthorized,
             QStringLiteral("sign in to the dashboard, or send HTTP Basic credentials of a server user"));
    }
    call.who = QStringLiteral("user:") + out.user.username;
    return out;
}

users::User authenticateUser(Call &call)
{
    return identify(call).user;
}

void requireUnit(const users::User &user, const QString &unitCode)
{
    if (!user.canSeeUnit(unitCode))
        fail(ErrorCode::Forbidden,
             QStringLiteral("user %1 may only see unit %2 and the units below it").arg(user.username, user.unitCode));
}

void requireUnitAdmin(const users::User &user, const QString &unitCode)
{
    requireAdmin(user);
    requireUnit(user, unitCode);
}

void requireGratification(const users::User &user)
{
    if (!user.canSeeGratification())
        fail(ErrorCode::Forbidden,
             QStringLiteral("role %1 may not see gratification data").arg(users::roleName(user.role)));
}

bool seesGratificationDetails(const users::User &user)
{
    return user.role == users::Role::Upg || user.role == users::Role::NationalAdmin;
}

void requireGratificationDetails(const users::User &user)
{
    requireGratification(user);
    if (!seesGratificationDetails(user))
        fail(ErrorCode::Forbidden,
             QStringLiteral("role %1 sees the gratification register's counts only; its entries are for the UPG")
                 .arg(users::roleName(user.role)));
}

void requireNationalAdmin(const users::User &user)
{
    if (user.role != users::Role::NationalAdmin)
        fail(ErrorCode::Forbidden,
             QStringLiteral("only a national admin may change this (role %1)").arg(users::roleName(user.role)));
}

QStringList visibleUnits(Sql &sql, const users::User &user)
{
    if (!user.seesAllUnits())
        return units::subtree(sql, user.unitCode);
    QStringList out;
    for (const units::TreeNode &n : units::tree(sql))
        out << n.code;
    return out;
}

void requireAdmin(const users::User &user)
{
    if (!user.canAdminister())
        fail(ErrorCode::Forbidden,
             QStringLiteral("role %1 may read but not change anything").arg(users::roleName(user.role)));
}

QString scopeUnit(const users::User &user, const QUrlQuery &query)
{
    const QString asked = query.queryItemValue(QStringLiteral("unit"), QUrl::FullyDecoded);
    if (asked.isEmpty())
        return user.unitCode;
    requireUnit(user, asked); // a unit-bound user may ask for any unit below their own
    return asked;
}

QByteArray sessionCookie(const HttpRequest &request)
{
    for (const auto &[name, value] : request.headers) {
        if (name.compare("cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &pair : value.split(';')) {
            const QByteArray trimmed = pair.trimmed();
            const qsizetype eq = trimmed.indexOf('=');
            if (eq > 0 && trimmed.left(eq) == kSessionCookie)
                return trimmed.mid(eq + 1);
        }
    }
    return {};
}

QString clientAddress(const Call &call)
{
    const QHostAddress peer = server::clientAddress(call.request, call.config);
    bool v4 = false;
    const quint32 ip4 = peer.toIPv4Address(&v4);
    return v4 ? QHostAddress(ip4).toString() : peer.toString();
}

bool viaTls(const Call &call)
{
    return fromTrustedProxy(call.request, call.config)
        && call.request.header("x-forwarded-proto").trimmed().compare("https", Qt::CaseInsensitive) == 0;
}

void requireSameOrigin(const Call &call)
{
    const QByteArray origin = call.request.header("origin");
    if (origin.isEmpty())
        return; // not a browser, or a same-origin GET-like request: the CSRF token still applies
    const QUrl url(QString::fromLatin1(origin));
    QString authority = url.host().toLower();
    if (url.port() >= 0)
        authority += QLatin1Char(':') + QString::number(url.port());
    const QString host = QString::fromLatin1(call.request.header("host")).trimmed().toLower();
    const QString forwardedHost = fromTrustedProxy(call.request, call.config)
        ? QString::fromLatin1(call.request.header("x-forwarded-host")).trimmed().toLower()
        : QString();
    if (!url.isValid() || (authority != host && authority != forwardedHost))
        fail(
            ErrorCode::Forbidden,
            QStringLiteral("the request came from another site (Origin %1); refused").arg(QString::fromLatin1(origin)));
}

} // namespace suara::server::auth
