#include "devices.h"

#include "crypto/devicekey.h"
#include "enrollmentcodes.h"
#include "failure.h"
#include "protocol/wiretime.h"
#include "units.h"

#include <QDateTime>
#include <QJsonObject>
#include <sodium.h>

namespace suara::server::devices {

using protocol::ErrorCode;

namespace {
QString newToken()
{
    ensureSodium();
    QByteArray raw(32, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

struct CodeRow
{
    QString unitCode;
    QString expiresAt;
    QString usedByDevice;
    QString usedByKey;
};

std::optional<CodeRow> codeRow(Sql &sql, const QString &hash)
{
    QSqlQuery q = sql.run(QStringLiteral("SELECT unit_code, expires_at, used_by_device, used_by_key "
                                         "FROM enrollment_codes WHERE code_hash = ?"),
                          {hash});
    if (!q.next())
        return std::nullopt;
    return CodeRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
}

[[noreturn]] void codeUsed()
{
    fail(ErrorCode::EnrollmentCodeUsed,
         QStringLiteral("this enrollment code was already used by another device; "
                        "ask the unit admin for a new one"));
}

void refuseIfRevoked(const Device &d)
{
    if (d.revoked)
        fail(ErrorCode::DeviceRevoked,
             QStringLiteral("device %1 was revoked by an admin; it cannot enroll or sync. "
                            "Keep its records and contact the unit admin.")
                 .arg(d.id));
}
} // namespace

std::optional<Device> find(Sql &sql, const QString &id)
{
    QSqlQuery q =
        sql.run(QStringLiteral("SELECT id, unit_code, public_key, revoked_at FROM devices WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return Device{q.value(0).toString(), q.value(1).toString(),
                  QByteArray::fromBase64(q.value(2).toString().toLatin1()), !q.value(3).isNull()};
}

Enrollment enroll(Sql &sql, const protocol::EnrollRequest &request, bool issueToken)
{
    // A revoked device is told so whatever code it sends (unknown, used, someone else's): the code
    // is not what stops it, and "ask for a new code" would send the admin the wrong way.
    if (const std::optional<Device> known = find(sql, request.deviceId); known && known->publicKey == request.publicKey)
        refuseIfRevoked(*known);
    QString hash = enrollmentcodes::codeHash(request.code);
    const QString key = QString::fromLatin1(request.publicKey.toBase64());
    std::optional<CodeRow> code = codeRow(sql, hash);
    if (!code) {
        // A code issued before the key existed: still recognised once used (a device repeating its
        // enrollment, or asking with a used code), never claimable (they were expired on upgrade).
        const QString legacy = enrollmentcodes::legacyCodeHash(request.code);
        if (std::optional<CodeRow> old = codeRow(sql, legacy); old && !old->usedByDevice.isEmpty()) {
            code = old;
            hash = legacy;
        }
    }
    if (!code || protocol::normalizeEnrollmentCode(request.code).isEmpty())
        fail(ErrorCode::EnrollmentCodeInvalid,
             QStringLiteral("unknown enrollment code; check it or ask the unit admin for a new one"),
             QStringLiteral("code"));

    Enrollment out;
    const QString token = issueToken ? newToken() : QString();
    // The token column is unique and never empty: a device enrolled by bundle gets an unknowable one.
    const QString tokenHash = sha256Hex((issueToken ? token : newToken()).toLatin1());

    if (code->usedByDevice.isEmpty()) {
        if (code->expiresAt < nowText())
            fail(ErrorCode::EnrollmentCodeInvalid,
                 QStringLiteral("this enrollment code expired at %1; ask for a new one").arg(code->expiresAt),
                 QStringLiteral("code"));
        const std::optional<Device> existing = find(sql, request.deviceId);
        if (existing && existing->publicKey != request.publicKey)
            fail(ErrorCode::EnrollmentCodeUsed,
                 QStringLiteral("device id %1 is already enrolled with another key").arg(request.deviceId));
        if (existing)
            refuseIfRevoked(*existing);
        QSqlQuery claim =
            sql.run(QStringLiteral("UPDATE enrollment_codes SET used_by_device = ?, used_by_key = ?, used_at = ? "
                                   "WHERE code_hash = ? AND used_by_device IS NULL"),
                    {request.deviceId, key, nowText(), hash});
        if (claim.numRowsAffected() == 1) {
            QSqlQuery insert = sql.run(
                QStringLiteral(
                    "INSERT INTO devices (id, unit_code, public_key, token_hash, label, app_version, enrolled_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                {request.deviceId, code->unitCode, key, tokenHash, request.label, request.appVersion, nowText()});
            if (insert.numRowsAffected() == 0) {
                // Enrolled meanwhile (another code, another process): only the same key may continue.
                const std::optional<Device> now = find(sql, request.deviceId);
                if (!now || now->publicKey != request.publicKey)
                    fail(ErrorCode::EnrollmentCodeUsed,
                         QStringLiteral("device id %1 is already enrolled with another key").arg(request.deviceId));
                refuseIfRevoked(*now);
                if (issueToken)
                    sql.run(QStringLiteral("UPDATE devices SET unit_code = ?, token_hash = ?, label = ?, app_version = "
                                           "? WHERE id = ?"),
                            {code->unitCode, tokenHash, request.label, request.appVersion, request.deviceId});
                else
                    sql.run(QStringLiteral("UPDATE devices SET unit_code = ? WHERE id = ?"),
                            {code->unitCode, request.deviceId});
            }
            out.created = true;
        } else {
            code = codeRow(sql, hash); // claimed by a concurrent enrollment: judge it as a repeat below
        }
    }

    if (!out.created) {
        if (code->usedByDevice != request.deviceId || code->usedByKey != key)
            codeUsed();
        // The same device repeating an enrollment whose answer it lost: a fresh token, the old one dies.
        const std::optional<Device> existing = find(sql, request.deviceId);
        if (!existing)
            codeUsed();
        refuseIfRevoked(*existing);
        if (issueToken)
            sql.run(QStringLiteral("UPDATE devices SET token_hash = ? WHERE id = ?"), {tokenHash, request.deviceId});
    }
    const units::Unit unit = units::get(sql, code->unitCode);
    out.device = Device{request.deviceId, unit.code, request.publicKey, false};
    out.token = token;
    out.unitName = unit.name;
    return out;
}

Device authenticate(Sql &sql, const QByteArray &token)
{
    if (token.isEmpty())
        fail(ErrorCode::Unauthorized,
             QStringLiteral("this request needs the device token: Authorization: Bearer <token>"));
    QSqlQuery q =
        sql.run(QStringLiteral("SELECT id, unit_code, public_key, revoked_at FROM devices WHERE token_hash = ?"),
                {sha256Hex(token)});
    if (!q.next())
        fail(ErrorCode::Unauthorized, QStringLiteral("unknown device token; enroll the device again"));
    const Device d{q.value(0).toString(), q.value(1).toString(),
                   QByteArray::fromBase64(q.value(2).toString().toLatin1()), !q.value(3).isNull()};
    refuseIfRevoked(d);
    return d;
}

void revoke(Sql &sql, const QString &id)
{
    if (!find(sql, id))
        fail(ErrorCode::NotFound, QStringLiteral("no device %1").arg(id));
    sql.run(QStringLiteral("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"), {nowText(), id});
}

QList<Summary> list(Sql &sql, const QString &unitCode)
{
    QString text = QStringLiteral(
        "SELECT d.id, d.unit_code, d.label, d.app_version, d.enrolled_at, d.last_sync, d.last_seq, d.reported_last_seq,"
        " d.revoked_at, d.clock_skew_s,"
        " (SELECT COUNT(*) FROM alerts a WHERE a.device_id = d.id AND a.resolved_at IS NULL),"
        " (SELECT COUNT(*) FROM records r WHERE r.device_id = d.id)"
        " FROM devices d");
    QVariantList binds;
    if (!unitCode.isEmpty()) {
        text += QStringLiteral(" WHERE d.unit_code = ?");
        binds << unitCode;
    }
    text += QStringLiteral(" ORDER BY d.unit_code, d.enrolled_at, d.id");
    QSqlQuery q = sql.run(text, binds);
    QList<Summary> out;
    while (q.next()) {
        Summary s;
        s.id = q.value(0).toString();
        s.unitCode = q.value(1).toString();
        s.label = q.value(2).toString();
        s.appVersion = q.value(3).toString();
        s.enrolledAt = q.value(4).toString();
        s.lastSync = q.value(5).toString();
        s.lastSeq = q.value(6).toLongLong();
        s.reportedLastSeq = q.value(7).toLongLong();
        s.revokedAt = q.value(8).toString();
        if (!q.value(9).isNull())
            s.clockSkewSeconds = q.value(9).toLongLong();
        s.openAlerts = q.value(10).toLongLong();
        s.records = q.value(11).toLongLong();
        out.append(s);
    }
    return out;
}

QJsonObject toJson(const Summary &d)
{
    QJsonObject o{{QStringLiteral("device_id"), d.id},
                  {QStringLiteral("unit"), d.unitCode},
                  {QStringLiteral("label"), d.label},
                  {QStringLiteral("app_version"), d.appVersion},
                  {QStringLiteral("enrolled_at"), d.enrolledAt},
                  {QStringLiteral("last_sync"), d.lastSync.isEmpty() ? QJsonValue() : QJsonValue(d.lastSync)},
                  {QStringLiteral("last_seq"), d.lastSeq},
                  {QStringLiteral("reported_last_seq"), d.reportedLastSeq},
                  {QStringLiteral("records"), d.records},
                  {QStringLiteral("revoked"), !d.revokedAt.isEmpty()},
                  {QStringLiteral("revoked_at"), d.revokedAt.isEmpty() ? QJsonValue() : QJsonValue(d.revokedAt)},
                  {QStringLiteral("open_alerts"), d.openAlerts}};
    if (d.clockSkewSeconds)
        o.insert(QStringLiteral("clock_skew_seconds"), *d.clockSkewSeconds);
    return o;
}

} // namespace suara::server::devices
