#pragma once

#include <QString>

namespace suara::server::recoverycodes {

// The admin recovery code of one device (docs/adr/0026-pin-recovery-code.md): derived, never stored,
// as HMAC-SHA-256 under the server secret of a label and the device id, cut to 10 symbols of the
// enrollment code alphabet (50 bits) and shown as "XXXXX-XXXXX". The same device id always gives the
// same code while the secret file stays the same.
[[nodiscard]] QString codeFor(const QString &deviceId);

// A salted Argon2id hash of the code (libsodium's encoded string), for the device's enrollment answer:
// the device can check the code an admin types without ever holding the code itself.
[[nodiscard]] QString hashFor(const QString &deviceId);

} // namespace suara::server::recoverycodes
