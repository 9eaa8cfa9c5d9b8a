#pragma once

#include "protocol/apierror.h"
#include "syncerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <optional>

namespace suara::sync {

// What came back from one HTTP exchange, before judging it: the network error, the status and the
// few headers that matter. Kept apart from QNetworkReply so the judgement is a pure, testable function.
struct RawReply
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    bool timedOut = false;
    bool tooLarge = false;
    int status = 0; // 0: no HTTP status line was received
    QByteArray protocolHeader; // X-Suara-Protocol
    QByteArray contentType;
    QByteArray contentEncoding;
    QByteArray etag;
    QByteArray serverHeader; // Server: names a proxy that answered on its own ("nginx/1.22.1")
    QByteArray body; // as received (maybe gzip)
};

// The judged answer. `failure.ok()` means Suara itself answered: a 2xx with a JSON object, or a 304.
// Everything else (no answer, a captive portal's HTML 200, a proxy's 502, truncated JSON) is a failure,
// and a Suara error answer carries the server's code in `apiError`.
struct ApiReply
{
    SyncFailure failure;
    int status = 0;
    QJsonObject json; // the answer's JSON object (2xx)
    QByteArray body; // the decompressed body text
    QByteArray etag;
    std::optional<protocol::ApiError> apiError;
    QString requestId;
    bool fromProxy = false; // a reverse proxy's own 413/502/503/504, not Suara's answer

    [[nodiscard]] bool ok() const { return failure.ok(); }
    [[nodiscard]] bool notModified() const { return ok() && status == 304; }
};

// The largest answer the client reads (decompressed). Suara's answers are small; a bigger one is not Suara's.
inline constexpr qint64 kMaxAnswerBytes = 16LL << 20;

// Protocol §1 and §8: only an answer with X-Suara-Protocol: 1 and a JSON body counts; a reverse proxy's
// own 413 and 502/503/504 are judged for what they say (docs/deployment.md).
[[nodiscard]] ApiReply judgeReply(const RawReply &raw);

} // namespace suara::sync
