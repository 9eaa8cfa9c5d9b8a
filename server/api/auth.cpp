#include "auth.h"

#include "service/failure.h"
#include "service/units.h"

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
        fail(ErrorCode::Forbidden, QStringLiteral("role %1 may not see gratification data").arg(users::roleName(user.role)));
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
