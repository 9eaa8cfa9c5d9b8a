#include "earlyauth.h"

#include "auth.h"
#include "edgetext.h"
#include "service/devices.h"

namespace suara::server::earlyauth {

using protocol::ErrorCode;
using protocol::makeError;

Credentials required(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Health:
    case Endpoint::Enroll:
    // Public by design: the published result, the dashboard's assets and its sign-in form.
    case Endpoint::PublicResult:
    case Endpoint::PublicPage:
    case Endpoint::PublicPoster:
    case Endpoint::Asset:
    case Endpoint::CreateSession:
        return Credentials::None;
    case Endpoint::Settings:
    case Endpoint::PushRecords:
    case Endpoint::PutEvidence:
        return Credentials::DeviceToken;
    case Endpoint::ImportBundle:
    case Endpoint::ListDevices:
    case Endpoint::RevokeDevice:
    case Endpoint::DeviceRecoveryCode:
    case Endpoint::GetUnitSettings:
    case Endpoint::PutUnitSettings:
    case Endpoint::ListAlerts:
        return Credentials::UserBasic;
    default:
        break; // every other user endpoint (reports, exports, units, sessions): a server user
    }
    return Credentials::UserBasic; // a new endpoint is closed until it says otherwise
}

QByteArray bearerToken(const HttpRequest &head)
{
    const QByteArray auth = head.header("authorization");
    if (auth.size() > 7 && auth.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        return auth.mid(7).trimmed();
    return {};
}

std::optional<protocol::ApiError> checkPresent(Endpoint endpoint, const HttpRequest &head)
{
    const QByteArray auth = head.header("authorization");
    switch (required(endpoint)) {
    case Credentials::None:
        return std::nullopt;
    case Credentials::DeviceToken:
        if (bearerToken(head).isEmpty())
            return makeError(ErrorCode::Unauthorized,
                             QStringLiteral("this request needs the device token: Authorization: Bearer <token>"));
        return std::nullopt;
    case Credentials::UserBasic:
        break;
    }
    // Cookie sessions of the dashboard are judged by the endpoint; only a request with neither a
    // cookie nor Basic credentials is refused here.
    if (!head.header("cookie").isEmpty() && auth.isEmpty())
        return std::nullopt;
    if (auth.size() <= 6 || auth.left(6).compare("Basic ", Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("admin endpoints need HTTP Basic credentials of a server user"));
    const auto decoded = QByteArray::fromBase64Encoding(auth.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.indexOf(':') <= 0)
        return makeError(ErrorCode::Unauthorized, QStringLiteral("malformed Basic credentials"));
    if (const std::optional<protocol::ApiError> bad =
            edgetext::check(QString::fromUtf8(decoded.decoded), QStringLiteral("Authorization")))
        return bad;
    return std::nullopt;
}

bool checkBeforeBody(Endpoint endpoint, const HttpRequest &head)
{
    const bool body = head.chunked || head.contentLength.value_or(0) > 0;
    if (!body || required(endpoint) == Credentials::None)
        return false;
    return endpoint == Endpoint::PushRecords || endpoint == Endpoint::ImportBundle
        || endpoint == Endpoint::PutUnitSettings || endpoint == Endpoint::PutEvidence;
}

void verify(Call &call, Endpoint endpoint)
{
    switch (required(endpoint)) {
    case Credentials::None:
        return;
    case Credentials::DeviceToken: {
        const devices::Device d = devices::authenticate(call.sql, bearerToken(call.request));
        call.who = d.id;
        return;
    }
    case Credentials::UserBasic:
        (void)auth::authenticateUser(call);
        return;
    }
}

} // namespace suara::server::earlyauth
