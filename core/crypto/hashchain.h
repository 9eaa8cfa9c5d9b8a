#pragma once

#include <QByteArray>

namespace suara::hashchain {

// The chain link of a record: SHA-256(body bytes || previous hash). The first record of a device
// links to 32 zero bytes. A changed body breaks its own hash and every later one.
inline constexpr int kHashSize = 32;
[[nodiscard]] QByteArray genesis();
[[nodiscard]] QByteArray link(const QByteArray &body, const QByteArray &previousHash);

} // namespace suara::hashchain
