#pragma once

#include "db/sql.h"
#include "domain/deviceconfigfield.h"

#include <QJsonObject>
#include <QList>

// A unit's field officers (PKB/PLKB) as the unit admin keeps them on the server: they go out with the
// unit's settings (protocol §4 `officers`), each with an Argon2id hash of their PIN, never the PIN.
namespace suara::server::officers {

struct NewOfficer
{
    QString id; // fieldformat::isOfficerId
    QString name;
    QString nip; // optional
    QString position;
    QString pin; // checked by pinpolicy, hashed here, then forgotten
};

// Adds (or brings back a removed) officer and bumps the unit's settings version, inside the caller's
// transaction. invalid_field for a bad id, an empty name or position, a weak PIN, or an id already in
// use by a present officer of the unit; not_found for an unknown unit.
void add(Sql &sql, const QString &unit, const NewOfficer &officer, const QString &by);
// The present officers of the unit, by id (with their PIN hashes: for the settings document).
[[nodiscard]] QList<OfficerEntry> list(Sql &sql, const QString &unit);
// Marks the officer removed (the row stays: the records they captured keep naming them) and bumps the
// unit's settings version. not_found when no present officer has that id.
void remove(Sql &sql, const QString &unit, const QString &id, const QString &by);

// What the API and the CLI show: everything but the PIN hash.
[[nodiscard]] QJsonObject toJson(const OfficerEntry &officer);
// The POST body {"id", "name", "nip"?, "position", "pin"}; invalid_field / unknown_field naming the field.
[[nodiscard]] NewOfficer fromJson(const QByteArray &body);

} // namespace suara::server::officers
