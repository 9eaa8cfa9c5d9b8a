#include "auth.h"

#include "service/failure.h"

namespace suara::server::auth {

using protocol::ErrorCode;

users::User authenticateUser(Call &call)
{
    const QByteArray auth = call.request.header("authorization");
    if (auth.size() <= 6 || auth.left(6).compare("Basic ", Qt::CaseInsensitive) != 0)
        fail(ErrorCode::Unauthorized, QStringLiteral("admin endpoints need HTTP Basic credentials of a server user"));
    const auto decoded = QByteArray::fromBase64Encoding(auth.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
    if (colon <= 0)
        fail(ErrorCode::Unauthorized, QStringLiteral("malformed Basic credentials"));
    const QString username = QString::fromUtf8(decoded.decoded.left(colon));
    const std::optional<users::User> user =
        users::authenticate(call.sql, username, QString::fromUtf8(decoded.decoded.mid(colon + 1)));
    if (!user)
        fail(ErrorCode::Unauthorized, QStringLiteral("wrong user name or password"));
    call.who = QStringLiteral("user:") + user->username;
    return *user;
}

void requireUnit(const users::User &user, const QString &unitCode)
{
    if (!user.canSeeUnit(unitCode))
        fail(ErrorCode::Forbidden, QStringLiteral("user %1 may only see unit %2").arg(user.username, user.unitCode));
}

void requireAdmin(const users::User &user)
{
    if (!user.canAdminister())
        fail(ErrorCode::Forbidden, QStringLiteral("role %1 may read but not change anything").arg(users::roleName(user.role)));
}

QString scopeUnit(const users::User &user, const QUrlQuery &query)
{
    const QString asked = query.queryItemValue(QStringLiteral("unit"), QUrl::FullyDecoded);
    if (!asked.isEmpty())
        requireUnit(user, asked);
    return user.unitCode.isEmpty() ? asked : user.unitCode;
}

} // namespace suara::server::auth
