#pragma once

#include "db/database.h"
#include "endpoint.h"
#include "http/httpmessage.h"

#include <atomic>
#include <functional>

namespace suara::server {

// The protocol over HTTP (docs/protocol.md). The one error funnel: whatever an endpoint throws
// (ApiFailure, DbFailure, anything else) leaves as {"error": {"code","message"[,"field"]}} with its
// status, X-Suara-Protocol: 1 and no internals; nothing escapes into the HTTP layer.
class Api : public HttpHandler
{
public:
    Api(Database &database, ApiConfig config);

    Admission admit(const HttpRequest &head) override;
    std::optional<HttpResponse> authorize(const HttpRequest &head) override;
    HttpResponse handle(const HttpRequest &request) override;
    HttpResponse transportError(TransportError error, const HttpRequest *head) override;

    void setShuttingDown() { m_shuttingDown = true; }

private:
    // The error funnel around `work`; status 0 when work returned nothing to answer.
    HttpResponse guarded(const HttpRequest &request,
                         const std::function<std::optional<HttpResponse>(QString *who)> &work);
    Reply serve(const HttpRequest &request, QString *who);
    Reply dispatch(Call &call);
    [[nodiscard]] QByteArray decodeBody(const HttpRequest &request) const;
    [[nodiscard]] HttpResponse finish(const Reply &reply, const HttpRequest *request) const;
    [[nodiscard]] HttpResponse error(const protocol::ApiError &error, const HttpRequest *request) const;
    [[nodiscard]] Reply health();

    Database &m_db;
    ApiConfig m_config;
    std::atomic<bool> m_shuttingDown = false;
};

} // namespace suara::server
