#include "pinhash.h"

#include "devicekey.h"

#include <sodium.h>

namespace suara::pinhash {

// Interactive limits keep a PIN check around a few hundred ms on a low-end tablet.
QString hash(const QString &pin)
{
    ensureSodium();
    const QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verify(const QString &encodedHash, const QString &pin)
{
    ensureSodium();
    if (encodedHash.isEmpty())
        return false;
    const QByteArray stored = encodedHash.toLatin1();
    const QByteArray utf8 = pin.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
}

} // namespace suara::pinhash
