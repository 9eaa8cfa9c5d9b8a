#pragma once

#include "db/database.h"
#include "http/httpmessage.h"
#include "protocol/apierror.h"
#include "router.h"

#include <QJsonObject>
#include <optional>

namespace suara::server {

struct ApiConfig
{
    qint64 maxBodyBytes = 1LL << 20;
    qint64 maxDecompressedBytes = 8LL << 20;
    qint64 maxBundleBytes = 32LL << 20;
    qint64 maxBundleDecompressedBytes = 256LL << 20;
    int maxBatchRecords = 500;
    // Peers whose X-Forwarded-For is believed (the reverse proxy in front, docs/deployment.md); from
    // anyone else the header is ignored, so a client cannot pick the address it is limited by.
    QList<QHostAddress> trustedProxies;
};

// The client's address: the peer, or the address a trusted proxy put last in X-Forwarded-For.
[[nodiscard]] QHostAddress clientAddress(const HttpRequest &request, const ApiConfig &config);

// One request on its way through an endpoint: the decoded body and this thread's connection.
struct Call
{
    const HttpRequest &request;
    const RouteMatch &match;
    QByteArray body; // after Content-Encoding
    Sql sql;
    const ApiConfig &config;
    QString who;     // for the request log: device id or "user:<name>"
};

// What an endpoint answers; Api::finish turns it into bytes with the protocol's headers.
struct Reply
{
    int status = 200;
    QJsonObject json;
    HttpHeaders headers;
    bool empty = false; // 304
    // A body that is not JSON (a dashboard asset, an HTML page, a download): sent as is, with
    // `contentType`, instead of `json`.
    std::optional<QByteArray> raw = std::nullopt;
    QByteArray contentType = {};
};

namespace endpoints {
Reply enroll(Call &call);
Reply settings(Call &call);
Reply pushRecords(Call &call);
Reply importBundle(Call &call);
Reply listDevices(Call &call);
Reply revokeDevice(Call &call);
Reply unitSettings(Call &call);
Reply putUnitSettings(Call &call);
Reply listAlerts(Call &call);
} // namespace endpoints

} // namespace suara::server
