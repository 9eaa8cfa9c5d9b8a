#include "hashchain.h"

#include <QCryptographicHash>

namespace suara::hashchain {

QByteArray genesis()
{
    return QByteArray(kHashSize, '\0');
}

QByteArray link(const QByteArray &body, const QByteArray &previousHash)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(body);
    h.addData(previousHash);
    return h.result();
}

} // namespace suara::hashchain
