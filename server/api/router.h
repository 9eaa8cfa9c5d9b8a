#pragma once

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace suara::server {

enum class Endpoint {
    Health,
    Enroll,
    Settings,
    PushRecords,
    ImportBundle,
    ListDevices,
    RevokeDevice,
    DeviceRecoveryCode,
    GetUnitSettings,
    PutUnitSettings,
    ListAlerts,
    // Units, reports, follow-up, publication (reportendpoints.cpp, unitendpoints.cpp).
    ListUnits,
    CreateUnit,
    PatchUnit,
    PutPopulation,
    ListFollowups,
    CreateFollowup,
    PatchFollowup,
    DeleteFollowup,
    SkmReport,
    ZiReport,
    GratificationReport,
    CommentsReport,
    OverviewReport,
    AlertsReport,
    ListPublications,
    Publish,
    Unpublish,
    PublicResult,
    PublicPage,
    PublicPoster,
    CreateSession,
    GetSession,
    DeleteSession,
    Asset, // the dashboard: /, /app and everything below it
    // Exports (server/exports, docs/api.md "Exports")
    ExportRecordsCsv,
    ExportReportXlsx,
    ExportReportPdf,
    // The UPG's gratification register and the working-day calendar (registerendpoints.cpp)
    ListRegister,
    GetRegisterEntry,
    ActOnRegisterEntry,
    GetCalendarYear,
    PutCalendarYear,
    ListOfficers,
    AddOfficer,
    RemoveOfficer,
    ListRegions,
    PutRegions,
    ExportRegisterXlsx,
    ExportRegisterPdf,
    // Evidence files: a device's upload, the register's view (evidenceendpoints.cpp)
    PutEvidence,
    GetRegisterEvidence,
};

enum class BodyKind { None, Json, Bundle, Evidence };

struct RouteMatch
{
    std::optional<Endpoint> endpoint; // empty: the path exists but not for this method
    QStringList params; // the {…} segments, in order
    QByteArray allow; // methods the path does accept, for 405's Allow header
    BodyKind body = BodyKind::None;
};

// nullopt: no such path (404). `rawPath` is the path as sent, still percent-encoded (HttpRequest::rawPath);
// the params come back decoded.
[[nodiscard]] std::optional<RouteMatch> route(const QByteArray &method, const QByteArray &rawPath);

} // namespace suara::server
