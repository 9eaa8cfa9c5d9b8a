#include "router.h"

#include <QUrl>

namespace suara::server {

namespace {
struct Route
{
    const char *method;
    const char *pattern; // "{}" matches one non-empty segment
    Endpoint endpoint;
    BodyKind body;
};

constexpr Route kRoutes[] = {
    {"GET", "/healthz", Endpoint::Health, BodyKind::None},
    {"POST", "/api/v1/enroll", Endpoint::Enroll, BodyKind::Json},
    {"GET", "/api/v1/settings", Endpoint::Settings, BodyKind::None},
    {"POST", "/api/v1/records", Endpoint::PushRecords, BodyKind::Json},
    {"POST", "/api/v1/bundles", Endpoint::ImportBundle, BodyKind::Bundle},
    {"GET", "/api/v1/devices", Endpoint::ListDevices, BodyKind::None},
    {"POST", "/api/v1/devices/{}/revoke", Endpoint::RevokeDevice, BodyKind::None},
    {"POST", "/api/v1/devices/{}/recovery-code", Endpoint::DeviceRecoveryCode, BodyKind::None},
    {"GET", "/api/v1/units/{}/settings", Endpoint::GetUnitSettings, BodyKind::None},
    {"PUT", "/api/v1/units/{}/settings", Endpoint::PutUnitSettings, BodyKind::Json},
    {"GET", "/api/v1/alerts", Endpoint::ListAlerts, BodyKind::None},
    // Units, reports, follow-up, publication.
    {"GET", "/api/v1/units", Endpoint::ListUnits, BodyKind::None},
    {"POST", "/api/v1/units", Endpoint::CreateUnit, BodyKind::Json},
    {"PATCH", "/api/v1/units/{}", Endpoint::PatchUnit, BodyKind::Json},
    {"PUT", "/api/v1/units/{}/population", Endpoint::PutPopulation, BodyKind::Json},
    {"GET", "/api/v1/units/{}/followups", Endpoint::ListFollowups, BodyKind::None},
    {"POST", "/api/v1/units/{}/followups", Endpoint::CreateFollowup, BodyKind::Json},
    {"PATCH", "/api/v1/units/{}/followups/{}", Endpoint::PatchFollowup, BodyKind::Json},
    {"DELETE", "/api/v1/units/{}/followups/{}", Endpoint::DeleteFollowup, BodyKind::None},
    {"GET", "/api/v1/reports/skm", Endpoint::SkmReport, BodyKind::None},
    {"GET", "/api/v1/reports/zi", Endpoint::ZiReport, BodyKind::None},
    {"GET", "/api/v1/reports/gratification", Endpoint::GratificationReport, BodyKind::None},
    {"GET", "/api/v1/reports/comments", Endpoint::CommentsReport, BodyKind::None},
    {"GET", "/api/v1/reports/overview", Endpoint::OverviewReport, BodyKind::None},
    {"GET", "/api/v1/reports/alerts", Endpoint::AlertsReport, BodyKind::None},
    {"GET", "/api/v1/units/{}/publications", Endpoint::ListPublications, BodyKind::None},
    {"POST", "/api/v1/units/{}/publications", Endpoint::Publish, BodyKind::None},
    {"POST", "/api/v1/units/{}/publications/{}/unpublish", Endpoint::Unpublish, BodyKind::None},
    {"GET", "/api/v1/public/units/{}", Endpoint::PublicResult, BodyKind::None},
    {"GET", "/public/units/{}", Endpoint::PublicPage, BodyKind::None},
    {"GET", "/public/units/{}/poster.pdf", Endpoint::PublicPoster, BodyKind::None},
    {"POST", "/api/v1/session", Endpoint::CreateSession, BodyKind::Json},
    {"GET", "/api/v1/session", Endpoint::GetSession, BodyKind::None},
    {"DELETE", "/api/v1/session", Endpoint::DeleteSession, BodyKind::None},
    // Exports
    {"GET", "/api/v1/exports/records.csv", Endpoint::ExportRecordsCsv, BodyKind::None},
    {"GET", "/api/v1/exports/report.xlsx", Endpoint::ExportReportXlsx, BodyKind::None},
    {"GET", "/api/v1/exports/report.pdf", Endpoint::ExportReportPdf, BodyKind::None},
    // The UPG's gratification register and the working-day calendar
    {"GET", "/api/v1/register", Endpoint::ListRegister, BodyKind::None},
    {"GET", "/api/v1/register/{}", Endpoint::GetRegisterEntry, BodyKind::None},
    {"POST", "/api/v1/register/{}/actions", Endpoint::ActOnRegisterEntry, BodyKind::Json},
    {"GET", "/api/v1/calendar/{}", Endpoint::GetCalendarYear, BodyKind::None},
    {"PUT", "/api/v1/calendar/{}", Endpoint::PutCalendarYear, BodyKind::Json},
    {"GET", "/api/v1/exports/register.xlsx", Endpoint::ExportRegisterXlsx, BodyKind::None},
    {"GET", "/api/v1/exports/register.pdf", Endpoint::ExportRegisterPdf, BodyKind::None},
    // Field mode: officers and regions
    {"GET", "/api/v1/units/{}/officers", Endpoint::ListOfficers, BodyKind::None},
    {"POST", "/api/v1/units/{}/officers", Endpoint::AddOfficer, BodyKind::Json},
    {"DELETE", "/api/v1/units/{}/officers/{}", Endpoint::RemoveOfficer, BodyKind::None},
    {"GET", "/api/v1/regions", Endpoint::ListRegions, BodyKind::None},
    {"PUT", "/api/v1/regions", Endpoint::PutRegions, BodyKind::Json},
    // Evidence files
    {"PUT", "/api/v1/evidence/{}", Endpoint::PutEvidence, BodyKind::Evidence},
    {"GET", "/api/v1/register/{}/evidence/{}", Endpoint::GetRegisterEvidence, BodyKind::None},
};

// The dashboard's assets and its client-side routes (the SPA answers any path below /app).
bool isAssetPath(const QString &path)
{
    return path == QLatin1String("/") || path == QLatin1String("/app") || path.startsWith(QLatin1String("/app/"));
}

// Splits the raw (percent-encoded) path on '/' and only then decodes each segment, so an encoded
// slash stays inside its segment: "/api/v1/devices/x%2Frevoke" is a device "x/revoke", never a revoke.
QStringList segments(const QByteArray &rawPath)
{
    QByteArray trimmed = rawPath;
    if (trimmed.size() > 1 && trimmed.endsWith('/'))
        trimmed.chop(1);
    QStringList out;
    for (const QByteArray &segment : trimmed.split('/'))
        out << QUrl::fromPercentEncoding(segment);
    return out;
}

bool matchPath(const QString &pattern, const QStringList &have, QStringList *params)
{
    const QStringList want = pattern.split(QLatin1Char('/'));
    if (want.size() != have.size())
        return false;
    QStringList captured;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want.at(i) == QLatin1String("{}")) {
            if (have.at(i).isEmpty())
                return false;
            captured << have.at(i);
        } else if (want.at(i) != have.at(i)) {
            return false;
        }
    }
    *params = captured;
    return true;
}
} // namespace

std::optional<RouteMatch> route(const QByteArray &method, const QByteArray &rawPath)
{
    if (isAssetPath(QString::fromUtf8(rawPath))) {
        RouteMatch asset;
        asset.allow = "GET";
        if (method == "GET")
            asset.endpoint = Endpoint::Asset;
        return asset;
    }
    const QStringList have = segments(rawPath);
    std::optional<RouteMatch> found;
    for (const Route &r : kRoutes) {
        QStringList params;
        if (!matchPath(QString::fromLatin1(r.pattern), have, &params))
            continue;
        if (!found)
            found = RouteMatch();
        found->allow += (found->allow.isEmpty() ? "" : ", ") + QByteArray(r.method);
        if (method == r.method) {
            found->endpoint = r.endpoint;
            found->params = params;
            found->body = r.body;
        }
    }
    return found;
}

} // namespace suara::server
