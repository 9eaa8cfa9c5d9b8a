#include "endpoint.h"

namespace suara::server {

namespace {
bool isTrusted(const QHostAddress &peer, const QList<QHostAddress> &trusted)
{
    for (const QHostAddress &t : trusted) {
        if (peer.isEqual(t, QHostAddress::TolerantConversion))
            return true;
    }
    return false;
}
} // namespace

QHostAddress clientAddress(const HttpRequest &request, const ApiConfig &config)
{
    if (!isTrusted(request.peer, config.trustedProxies))
        return request.peer;
    // Our proxy appends the address it saw to whatever the client sent: only the last entry is its own.
    const QList<QByteArray> hops = request.header("x-forwarded-for").split(',');
    QHostAddress forwarded;
    if (!hops.isEmpty() && forwarded.setAddress(QString::fromLatin1(hops.last().trimmed())))
        return forwarded;
    return request.peer;
}

} // namespace suara::server
