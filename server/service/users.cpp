#include "users.h"

#include "crypto/pinhash.h"
#include "failure.h"
#include "units.h"

#include <QRegularExpression>

namespace suara::server::users {

using protocol::ErrorCode;

QString roleName(Role role)
{
    switch (role) {
    case Role::NationalAdmin:
        return QStringLiteral("national_admin");
    case Role::UnitAdmin:
        return QStringLiteral("unit_admin");
    case Role::Upg:
        return QStringLiteral("upg");
    case Role::Viewer:
        return QStringLiteral("viewer");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role r : {Role::NationalAdmin, Role::UnitAdmin, Role::Upg, Role::Viewer}) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

void create(Sql &sql, const QString &username, Role role, const QString &unitCode, const QString &password)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$"));
    if (!valid.match(username).hasMatch())
        fail(ErrorCode::InvalidField, QStringLiteral("a user name is 1-64 letters, digits, '.', '_', '@' or '-'"),
             QStringLiteral("username"));
    if (role == Role::NationalAdmin && !unitCode.isEmpty())
        fail(ErrorCode::InvalidField, QStringLiteral("a national admin is not tied to a unit; leave out --unit"),
             QStringLiteral("unit"));
    if (role == Role::UnitAdmin && unitCode.isEmpty())
        fail(ErrorCode::InvalidField, QStringLiteral("a unit admin needs --unit"), QStringLiteral("unit"));
    if (!unitCode.isEmpty())
        (void)units::get(sql, unitCode);
    if (password.size() < 8)
        fail(ErrorCode::InvalidField, QStringLiteral("the password must have at least 8 characters"),
             QStringLiteral("password"));
    const QString hash = pinhash::hash(password);
    if (hash.isEmpty())
        fail(ErrorCode::Internal, QStringLiteral("could not hash the password (out of memory?)"));
    QSqlQuery q =
        sql.run(QStringLiteral("INSERT INTO users (username, password_hash, role, unit_code, created_at) "
                               "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                {username, hash, roleName(role), unitCode.isEmpty() ? nullText() : QVariant(unitCode), nowText()});
    if (q.numRowsAffected() == 0)
        fail(ErrorCode::InvalidField, QStringLiteral("a user %1 already exists").arg(username),
             QStringLiteral("username"));
}

std::optional<User> authenticate(Sql &sql, const QString &username, const QString &password)
{
    // A fixed hash to verify against when the user does not exist: an unknown name costs as much
    // time as a wrong password, so timing does not reveal which user names exist.
    static const QString decoy = pinhash::hash(QStringLiteral("decoy-password-never-matches"));
    QSqlQuery q =
        sql.run(QStringLiteral("SELECT password_hash, role, unit_code FROM users WHERE username = ?"), {username});
    if (!q.next()) {
        (void)pinhash::verify(decoy, password);
        return std::nullopt;
    }
    const QString hash = q.value(0).toString();
    const std::optional<Role> role = roleFromName(q.value(1).toString());
    const QString unit = q.value(2).toString();
    q.finish();
    if (!pinhash::verify(hash, password) || !role)
        return std::nullopt;
    User user{username, *role, unit, {}};
    if (!unit.isEmpty()) {
        const QStringList below = units::subtree(sql, unit);
        user.visibleUnits = QSet<QString>(below.begin(), below.end());
    }
    return user;
}

} // namespace suara::server::users
