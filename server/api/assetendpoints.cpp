// The dashboard's files, compiled into the server from web/dist (qt_add_resources under :/web):
// nothing is fetched from the internet, so the page works on an office intranet.
#include "endpoint.h"

#include "service/failure.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QMutex>

namespace suara::server::endpoints {

using protocol::ErrorCode;

namespace {
struct Asset
{
    QByteArray bytes;
    QByteArray etag;
    QByteArray contentType;
};

QByteArray contentTypeFor(const QString &path)
{
    static const QList<QPair<QLatin1String, QByteArray>> types = {
        {QLatin1String(".html"), "text/html; charset=utf-8"},
        {QLatin1String(".js"), "text/javascript; charset=utf-8"},
        {QLatin1String(".css"), "text/css; charset=utf-8"},
        {QLatin1String(".svg"), "image/svg+xml"},
        {QLatin1String(".png"), "image/png"},
        {QLatin1String(".ico"), "image/x-icon"},
        {QLatin1String(".woff2"), "font/woff2"},
        {QLatin1String(".json"), "application/json"},
        {QLatin1String(".txt"), "text/plain; charset=utf-8"},
    };
    for (const auto &[suffix, type] : types) {
        if (path.endsWith(suffix))
            return type;
    }
    return "application/octet-stream";
}

// Files are read from the resource once; the ETag is a hash of the bytes, so it changes exactly
// when a new build ships a different file.
std::optional<Asset> load(const QString &resource)
{
    static QMutex mutex;
    static QHash<QString, Asset> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(resource); it != cache.cend())
        return *it;
    QFile file(QStringLiteral(":/web/") + resource);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        fail(ErrorCode::Internal, QStringLiteral("the dashboard file %1 cannot be read").arg(resource));
    Asset a{file.readAll(), {}, contentTypeFor(resource)};
    a.etag = '"' + QCryptographicHash::hash(a.bytes, QCryptographicHash::Sha256).toHex().left(32) + '"';
    cache.insert(resource, a);
    return a;
}
} // namespace

Reply asset(Call &call)
{
    const QString path = call.request.path;
    if (path == QLatin1String("/") || path == QLatin1String("/app"))
        return Reply{302, {}, {{"Location", "/app/"}, {"Cache-Control", "no-cache"}}, true}; // no body
    QString resource = path.mid(int(qstrlen("/app/")));
    if (resource.contains(QLatin1String("..")))
        fail(ErrorCode::NotFound, QStringLiteral("no file %1").arg(path));
    std::optional<Asset> found = resource.isEmpty() ? std::nullopt : load(resource);
    bool fallback = false;
    if (!found) {
        // Not a file: a route of the page itself (/app/units/X), answered by the page. A missing
        // file under assets/ stays a 404, so a broken build is not hidden behind index.html.
        if (resource.startsWith(QLatin1String("assets/")))
            fail(ErrorCode::NotFound, QStringLiteral("no dashboard file %1").arg(path));
        found = load(QStringLiteral("index.html"));
        fallback = true;
        if (!found)
            fail(ErrorCode::Internal, QStringLiteral("this suara-server was built without the dashboard"));
    }
    HttpHeaders headers{{"ETag", found->etag},
                        // Revalidated on every load (a cheap 304): file names carry no hash.
                        {"Cache-Control", "no-cache"},
                        {"X-Content-Type-Options", "nosniff"},
                        {"Referrer-Policy", "same-origin"}};
    if (fallback || resource.endsWith(QLatin1String(".html"))) {
        headers.append(
            qMakePair(QByteArray("Content-Security-Policy"),
                      QByteArray("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                 "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
                                 "base-uri 'none'; form-action 'self'")));
        headers.append(qMakePair(QByteArray("X-Frame-Options"), QByteArray("DENY")));
    }
    const QByteArray ifNoneMatch = call.request.header("if-none-match");
    for (const QByteArray &tag : ifNoneMatch.split(',')) {
        if (tag.trimmed() == found->etag)
            return Reply{304, {}, headers, true};
    }
    return Reply{200, {}, headers, false, found->bytes, found->contentType};
}

} // namespace suara::server::endpoints
