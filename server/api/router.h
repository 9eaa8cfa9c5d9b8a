#pragma once

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace suara::server {

enum class Endpoint {
    Health,
    Enroll,
    Settings,
    PushRecords,
    ImportBundle,
    ListDevices,
    RevokeDevice,
    GetUnitSettings,
    PutUnitSettings,
    ListAlerts,
};

enum class BodyKind { None, Json, Bundle };

struct RouteMatch
{
    std::optional<Endpoint> endpoint; // empty: the path exists but not for this method
    QStringList params;               // the {…} segments, in order
    QByteArray allow;                 // methods the path does accept, for 405's Allow header
    BodyKind body = BodyKind::None;
};

// nullopt: no such path (404). `rawPath` is the path as sent, still percent-encoded (HttpRequest::rawPath);
// the params come back decoded.
[[nodiscard]] std::optional<RouteMatch> route(const QByteArray &method, const QByteArray &rawPath);

} // namespace suara::server
