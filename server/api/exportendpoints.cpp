// Export endpoints (docs/api.md "Exports"): the file is written on the worker thread to a temporary
// file, then streamed from it by the HTTP layer with a Content-Length (HttpResponse::bodyFile). A
// failure while writing is a JSON error and the partial file is removed, never sent.
#include "auth.h"
#include "endpoint.h"
#include "reportquery.h"
#include "exportfile.h"

#include "exports/csvexport.h"
#include "exports/exportfailure.h"
#include "exports/pdfreport.h"
#include "exports/xlsxexport.h"
#include "service/failure.h"
#include "service/followups.h"
#include "service/populations.h"
#include "service/units.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QUrlQuery>

namespace suara::server::endpoints {

using protocol::ErrorCode;

namespace {
struct ExportRequest
{
    reports::Scope scope;
    units::Unit unit;
    QUrlQuery query;
    exports::RecordKinds kinds;
};

// The scope exactly as the reports read it (reportquery: rights on the unit, subtree=, period= or
// from=/to=, include_misuse=), so an export holds what GET /api/v1/reports/skm counts.
ExportRequest exportRequest(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    ExportRequest out;
    out.query = queryOf(call);
    for (const QString &name : {QStringLiteral("service"), QStringLiteral("device")})
        if (out.query.hasQueryItem(name))
            fail(ErrorCode::InvalidField,
                 QStringLiteral("an export holds every service and device of its units: leave out %1=").arg(name),
                 name);
    out.scope = scopeOf(call, user, out.query);
    out.unit = units::get(call.sql, out.scope.unitCode);
    // The rows a caller may read through the reports, no more: a viewer, to whom GET
    // /reports/gratification says 403, gets no gratification record; an officer's own report names the
    // officer, and those are the UPG's (the register's entries).
    out.kinds.visitorAcknowledgements = user.canSeeGratification();
    out.kinds.officerReports = auth::seesGratificationDetails(user);
    return out;
}

// The report sheets and pages: server/reports' figures for the scope, with the population the unit
// entered for the period (or population= for this export) for the minimum sample.
exports::ReportContent reportContent(Call &call, const ExportRequest &request)
{
    std::optional<qint64> population = populations::get(call.sql, request.scope.unitCode, request.scope.period.label);
    const QString given = request.query.queryItemValue(QStringLiteral("population"), QUrl::FullyDecoded);
    if (!given.isEmpty()) {
        bool ok = false;
        population = given.toLongLong(&ok);
        if (!ok || *population < 1 || *population > 1'000'000'000)
            fail(ErrorCode::InvalidField,
                 QStringLiteral("population must be a whole number of people from 1 to 1000000000"),
                 QStringLiteral("population"));
    }
    exports::ReportContent content;
    content.unitName = request.unit.name;
    content.skm = reports::skmReport(call.sql, request.scope, reports::GroupBy::None, population);
    content.zi = reports::ziReport(call.sql, request.scope, QString(), call.config.ziMinimums);
    content.records = request.kinds;
    content.followups = followups::list(call.sql, request.scope.unitCode, request.scope.period.label);
    return content;
}

Reply download(std::unique_ptr<QTemporaryFile> file, const ExportRequest &request, const QByteArray &contentType,
               const QString &extension)
{
    return sendFile(std::move(file), contentType,
                    QStringLiteral("suara-%1-%2.%3").arg(request.unit.code, request.scope.period.label, extension));
}
} // namespace

Reply exportRecordsCsv(Call &call)
{
    const ExportRequest request = exportRequest(call);
    const QString sep = request.query.queryItemValue(QStringLiteral("sep"), QUrl::FullyDecoded);
    if (!sep.isEmpty() && sep != QLatin1String(";") && sep != QLatin1String(","))
        fail(ErrorCode::InvalidField, QStringLiteral("sep must be ; or , (got \"%1\")").arg(sep),
             QStringLiteral("sep"));
    auto file = exportFile(QStringLiteral(".csv"));
    (void)exports::writeRecordsCsv(call.sql, request.scope, request.kinds, sep == QLatin1String(",") ? ',' : ';',
                                   file.get());
    return download(std::move(file), request, "text/csv; charset=utf-8", QStringLiteral("csv"));
}

Reply exportReportXlsx(Call &call)
{
    const ExportRequest request = exportRequest(call);
    auto file = exportFile(QStringLiteral(".xlsx"));
    exports::XlsxOptions options;
    options.path = file->fileName();
    options.tmpDir = QDir::tempPath();
    file->close(); // libxlsxwriter writes the path itself
    (void)exports::writeReportXlsx(call.sql, reportContent(call, request), options);
    if (!file->open())
        exports::failWriting(file->errorString());
    return download(std::move(file), request, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    QStringLiteral("xlsx"));
}

Reply exportReportPdf(Call &call)
{
    const ExportRequest request = exportRequest(call);
    const QString lang = request.query.queryItemValue(QStringLiteral("lang"), QUrl::FullyDecoded);
    if (!lang.isEmpty() && lang != QLatin1String("id") && lang != QLatin1String("en"))
        fail(ErrorCode::InvalidField, QStringLiteral("lang must be id or en (got \"%1\")").arg(lang),
             QStringLiteral("lang"));
    const exports::ReportContent content = reportContent(call, request);
    auto file = exportFile(QStringLiteral(".pdf"));
    file->close(); // QPdfWriter writes the path itself
    exports::writeReportPdf(content,
                            lang == QLatin1String("en") ? exports::Language::English : exports::Language::Indonesian,
                            file->fileName());
    if (!file->open())
        exports::failWriting(file->errorString());
    return download(std::move(file), request, "application/pdf", QStringLiteral("pdf"));
}

} // namespace suara::server::endpoints
