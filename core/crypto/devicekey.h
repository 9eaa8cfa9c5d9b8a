#pragma once

#include <QByteArray>
#include <optional>

namespace suara {

// The device's own Ed25519 key pair (libsodium). Made once on first start and registered with the
// server at enrollment, so records captured before enrollment are signed with the same key.
class DeviceKey
{
public:
    static DeviceKey generate();
    static std::optional<DeviceKey> fromSecretKey(const QByteArray &secretKey);

    [[nodiscard]] QByteArray publicKey() const { return m_public; }
    [[nodiscard]] QByteArray secretKey() const { return m_secret; }
    [[nodiscard]] QByteArray sign(const QByteArray &message) const;

    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

private:
    QByteArray m_public;
    QByteArray m_secret;
};

// libsodium must be initialised once before use; safe to call repeatedly.
bool ensureSodium();

} // namespace suara
