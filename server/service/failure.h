#pragma once

#include "protocol/apierror.h"

#include <QByteArray>
#include <QString>
#include <exception>

namespace suara::server {

// An expected refusal (unknown unit, used code, revoked device…). Services throw it; the one error
// funnel (Api::handle for HTTP, the CLI's main) turns it into the JSON error or a message and exit code.
struct ApiFailure : std::exception
{
    explicit ApiFailure(protocol::ApiError e)
        : error(std::move(e))
    {
    }
    const char *what() const noexcept override { return "api failure"; }
    protocol::ApiError error;
    int retryAfterSeconds = 0; // > 0: sent as Retry-After (429, 503)
};

[[noreturn]] void fail(protocol::ErrorCode code, const QString &message, const QString &field = {});

// The server's clock as protocol text: every stored time goes through here.
[[nodiscard]] QString nowText();
[[nodiscard]] QString sha256Hex(const QByteArray &data);

} // namespace suara::server
