#include "enrollmentcodes.h"

#include "crypto/devicekey.h"
#include "failure.h"
#include "protocol/enrollment.h"
#include "protocol/wiretime.h"
#include "units.h"

#include <QFile>
#include <QFileInfo>
#include <sodium.h>

namespace suara::server::enrollmentcodes {

using protocol::ErrorCode;

namespace {
constexpr char kAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // 32 symbols: 5 bits each
constexpr char kKeyedPrefix[] = "hmac1:";

QByteArray &key()
{
    static QByteArray k;
    return k;
}

QString randomCode()
{
    ensureSodium();
    QString out;
    for (int i = 0; i < 8; ++i)
        out.append(QLatin1Char(kAlphabet[randombytes_uniform(32)]));
    return out;
}

// An address as stored: IPv4-mapped IPv6 ("::ffff:1.2.3.4") and plain IPv4 count as one.
QString addressKey(const QHostAddress &address)
{
    bool v4 = false;
    const quint32 ip4 = address.toIPv4Address(&v4);
    return v4 ? QHostAddress(ip4).toString() : address.toString();
}
} // namespace

void setKey(const QByteArray &k)
{
    key() = k;
}

bool hasKey()
{
    return !key().isEmpty();
}

std::optional<QByteArray> loadKeyFile(const QString &path, bool create, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        if (!create) {
            *error = QStringLiteral("the secret file %1 does not exist").arg(path);
            return std::nullopt;
        }
        ensureSodium();
        QByteArray raw(32, Qt::Uninitialized);
        randombytes_buf(raw.data(), size_t(raw.size()));
        const QByteArray text = raw.toHex() + '\n';
        // Created 0600 from the start: never readable by others, not even for a moment.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || file.write(text) != text.size() || !file.flush()) {
            *error = QStringLiteral("cannot create the secret file %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        file.close();
    }
    const QFileDevice::Permissions others =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (QFileInfo(path).permissions() & others) {
        *error = QStringLiteral("the secret file %1 may be read by others; chmod 600 it").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the secret file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray text = file.readAll().trimmed();
    if (text.size() < 32) {
        *error = QStringLiteral("the secret file %1 holds %2 bytes; it needs at least 32 (e.g. 64 hex digits)")
                     .arg(path)
                     .arg(text.size());
        return std::nullopt;
    }
    return text;
}

QByteArray keyedMac(const QByteArray &message)
{
    if (!hasKey())
        fail(ErrorCode::Internal, QStringLiteral("the enrollment code key is not loaded"));
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    ensureSodium();
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(key().constData()),
                                size_t(key().size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(message.constData()),
                                  static_cast<unsigned long long>(message.size()));
    crypto_auth_hmacsha256_final(&state, mac);
    return QByteArray(reinterpret_cast<const char *>(mac), sizeof mac);
}

QString codeHash(const QString &typedCode)
{
    const QByteArray mac = keyedMac(protocol::normalizeEnrollmentCode(typedCode).toUtf8());
    return QLatin1String(kKeyedPrefix) + QString::fromLatin1(mac.toHex());
}

QString legacyCodeHash(const QString &typedCode)
{
    return sha256Hex(protocol::normalizeEnrollmentCode(typedCode).toUtf8());
}

int invalidateUnkeyedCodes(Sql &sql)
{
    const QString now = nowText();
    QSqlQuery q =
        sql.run(QStringLiteral("UPDATE enrollment_codes SET expires_at = ? "
                               "WHERE used_by_device IS NULL AND expires_at > ? AND code_hash NOT LIKE 'hmac1:%'"),
                {now, now});
    return q.numRowsAffected();
}

Issued issue(Sql &sql, const QString &unitCode, int hours)
{
    if (hours < 1 || hours > 24 * 90)
        fail(ErrorCode::InvalidField, QStringLiteral("--expires-hours must be between 1 and 2160"),
             QStringLiteral("expires-hours"));
    const units::Unit unit = units::get(sql, unitCode);
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(qint64(hours) * 3600);
    for (int attempt = 0; attempt < 5; ++attempt) {
        const QString code = randomCode();
        QSqlQuery q =
            sql.run(QStringLiteral("INSERT INTO enrollment_codes (code_hash, unit_code, created_at, expires_at) "
                                   "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                    {codeHash(code), unit.code, nowText(), protocol::formatTime(expires)});
        if (q.numRowsAffected() == 1)
            return Issued{protocol::formatEnrollmentCode(code), unit.code, unit.name, expires};
    }
    fail(ErrorCode::Internal, QStringLiteral("could not find an unused enrollment code"));
}

void refuseIfThrottled(Sql &sql, const QHostAddress &address)
{
    QSqlQuery q = sql.run(QStringLiteral("SELECT window_start, failures FROM enrollment_failures WHERE address = ?"),
                          {addressKey(address)});
    if (!q.next())
        return;
    const std::optional<QDateTime> start = protocol::parseTime(q.value(0).toString());
    const int failures = q.value(1).toInt();
    if (!start || failures < kMaxFailures)
        return;
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(start->addSecs(kWindowSeconds));
    if (left <= 0)
        return;
    ApiFailure refusal(
        protocol::makeError(ErrorCode::TooManyRequests,
                            QStringLiteral("%1 wrong enrollment codes from this address; try again in %2 minutes")
                                .arg(failures)
                                .arg((left + 59) / 60)));
    refusal.retryAfterSeconds = int(left);
    throw refusal;
}

void recordFailure(Sql &sql, const QHostAddress &address)
{
    const QString who = addressKey(address);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString windowOver = protocol::formatTime(now.addSecs(-kWindowSeconds));
    Transaction tx(sql);
    // One statement per engine-neutral step: start a window, or count in the open one, or restart an old one.
    sql.run(QStringLiteral("INSERT INTO enrollment_failures (address, window_start, failures) VALUES (?, ?, 0) "
                           "ON CONFLICT DO NOTHING"),
            {who, protocol::formatTime(now)});
    sql.run(
        QStringLiteral(
            "UPDATE enrollment_failures SET window_start = ?, failures = 0 WHERE address = ? AND window_start <= ?"),
        {protocol::formatTime(now), who, windowOver});
    sql.run(QStringLiteral("UPDATE enrollment_failures SET failures = failures + 1 WHERE address = ?"), {who});
    tx.commit();
}

} // namespace suara::server::enrollmentcodes
