#pragma once

#include "db/database.h"
#include "http/httpmessage.h"
#include "protocol/apierror.h"
#include "reports/zireport.h"
#include "router.h"
#include "service/sessions.h"

#include <QHostAddress>

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
    reports::ZiMinimums ziMinimums; // what the ZI report compares SPKP/SPAK against
    sessions::Config sessions;
    // Reverse proxies whose X-Forwarded-Proto / X-Forwarded-For are believed (docs/api.md, "Sessions");
    // from any other peer those headers are ignored.
    QList<QHostAddress> trustedProxies;
};

// Whether the peer is one of the reverse proxies whose X-Forwarded-* headers are believed.
[[nodiscard]] bool fromTrustedProxy(const HttpRequest &request, const ApiConfig &config);
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
    QString who; // for the request log: device id or "user:<name>"
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
    // A download already written to this file (server/exports): sent from it with `contentType`,
    // then removed (HttpResponse::bodyFile).
    QString file = {};
};

namespace endpoints {
Reply enroll(Call &call);
Reply settings(Call &call);
Reply pushRecords(Call &call);
Reply importBundle(Call &call);
Reply listDevices(Call &call);
Reply revokeDevice(Call &call);
Reply deviceRecoveryCode(Call &call);
Reply unitSettings(Call &call);
Reply putUnitSettings(Call &call);
Reply listAlerts(Call &call);
// Field mode (fieldendpoints.cpp).
Reply listOfficers(Call &call);
Reply addOfficer(Call &call);
Reply removeOfficer(Call &call);
Reply listRegions(Call &call);
Reply putRegions(Call &call);
// Units, reports, follow-up, publication.
Reply listUnits(Call &call);
Reply createUnit(Call &call);
Reply patchUnit(Call &call);
Reply putPopulation(Call &call);
Reply listFollowups(Call &call);
Reply createFollowup(Call &call);
Reply patchFollowup(Call &call);
Reply deleteFollowup(Call &call);
Reply skmReport(Call &call);
Reply ziReport(Call &call);
Reply gratificationReport(Call &call);
Reply commentsReport(Call &call);
Reply overviewReport(Call &call);
Reply alertsReport(Call &call);
Reply listPublications(Call &call);
Reply publish(Call &call);
Reply unpublish(Call &call);
Reply publicResult(Call &call);
Reply publicPage(Call &call);
Reply publicPoster(Call &call);
Reply createSession(Call &call);
Reply getSession(Call &call);
Reply deleteSession(Call &call);
Reply asset(Call &call);
Reply exportRecordsCsv(Call &call);
Reply exportReportXlsx(Call &call);
Reply exportReportPdf(Call &call);
Reply listRegister(Call &call);
Reply getRegisterEntry(Call &call);
Reply actOnRegisterEntry(Call &call);
Reply getCalendarYear(Call &call);
Reply putCalendarYear(Call &call);
Reply exportRegisterXlsx(Call &call);
Reply exportRegisterPdf(Call &call);
// Evidence files (evidenceendpoints.cpp).
Reply putEvidence(Call &call);
Reply getRegisterEvidence(Call &call);
} // namespace endpoints

} // namespace suara::server
