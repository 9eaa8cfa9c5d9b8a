#include "api.h"

#include "earlyauth.h"
#include "edgetext.h"
#include "log.h"
#include "domain/evidencefile.h"
#include "protocol/gzip.h"
#include "protocol/protocol.h"
#include "service/failure.h"

#include <QJsonDocument>

namespace suara::server {

using protocol::ErrorCode;
using protocol::makeError;

namespace {
constexpr qint64 kMaxBodyWithoutPayload = 64 * 1024; // GETs and bodiless POSTs
constexpr qsizetype kCompressAbove = 1024;

QByteArray mediaType(const HttpRequest &r)
{
    return r.header("content-type").split(';').first().trimmed().toLower();
}

// SQLite busy past its timeout, a PostgreSQL deadlock or serialization failure, a lost connection:
// nothing was written, and the same request will likely succeed later.
bool isTransient(const DbFailure &f)
{
    const QString code = f.error.nativeErrorCode();
    const QString text = f.error.text().toLower();
    bool numeric = false;
    const int sqliteCode = code.toInt(&numeric) & 0xff; // extended SQLite codes keep the primary in the low byte
    return f.error.type() == QSqlError::ConnectionError || (numeric && (sqliteCode == 5 || sqliteCode == 6))
        || code == QLatin1String("40P01") || code == QLatin1String("40001") || code.startsWith(QLatin1String("08"))
        || code == QLatin1String("57P01") || code == QLatin1String("57014") // statement_timeout: cancelled, rolled back
        || code == QLatin1String("55P03") || text.contains(QLatin1String("database is locked"))
        || text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("no connection"));
}
} // namespace

Api::Api(Database &database, ApiConfig config)
    : m_db(database)
    , m_config(config)
{
}

HttpHandler::Admission Api::admit(const HttpRequest &head)
{
    Admission out;
    if (m_shuttingDown) {
        out.reject =
            error(makeError(ErrorCode::ShuttingDown, QStringLiteral("the server is stopping; retry later")), &head);
        return out;
    }
    const std::optional<RouteMatch> match = route(head.method, head.rawPath);
    if (!match) {
        out.reject = error(makeError(ErrorCode::NotFound, QStringLiteral("no endpoint %1").arg(head.path)), &head);
        return out;
    }
    if (!match->endpoint) {
        HttpResponse r =
            error(makeError(ErrorCode::MethodNotAllowed,
                            QStringLiteral("%1 does not accept %2").arg(head.path, QString::fromLatin1(head.method))),
                  &head);
        r.setHeader("Allow", match->allow);
        out.reject = r;
        return out;
    }
    if (std::optional<protocol::ApiError> bad = edgetext::checkTarget(head)) {
        out.reject = error(*bad, &head);
        return out;
    }
    // Who is asking comes before anything about the body: without credentials, a 401 after the head.
    if (std::optional<protocol::ApiError> missing = earlyauth::checkPresent(*match->endpoint, head)) {
        out.reject = error(*missing, &head);
        return out;
    }
    const QByteArray encoding = head.header("content-encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "gzip" && encoding != "identity") {
        out.reject = error(makeError(ErrorCode::UnsupportedMediaType,
                                     QStringLiteral("Content-Encoding %1 is not supported; use gzip or none")
                                         .arg(QString::fromLatin1(encoding))),
                           &head);
        return out;
    }
    const bool hasBody = head.chunked || head.contentLength.value_or(0) > 0;
    if (match->body == BodyKind::Json && hasBody && mediaType(head) != protocol::kJsonContentType) {
        out.reject = error(makeError(ErrorCode::UnsupportedMediaType,
                                     QStringLiteral("send the body as Content-Type: application/json")),
                           &head);
        return out;
    }
    if (match->body == BodyKind::Bundle && mediaType(head) != protocol::kBundleContentType) {
        out.reject = error(
            makeError(ErrorCode::UnsupportedMediaType,
                      QStringLiteral("send the bundle file as Content-Type: %1").arg(protocol::kBundleContentType)),
            &head);
        return out;
    }
    if (match->body == BodyKind::Evidence && !evidence::isKnownType(QString::fromLatin1(mediaType(head)))) {
        out.reject = error(makeError(ErrorCode::UnsupportedMediaType,
                                     QStringLiteral("send the evidence file as Content-Type: image/png or image/jpeg")),
                           &head);
        return out;
    }
    out.maxBody = match->body == BodyKind::Bundle ? m_config.maxBundleBytes
        : match->body == BodyKind::Json           ? m_config.maxBodyBytes
        : match->body == BodyKind::Evidence       ? evidence::kMaxBytes
                                                  : kMaxBodyWithoutPayload;
    if (head.contentLength && *head.contentLength > out.maxBody)
        out.reject = transportError(TransportError::BodyTooLarge, &head);
    out.authorizeFirst = !out.reject && earlyauth::checkBeforeBody(*match->endpoint, head);
    return out;
}

std::optional<HttpResponse> Api::authorize(const HttpRequest &head)
{
    HttpResponse refusal = guarded(head, [&](QString *who) -> std::optional<HttpResponse> {
        const std::optional<RouteMatch> match = route(head.method, head.rawPath);
        if (!match || !match->endpoint)
            fail(ErrorCode::NotFound, QStringLiteral("no endpoint %1").arg(head.path));
        Call call{head, *match, {}, m_db.sql(), m_config, {}};
        earlyauth::verify(call, *match->endpoint);
        *who = call.who;
        return std::nullopt;
    });
    if (refusal.status == 0)
        return std::nullopt;
    return refusal;
}

QByteArray Api::decodeBody(const HttpRequest &request) const
{
    if (request.header("content-encoding").trimmed().compare("gzip", Qt::CaseInsensitive) != 0)
        return request.body;
    const gzip::Inflated inflated = gzip::decompress(request.body, m_config.maxDecompressedBytes);
    switch (inflated.status) {
    case gzip::Inflated::Status::Ok:
        return inflated.data;
    case gzip::Inflated::Status::TooLarge:
        fail(ErrorCode::PayloadTooLarge,
             QStringLiteral("the body is larger than %1 bytes once decompressed").arg(m_config.maxDecompressedBytes));
    case gzip::Inflated::Status::NotGzip:
    case gzip::Inflated::Status::Corrupt:
        break;
    }
    fail(ErrorCode::MalformedJson, QStringLiteral("the body says Content-Encoding: gzip but is not valid gzip data"));
}

HttpResponse Api::handle(const HttpRequest &request)
{
    return guarded(request,
                   [&](QString *who) -> std::optional<HttpResponse> { return finish(serve(request, who), &request); });
}

HttpResponse Api::guarded(const HttpRequest &request,
                          const std::function<std::optional<HttpResponse>(QString *who)> &work)
{
    QString who;
    for (int attempt = 0;; ++attempt) {
        try {
            std::optional<HttpResponse> r = work(&who);
            if (!r) {
                HttpResponse passed; // status 0: nothing to answer (authorize() passed)
                passed.status = 0;
                passed.logDevice = who;
                return passed;
            }
            r->logDevice = who;
            return *r;
        } catch (const ApiFailure &f) {
            HttpResponse r = error(f.error, &request);
            if (f.retryAfterSeconds > 0)
                r.setHeader("Retry-After", QByteArray::number(f.retryAfterSeconds));
            r.logDevice = who;
            return r;
        } catch (const DbFailure &f) {
            QString why;
            const bool alive = m_db.ping(&why); // a dead connection is dropped here
            // A connection that died while idle (PostgreSQL restarted): its transaction never ran, so
            // the request is simply run again once on a fresh connection.
            if (!alive && attempt == 0 && m_db.ping(&why)) {
                log::warn(QStringLiteral("database connection was lost; reconnected and retrying"),
                          {{QStringLiteral("error"), f.error.text()}, {QStringLiteral("path"), request.path}});
                continue;
            }
            log::error(QStringLiteral("database failure"),
                       {{QStringLiteral("context"), f.context},
                        {QStringLiteral("error"), f.error.text()},
                        {QStringLiteral("native_code"), f.error.nativeErrorCode()},
                        {QStringLiteral("path"), request.path}});
            HttpResponse r = isTransient(f) || !alive
                ? error(
                    makeError(ErrorCode::Unavailable,
                              QStringLiteral("the database is busy or unreachable; nothing was written, retry later")),
                    &request)
                : error(
                    makeError(ErrorCode::Internal, QStringLiteral("a server fault; nothing was written, retry later")),
                    &request);
            r.logDevice = who;
            return r;
        } catch (const std::exception &e) {
            log::error(
                QStringLiteral("unexpected failure"),
                {{QStringLiteral("error"), QString::fromLocal8Bit(e.what())}, {QStringLiteral("path"), request.path}});
            return error(
                makeError(ErrorCode::Internal, QStringLiteral("a server fault; nothing was written, retry later")),
                &request);
        } catch (...) {
            log::error(QStringLiteral("unexpected failure"), {{QStringLiteral("path"), request.path}});
            return error(
                makeError(ErrorCode::Internal, QStringLiteral("a server fault; nothing was written, retry later")),
                &request);
        }
    }
}

Reply Api::serve(const HttpRequest &request, QString *who)
{
    const std::optional<RouteMatch> match = route(request.method, request.rawPath);
    if (!match || !match->endpoint)
        fail(ErrorCode::NotFound, QStringLiteral("no endpoint %1").arg(request.path));
    if (*match->endpoint == Endpoint::Health)
        return health();
    // Bundles are gzip files themselves and never carry a Content-Encoding (§6).
    const QByteArray body = decodeBody(request);
    if (match->body == BodyKind::Json) {
        if (std::optional<protocol::ApiError> bad = edgetext::checkJson(body))
            throw ApiFailure(*bad);
    }
    Call call{request, *match, body, m_db.sql(), m_config, {}};
    // Whoever the endpoint identified goes into the request log, also when it then refuses.
    struct Who
    {
        Call &call;
        QString *out;
        ~Who() { *out = call.who; }
    } keep{call, who};
    return dispatch(call);
}

Reply Api::dispatch(Call &call)
{
    switch (*call.match.endpoint) {
    case Endpoint::Health:
        return health();
    case Endpoint::Enroll:
        return endpoints::enroll(call);
    case Endpoint::Settings:
        return endpoints::settings(call);
    case Endpoint::PushRecords:
        return endpoints::pushRecords(call);
    case Endpoint::ImportBundle:
        return endpoints::importBundle(call);
    case Endpoint::ListDevices:
        return endpoints::listDevices(call);
    case Endpoint::RevokeDevice:
        return endpoints::revokeDevice(call);
    case Endpoint::DeviceRecoveryCode:
        return endpoints::deviceRecoveryCode(call);
    case Endpoint::GetUnitSettings:
        return endpoints::unitSettings(call);
    case Endpoint::PutUnitSettings:
        return endpoints::putUnitSettings(call);
    case Endpoint::ListAlerts:
        return endpoints::listAlerts(call);
    // Units, reports, follow-up, publication.
    case Endpoint::ListUnits:
        return endpoints::listUnits(call);
    case Endpoint::CreateUnit:
        return endpoints::createUnit(call);
    case Endpoint::PatchUnit:
        return endpoints::patchUnit(call);
    case Endpoint::PutPopulation:
        return endpoints::putPopulation(call);
    case Endpoint::ListFollowups:
        return endpoints::listFollowups(call);
    case Endpoint::CreateFollowup:
        return endpoints::createFollowup(call);
    case Endpoint::PatchFollowup:
        return endpoints::patchFollowup(call);
    case Endpoint::DeleteFollowup:
        return endpoints::deleteFollowup(call);
    case Endpoint::SkmReport:
        return endpoints::skmReport(call);
    case Endpoint::ZiReport:
        return endpoints::ziReport(call);
    case Endpoint::GratificationReport:
        return endpoints::gratificationReport(call);
    case Endpoint::CommentsReport:
        return endpoints::commentsReport(call);
    case Endpoint::OverviewReport:
        return endpoints::overviewReport(call);
    case Endpoint::AlertsReport:
        return endpoints::alertsReport(call);
    case Endpoint::ListPublications:
        return endpoints::listPublications(call);
    case Endpoint::Publish:
        return endpoints::publish(call);
    case Endpoint::Unpublish:
        return endpoints::unpublish(call);
    case Endpoint::PublicResult:
        return endpoints::publicResult(call);
    case Endpoint::PublicPage:
        return endpoints::publicPage(call);
    case Endpoint::PublicPoster:
        return endpoints::publicPoster(call);
    case Endpoint::CreateSession:
        return endpoints::createSession(call);
    case Endpoint::GetSession:
        return endpoints::getSession(call);
    case Endpoint::DeleteSession:
        return endpoints::deleteSession(call);
    case Endpoint::Asset:
        return endpoints::asset(call);
    case Endpoint::ExportRecordsCsv:
        return endpoints::exportRecordsCsv(call);
    case Endpoint::ExportReportXlsx:
        return endpoints::exportReportXlsx(call);
    case Endpoint::ExportReportPdf:
        return endpoints::exportReportPdf(call);
    case Endpoint::ListRegister:
        return endpoints::listRegister(call);
    case Endpoint::GetRegisterEntry:
        return endpoints::getRegisterEntry(call);
    case Endpoint::ActOnRegisterEntry:
        return endpoints::actOnRegisterEntry(call);
    case Endpoint::GetCalendarYear:
        return endpoints::getCalendarYear(call);
    case Endpoint::PutCalendarYear:
        return endpoints::putCalendarYear(call);
    case Endpoint::ExportRegisterXlsx:
        return endpoints::exportRegisterXlsx(call);
    case Endpoint::ExportRegisterPdf:
        return endpoints::exportRegisterPdf(call);
    case Endpoint::ListOfficers:
        return endpoints::listOfficers(call);
    case Endpoint::AddOfficer:
        return endpoints::addOfficer(call);
    case Endpoint::RemoveOfficer:
        return endpoints::removeOfficer(call);
    case Endpoint::ListRegions:
        return endpoints::listRegions(call);
    case Endpoint::PutRegions:
        return endpoints::putRegions(call);
    case Endpoint::PutEvidence:
        return endpoints::putEvidence(call);
    case Endpoint::GetRegisterEvidence:
        return endpoints::getRegisterEvidence(call);
    }
    fail(ErrorCode::NotFound, QStringLiteral("no such endpoint"));
}

Reply Api::health()
{
    QString why;
    if (!m_db.ping(&why)) {
        log::error(QStringLiteral("health check: database unreachable"), {{QStringLiteral("error"), why}});
        fail(ErrorCode::Unavailable, QStringLiteral("the database is unreachable"));
    }
    return Reply{200,
                 QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                             {QStringLiteral("database"), QStringLiteral("ok")},
                             {QStringLiteral("protocol"), protocol::kVersion}},
                 {},
                 false};
}

HttpResponse Api::finish(const Reply &reply, const HttpRequest *request) const
{
    HttpResponse r;
    r.status = reply.status;
    r.headers = reply.headers;
    r.setHeader(protocol::kProtocolHeader, protocol::kProtocolHeaderValue);
    if (r.header("Cache-Control").isEmpty()) // dashboard assets bring their own
        r.setHeader("Cache-Control", "no-store");
    if (reply.empty)
        return r;
    if (!reply.file.isEmpty()) {
        // Not compressed: the file is sent as written, with its own Content-Length.
        r.setHeader("Content-Type", reply.contentType);
        r.bodyFile = reply.file;
        return r;
    }
    if (reply.raw) {
        r.setHeader("Content-Type", reply.contentType);
        r.body = *reply.raw;
    } else {
        r.setHeader("Content-Type", protocol::kJsonContentType);
        r.body = QJsonDocument(reply.json).toJson(QJsonDocument::Compact);
    }
    if (request && r.body.size() > kCompressAbove && request->header("accept-encoding").toLower().contains("gzip")) {
        r.body = gzip::compress(r.body);
        r.setHeader("Content-Encoding", "gzip");
        r.setHeader("Vary", "Accept-Encoding");
    }
    return r;
}

HttpResponse Api::error(const protocol::ApiError &e, const HttpRequest *request) const
{
    HttpResponse r = finish(Reply{e.status(), e.toJson(), {}, false}, request);
    if (e.code == ErrorCode::Unauthorized) {
        const bool device = request
            && (request->path == QLatin1String("/api/v1/records") || request->path == QLatin1String("/api/v1/settings")
                || request->path.startsWith(QLatin1String("/api/v1/evidence/")));
        // The dashboard's own requests get no Basic challenge: the browser would answer it with its
        // own password dialog instead of the page's sign-in form.
        const bool dashboard = request
            && (request->header("x-requested-with").size() > 0 || request->path == QLatin1String("/api/v1/session"));
        if (!dashboard)
            r.setHeader("WWW-Authenticate", device ? "Bearer" : "Basic realm=\"suara\", charset=\"UTF-8\"");
    }
    return r;
}

HttpResponse Api::transportError(TransportError kind, const HttpRequest *head)
{
    switch (kind) {
    case TransportError::BadRequest:
        return error(makeError(ErrorCode::BadRequest, QStringLiteral("this is not a valid HTTP/1.1 request")), nullptr);
    case TransportError::HeadTooLarge:
        return error(
            makeError(ErrorCode::PayloadTooLarge, QStringLiteral("the request line and headers are too large")),
            nullptr);
    case TransportError::BodyTooLarge: {
        const bool bundle = head && head->path == QLatin1String("/api/v1/bundles");
        const bool evidenceFile = head && head->path.startsWith(QLatin1String("/api/v1/evidence/"));
        return error(makeError(ErrorCode::PayloadTooLarge,
                               QStringLiteral("the body is larger than the limit of %1 bytes")
                                   .arg(bundle             ? m_config.maxBundleBytes
                                            : evidenceFile ? evidence::kMaxBytes
                                                           : m_config.maxBodyBytes)),
                     head);
    }
    case TransportError::ShuttingDown:
        return error(makeError(ErrorCode::ShuttingDown, QStringLiteral("the server is stopping; retry later")), head);
    case TransportError::Busy:
        return error(makeError(ErrorCode::Unavailable, QStringLiteral("too many connections; retry later")), nullptr);
    }
    return error(makeError(ErrorCode::Internal, QStringLiteral("a server fault")), nullptr);
}

} // namespace suara::server
