#include "officers.h"

#include "crypto/pinhash.h"
#include "crypto/pinpolicy.h"
#include "failure.h"
#include "protocol/strictjson.h"
#include "units.h"

#include <QSqlQuery>

namespace suara::server::officers {

using protocol::ErrorCode;

namespace {
QString weaknessText(pinpolicy::Weakness w)
{
    switch (w) {
    case pinpolicy::Weakness::None:
        return {};
    case pinpolicy::Weakness::TooShort:
    case pinpolicy::Weakness::TooLong:
        return QStringLiteral("a PIN is %1 to %2 digits").arg(pinpolicy::kMinLength).arg(pinpolicy::kMaxLength);
    case pinpolicy::Weakness::NotDigits:
        return QStringLiteral("a PIN is digits only");
    case pinpolicy::Weakness::SameDigit:
    case pinpolicy::Weakness::Sequence:
    case pinpolicy::Weakness::Repeated:
    case pinpolicy::Weakness::Common:
        return QStringLiteral("this PIN is one of the first anyone would try; choose another");
    }
    return {};
}

void bumpSettings(Sql &sql, const QString &unit)
{
    sql.run(QStringLiteral("UPDATE units SET settings_version = settings_version + 1, updated_at = ? WHERE code = ?"),
            {nowText(), unit});
}
} // namespace

void add(Sql &sql, const QString &unit, const NewOfficer &o, const QString &by)
{
    (void)units::get(sql, unit);
    if (!fieldformat::isOfficerId(o.id))
        fail(ErrorCode::InvalidField,
             QStringLiteral("an officer id is 1-40 of a-z, 0-9 and '-' (got \"%1\")").arg(o.id), QStringLiteral("id"));
    if (o.name.trimmed().isEmpty())
        fail(ErrorCode::InvalidField, QStringLiteral("an officer needs a name"), QStringLiteral("name"));
    if (o.position.trimmed().isEmpty())
        fail(ErrorCode::InvalidField, QStringLiteral("an officer needs a position (jabatan)"),
             QStringLiteral("position"));
    if (const QString why = weaknessText(pinpolicy::weakness(o.pin)); !why.isEmpty())
        fail(ErrorCode::InvalidField, why, QStringLiteral("pin"));
    const QString now = nowText();
    QSqlQuery q = sql.run(
        QStringLiteral("INSERT INTO officers (unit_code, id, name, nip, position, pin_hash, added_by, added_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (unit_code, id) DO UPDATE SET name = excluded.name, nip = excluded.nip,"
                       " position = excluded.position, pin_hash = excluded.pin_hash, added_by = excluded.added_by,"
                       " added_at = excluded.added_at, removed_at = NULL, removed_by = NULL"
                       " WHERE officers.removed_at IS NOT NULL"),
        {unit, o.id, o.name.trimmed(), o.nip.trimmed(), o.position.trimmed(), pinhash::hash(o.pin), by, now});
    if (q.numRowsAffected() == 0)
        fail(ErrorCode::InvalidField, QStringLiteral("unit %1 already has an officer %2").arg(unit, o.id),
             QStringLiteral("id"));
    bumpSettings(sql, unit);
}

QList<OfficerEntry> list(Sql &sql, const QString &unit)
{
    QSqlQuery q = sql.run(QStringLiteral("SELECT id, name, nip, position, pin_hash FROM officers"
                                         " WHERE unit_code = ? AND removed_at IS NULL ORDER BY id"),
                          {unit});
    QList<OfficerEntry> out;
    while (q.next())
        out.append(OfficerEntry{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString()});
    return out;
}

void remove(Sql &sql, const QString &unit, const QString &id, const QString &by)
{
    QSqlQuery q = sql.run(QStringLiteral("UPDATE officers SET removed_at = ?, removed_by = ?"
                                         " WHERE unit_code = ? AND id = ? AND removed_at IS NULL"),
                          {nowText(), by, unit, id});
    if (q.numRowsAffected() == 0)
        fail(ErrorCode::NotFound, QStringLiteral("unit %1 has no officer %2").arg(unit, id));
    bumpSettings(sql, unit);
}

QJsonObject toJson(const OfficerEntry &officer)
{
    QJsonObject o = officer.toJson();
    o.remove(QStringLiteral("pin_hash"));
    return o;
}

NewOfficer fromJson(const QByteArray &body)
{
    protocol::ApiError error;
    const std::optional<QJsonObject> root = protocol::parseObject(body, &error);
    if (!root)
        throw ApiFailure(error);
    protocol::FieldReader r(*root, QString(), &error);
    const auto id = r.string(QStringLiteral("id"), protocol::FieldReader::Required, 40);
    const auto name = r.string(QStringLiteral("name"), protocol::FieldReader::Required, 200);
    const auto nip = r.string(QStringLiteral("nip"), protocol::FieldReader::Optional, 40);
    const auto position = r.string(QStringLiteral("position"), protocol::FieldReader::Required, 200);
    const auto pin = r.string(QStringLiteral("pin"), protocol::FieldReader::Required, 16);
    if (!r.finish())
        throw ApiFailure(error);
    return NewOfficer{*id, *name, nip.value_or(QString()), *position, *pin};
}

} // namespace suara::server::officers
