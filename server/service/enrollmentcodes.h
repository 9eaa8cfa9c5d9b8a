#pragma once

#include "db/sql.h"

#include <QDateTime>
#include <QHostAddress>

namespace suara::server::enrollmentcodes {

struct Issued
{
    QString code; // "7KQ4-MX2P": shown once, stored only as a keyed hash
    QString unitCode;
    QString unitName;
    QDateTime expiresAt;
};

// The key of the code hashes (docs/adr/0018-http-enrollment-code-hmac.md): kept outside the database,
// so a copy of the database alone cannot test the 2^40 codes. Set once at start-up, before any thread
// is started; every hash fails (500, never an unkeyed hash) until it is set.
void setKey(const QByteArray &key);
[[nodiscard]] bool hasKey();

// Reads the key file, or creates it (32 random bytes as hex, mode 0600) when it is missing and
// `create` is set. A key file anyone else may read is refused.
[[nodiscard]] std::optional<QByteArray> loadKeyFile(const QString &path, bool create, QString *error);

// A one-time code for one device of the unit: 8 characters from an alphabet without look-alikes
// (no 0/O, 1/I), 40 bits, valid for `hours`.
[[nodiscard]] Issued issue(Sql &sql, const QString &unitCode, int hours);

// HMAC-SHA-256(key, message): the one keyed hash behind code hashes and recovery codes.
[[nodiscard]] QByteArray keyedMac(const QByteArray &message);

// "hmac1:" + HMAC-SHA-256(key, normalized code) in hex.
[[nodiscard]] QString codeHash(const QString &typedCode);
// The unkeyed SHA-256 of codes issued before the key existed: only to recognise a code already used.
[[nodiscard]] QString legacyCodeHash(const QString &typedCode);

// Codes issued before the key that are still unused cannot be checked any more: they are expired now.
// Returns how many (for the log line); idempotent.
[[nodiscard]] int invalidateUnkeyedCodes(Sql &sql);

// Failed enrollment attempts per client address, in the database so every server process counts
// together: kMaxFailures wrong codes within kWindowSeconds, then 429 until the window ends.
inline constexpr int kMaxFailures = 10;
inline constexpr int kWindowSeconds = 15 * 60;
// Throws ApiFailure(too_many_requests, Retry-After) while the address is locked out.
void refuseIfThrottled(Sql &sql, const QHostAddress &address);
// Counts one wrong code for the address; commits on its own (the enrollment's transaction rolled back).
void recordFailure(Sql &sql, const QHostAddress &address);

} // namespace suara::server::enrollmentcodes
