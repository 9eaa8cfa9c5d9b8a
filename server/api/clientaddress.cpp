#include "endpoint.h"

namespace suara::server {

bool fromTrustedProxy(const HttpRequest &request, const ApiConfig &config)
{
    for (const QHostAddress &t : config.trustedProxies) {
        if (request.peer.isEqual(t, QHostAddress::TolerantConversion))
            return true;
    }
    return false;
}

QHostAddress clientAddress(const HttpRequest &request, const ApiConfig &config)
{
    if (!fromTrustedProxy(request, config))
        return request.peer;
    // Our proxy appends the address it saw to whatever the client sent: only the last entry is its own.
    const QList<QByteArray> hops = request.header("x-forwarded-for").split(',');
    QHostAddress forwarded;
    if (!hops.isEmpty() && forwarded.setAddress(QString::fromLatin1(hops.last().trimmed())))
        return forwarded;
    return request.peer;
}

} // namespace suara::server
