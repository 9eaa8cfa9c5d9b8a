#include "enrollmentcodes.h"

#include "crypto/devicekey.h"
#include "failure.h"
#include "protocol/enrollment.h"
#include "protocol/wiretime.h"
#include "units.h"

#include <sodium.h>

namespace suara::server::enrollmentcodes {

using protocol::ErrorCode;

namespace {
constexpr char kAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // 32 symbols: 5 bits each

QString randomCode()
{
    ensureSodium();
    QString out;
    for (int i = 0; i < 8; ++i)
        out.append(QLatin1Char(kAlphabet[randombytes_uniform(32)]));
    return out;
}
} // namespace

QString codeHash(const QString &typedCode)
{
    return sha256Hex(protocol::normalizeEnrollmentCode(typedCode).toUtf8());
}

Issued issue(Sql &sql, const QString &unitCode, int hours)
{
    if (hours < 1 || hours > 24 * 90)
        fail(ErrorCode::InvalidField, QStringLiteral("--expires-hours must be between 1 and 2160"), QStringLiteral("expires-hours"));
    const units::Unit unit = units::get(sql, unitCode);
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(qint64(hours) * 3600);
    for (int attempt = 0; attempt < 5; ++attempt) {
        const QString code = randomCode();
        QSqlQuery q = sql.run(QStringLiteral("INSERT INTO enrollment_codes (code_hash, unit_code, created_at, expires_at) "
                                             "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                              {codeHash(code), unit.code, nowText(), protocol::formatTime(expires)});
        if (q.numRowsAffected() == 1)
            return Issued{protocol::formatEnrollmentCode(code), unit.code, unit.name, expires};
    }
    fail(ErrorCode::Internal, QStringLiteral("could not find an unused enrollment code"));
}

} // namespace suara::server::enrollmentcodes
