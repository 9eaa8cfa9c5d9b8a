#pragma once

#include "endpoint.h"

#include <optional>

// Who is asking, decided before any body byte is read (docs/adr/0017-http-refuse-before-reading.md).
// An upload must not cost the server memory, CPU or a gzip inflation before it knows the caller:
// the head alone settles whether credentials are there at all (on the I/O thread, no database), and
// for a request that carries a body their check runs on a worker before the body is read.
namespace suara::server::earlyauth {

enum class Credentials { None, DeviceToken, UserBasic };

// What an endpoint needs; None for the health check and enrollment (the code is in the body).
[[nodiscard]] Credentials required(Endpoint endpoint);

// The token of "Authorization: Bearer <token>", or empty.
[[nodiscard]] QByteArray bearerToken(const HttpRequest &head);

// Cheap and database-free: an error when the head lacks the credentials the endpoint needs, or when
// they are unreadable (control characters in a Basic user name are a 400, never a database query).
[[nodiscard]] std::optional<protocol::ApiError> checkPresent(Endpoint endpoint, const HttpRequest &head);

// Whether the credentials are checked on a worker before the body is read: only where a body can be
// large (records, bundles, settings). A bodiless request is read whole anyway (64 KiB at most).
[[nodiscard]] bool checkBeforeBody(Endpoint endpoint, const HttpRequest &head);

// On a worker, with the head only: throws ApiFailure (401, 403 device_revoked) like the endpoint would.
// The endpoint checks again with the body: this check only decides whether the body is read at all.
void verify(Call &call, Endpoint endpoint);

} // namespace suara::server::earlyauth
