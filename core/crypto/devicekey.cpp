#include "devicekey.h"

#include <sodium.h>

namespace suara {

bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

DeviceKey DeviceKey::generate()
{
    ensureSodium();
    DeviceKey key;
    key.m_public.resize(crypto_sign_PUBLICKEYBYTES);
    key.m_secret.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(key.m_public.data()),
                        reinterpret_cast<unsigned char *>(key.m_secret.data()));
    return key;
}

std::optional<DeviceKey> DeviceKey::fromSecretKey(const QByteArray &secretKey)
{
    ensureSodium();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return std::nullopt;
    DeviceKey key;
    key.m_secret = secretKey;
    key.m_public.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(key.m_public.data()),
                                 reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return key;
}

QByteArray DeviceKey::sign(const QByteArray &message) const
{
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return sig;
}

bool DeviceKey::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    ensureSodium();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

} // namespace suara
