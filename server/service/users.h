#pragma once

#include "db/sql.h"

#include <QSet>
#include <optional>

namespace suara::server::users {

// Server roles (design.md). A unit admin, UPG officer or viewer may be tied to one unit; a national
// admin never is. A unit-bound user sees that unit and every unit below it in the tree.
enum class Role { NationalAdmin, UnitAdmin, Upg, Viewer };
[[nodiscard]] QString roleName(Role role);
[[nodiscard]] std::optional<Role> roleFromName(const QString &name);

struct User
{
    QString username;
    Role role = Role::Viewer;
    QString unitCode; // empty: every unit
    // The user's unit and every unit below it, resolved from the tree when the user signed in, so a
    // check needs no query; empty for a user of every unit.
    QSet<QString> visibleUnits;

    [[nodiscard]] bool seesAllUnits() const { return unitCode.isEmpty(); }
    [[nodiscard]] bool canSeeUnit(const QString &code) const { return seesAllUnits() || visibleUnits.contains(code); }
    // Changing devices and settings, importing bundles: admins only.
    [[nodiscard]] bool canAdminister() const { return role == Role::NationalAdmin || role == Role::UnitAdmin; }
    // Gratification data (acknowledgements, solicitation reports): admins and the UPG, not viewers.
    [[nodiscard]] bool canSeeGratification() const { return role != Role::Viewer; }
};

// The password is stored as libsodium Argon2id (core/crypto/pinhash), never in clear.
void create(Sql &sql, const QString &username, Role role, const QString &unitCode, const QString &password);
// nullopt for an unknown user or a wrong password (the same time either way).
[[nodiscard]] std::optional<User> authenticate(Sql &sql, const QString &username, const QString &password);

} // namespace suara::server::users
