#include "router.h"

#include <QUrl>

namespace suara::server {

namespace {
struct Route
{
    const char *method;
    const char *pattern; // "{}" matches one non-empty segment
    Endpoint endpoint;
    BodyKind body;
};

constexpr Route kRoutes[] = {
    {"GET", "/healthz", Endpoint::Health, BodyKind::None},
    {"POST", "/api/v1/enroll", Endpoint::Enroll, BodyKind::Json},
    {"GET", "/api/v1/settings", Endpoint::Settings, BodyKind::None},
    {"POST", "/api/v1/records", Endpoint::PushRecords, BodyKind::Json},
    {"POST", "/api/v1/bundles", Endpoint::ImportBundle, BodyKind::Bundle},
    {"GET", "/api/v1/devices", Endpoint::ListDevices, BodyKind::None},
    {"POST", "/api/v1/devices/{}/revoke", Endpoint::RevokeDevice, BodyKind::None},
    {"GET", "/api/v1/units/{}/settings", Endpoint::GetUnitSettings, BodyKind::None},
    {"PUT", "/api/v1/units/{}/settings", Endpoint::PutUnitSettings, BodyKind::Json},
    {"GET", "/api/v1/alerts", Endpoint::ListAlerts, BodyKind::None},
};

// Splits the raw (percent-encoded) path on '/' and only then decodes each segment, so an encoded
// slash stays inside its segment: "/api/v1/devices/x%2Frevoke" is a device "x/revoke", never a revoke.
QStringList segments(const QByteArray &rawPath)
{
    QByteArray trimmed = rawPath;
    if (trimmed.size() > 1 && trimmed.endsWith('/'))
        trimmed.chop(1);
    QStringList out;
    for (const QByteArray &segment : trimmed.split('/'))
        out << QUrl::fromPercentEncoding(segment);
    return out;
}

bool matchPath(const QString &pattern, const QStringList &have, QStringList *params)
{
    const QStringList want = pattern.split(QLatin1Char('/'));
    if (want.size() != have.size())
        return false;
    QStringList captured;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want.at(i) == QLatin1String("{}")) {
            if (have.at(i).isEmpty())
                return false;
            captured << have.at(i);
        } else if (want.at(i) != have.at(i)) {
            return false;
        }
    }
    *params = captured;
    return true;
}
} // namespace

std::optional<RouteMatch> route(const QByteArray &method, const QByteArray &rawPath)
{
    const QStringList have = segments(rawPath);
    std::optional<RouteMatch> found;
    for (const Route &r : kRoutes) {
        QStringList params;
        if (!matchPath(QString::fromLatin1(r.pattern), have, &params))
            continue;
        if (!found)
            found = RouteMatch();
        found->allow += (found->allow.isEmpty() ? "" : ", ") + QByteArray(r.method);
        if (method == r.method) {
            found->endpoint = r.endpoint;
            found->params = params;
            found->body = r.body;
        }
    }
    return found;
}

} // namespace suara::server
