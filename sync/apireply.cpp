#include "apireply.h"

#include "protocol/gzip.h"
#include "protocol/protocol.h"

#include <QJsonDocument>

namespace suara::sync {

namespace {
// Errors below 200 (and Qt's protocol failures) mean the HTTP exchange itself broke: refused, reset,
// cut mid-body, TLS, proxy. Errors from 200 up are Qt's names for HTTP statuses: the answer is judged.
bool brokenExchange(QNetworkReply::NetworkError e)
{
    return (e > QNetworkReply::NoError && e < QNetworkReply::ContentAccessDenied) || e == QNetworkReply::ProtocolFailure
        || e == QNetworkReply::ProtocolUnknownError;
}

ApiReply failed(SyncError error, const QString &detail, int status = 0)
{
    ApiReply r;
    r.failure = {error, detail};
    r.status = status;
    return r;
}

SyncError errorForSuaraError(int status, const protocol::ApiError &e)
{
    using protocol::ErrorCode;
    switch (e.code) {
    case ErrorCode::DeviceRevoked:
        return SyncError::Revoked;
    case ErrorCode::EnrollmentCodeInvalid:
        return SyncError::EnrollmentCodeInvalid;
    case ErrorCode::EnrollmentCodeUsed:
        return SyncError::EnrollmentCodeUsed;
    default:
        break;
    }
    if (status == 401)
        return SyncError::Unauthorized;
    if (status >= 500)
        return SyncError::ServerUnavailable;
    return SyncError::RequestRefused;
}
QString proxyName(const RawReply &raw)
{
    const QString server = QString::fromLatin1(raw.serverHeader.trimmed()).left(40);
    return server.isEmpty() ? QStringLiteral("a proxy") : QStringLiteral("a proxy (%1)").arg(server);
}

// A reverse proxy in front of Suara answers some requests itself, without X-Suara-Protocol. These
// few statuses say what happened plainly and are taken for what they are, not for a Wi-Fi login page:
// 413 the request is larger than the proxy allows (a push splits its batch, a bundle stops and says
// so, it is not retried as it is); 502/503/504 the server behind the proxy is not answering (normal
// backoff). Any other answer without the header stays NotSuara.
std::optional<ApiReply> judgeProxyAnswer(const RawReply &raw)
{
    const QString who = proxyName(raw);
    if (raw.status == 413) {
        const QString message =
            QStringLiteral("HTTP 413 from %1 in front of the server: the request is larger than the proxy accepts "
                           "(its body size limit, e.g. nginx client_max_body_size, is below Suara's)")
                .arg(who);
        ApiReply r = failed(SyncError::RequestRefused, message, raw.status);
        // As the server's own 413 would: a push halves its batch; one record that alone is too large
        // for the proxy is set aside with this message instead of being sent forever.
        r.apiError = protocol::makeError(protocol::ErrorCode::PayloadTooLarge, message);
        r.fromProxy = true;
        return r;
    }
    if (raw.status == 502 || raw.status == 503 || raw.status == 504) {
        ApiReply r = failed(
            SyncError::ServerUnreachable,
            QStringLiteral("HTTP %1 from %2: the Suara server behind it is not answering").arg(raw.status).arg(who),
            raw.status);
        r.fromProxy = true;
        return r;
    }
    return std::nullopt;
}
} // namespace

ApiReply judgeReply(const RawReply &raw)
{
    if (raw.timedOut)
        return failed(SyncError::Timeout, QString());
    if (raw.tooLarge)
        return failed(SyncError::NotSuara, QStringLiteral("the answer is larger than any Suara answer"), raw.status);
    if (raw.status == 0 || brokenExchange(raw.networkError))
        return failed(SyncError::ServerUnreachable, raw.networkErrorString, raw.status);

    const QString httpStatus = QStringLiteral("HTTP %1").arg(raw.status);
    // A 304 has no body and changes nothing on the device, so it is safe to accept from a cache too.
    if (raw.status == 304) {
        ApiReply r;
        r.status = 304;
        r.etag = raw.etag;
        return r;
    }
    if (raw.protocolHeader.trimmed() != protocol::kProtocolHeaderValue) {
        if (std::optional<ApiReply> proxy = judgeProxyAnswer(raw))
            return *proxy;
        const QString type =
            raw.contentType.isEmpty() ? QStringLiteral("no content type") : QString::fromLatin1(raw.contentType);
        return failed(SyncError::NotSuara, QStringLiteral("%1, %2, no X-Suara-Protocol header").arg(httpStatus, type),
                      raw.status);
    }

    QByteArray body = raw.body;
    if (raw.contentEncoding.trimmed().toLower() == "gzip") {
        gzip::Inflated inflated = gzip::decompress(body, kMaxAnswerBytes);
        if (!inflated.ok())
            return failed(SyncError::BadAnswer, httpStatus + QStringLiteral(", damaged gzip body"), raw.status);
        body = std::move(inflated.data);
    } else if (!raw.contentEncoding.trimmed().isEmpty() && raw.contentEncoding.trimmed().toLower() != "identity") {
        return failed(SyncError::BadAnswer, httpStatus + QStringLiteral(", unknown content encoding"), raw.status);
    }
    if (!raw.contentType.trimmed().toLower().startsWith(protocol::kJsonContentType))
        return failed(SyncError::BadAnswer, httpStatus + QStringLiteral(", not JSON"), raw.status);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return failed(SyncError::BadAnswer, httpStatus + QStringLiteral(", the JSON is truncated or malformed"),
                      raw.status);

    if (raw.status >= 200 && raw.status < 300) {
        ApiReply r;
        r.status = raw.status;
        r.json = doc.object();
        r.body = body;
        r.etag = raw.etag;
        return r;
    }
    if (raw.status >= 400 && raw.status < 600) {
        const std::optional<protocol::ApiError> e = protocol::ApiError::fromBody(body);
        if (!e)
            return failed(SyncError::BadAnswer, httpStatus + QStringLiteral(" without a Suara error object"),
                          raw.status);
        ApiReply r = failed(errorForSuaraError(raw.status, *e),
                            QStringLiteral("%1 %2: %3").arg(httpStatus, protocol::errorCodeName(e->code), e->message),
                            raw.status);
        r.apiError = e;
        r.body = body;
        return r;
    }
    return failed(SyncError::BadAnswer, httpStatus + QStringLiteral(" is not an answer of this protocol"), raw.status);
}

} // namespace suara::sync
