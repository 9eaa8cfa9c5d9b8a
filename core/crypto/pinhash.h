#pragma once

#include <QString>

namespace suara {

// Salted, deliberately slow PIN hashing (libsodium Argon2id). Only the encoded hash is ever stored.
namespace pinhash {
[[nodiscard]] QString hash(const QString &pin);
[[nodiscard]] bool verify(const QString &encodedHash, const QString &pin);
} // namespace pinhash

} // namespace suara
