// Export endpoints (docs/api.md "Exports"): the file is written on the worker thread to a temporary
// file, then streamed from it by the HTTP layer with a Content-Length (HttpResponse::bodyFile). A
// failure while writing is a JSON error and the partial file is removed, never sent.
#include "auth.h"
#include "endpoint.h"
#include "exportfile.h"

#include "exports/csvexport.h"
#include "exports/exportfailure.h"
#include "exports/pdfreport.h"
#include "exports/xlsxexport.h"
#include "service/failure.h"
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
    exports::ExportScope scope;
    units::Unit unit;
    QUrlQuery query;
};

bool flag(const QUrlQuery &query, const QString &name)
{
    const QString v = query.queryItemValue(name, QUrl::FullyDecoded).trimmed().toLower();
    if (v.isEmpty() || v == QLatin1String("0") || v == QLatin1String("false"))
        return false;
    if (v == QLatin1String("1") || v == QLatin1String("true"))
        return true;
    fail(ErrorCode::InvalidField, QStringLiteral("%1 must be 1 or 0 (got \"%2\")").arg(name, v), name);
}

// The units an export covers: the unit, or with subtree=1 it and every unit below it, exactly as the
// reports count them (units::subtree). The rights check has already been made on the unit asked for,
// so a sibling's subtree is refused before this.
QStringList unitsOf(Sql &sql, const QString &code, bool subtree)
{
    return subtree ? units::subtree(sql, code) : QStringList{code};
}

ExportRequest exportRequest(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    ExportRequest out;
    out.query = QUrlQuery(QString::fromUtf8(call.request.query));
    const QString code = auth::scopeUnit(user, out.query);
    if (code.isEmpty())
        fail(ErrorCode::InvalidField, QStringLiteral("name the unit to export with unit="), QStringLiteral("unit"));
    out.unit = units::get(call.sql, code);
    out.scope.units = unitsOf(call.sql, code, flag(out.query, QStringLiteral("subtree")));
    out.scope.includeMisuse = flag(out.query, QStringLiteral("include_misuse"));
    const QString period = out.query.queryItemValue(QStringLiteral("period"), QUrl::FullyDecoded);
    const QString from = out.query.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded);
    const QString to = out.query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded);
    QString error;
    std::optional<exports::DateRange> range;
    if (!period.isEmpty() && (!from.isEmpty() || !to.isEmpty()))
        error = QStringLiteral("give either period= or from= and to=, not both");
    else if (!period.isEmpty())
        range = exports::parsePeriod(period, &error);
    else if (!from.isEmpty() || !to.isEmpty())
        range = exports::parseDates(from, to, &error);
    else
        error = QStringLiteral("name the period: period=2026-Q3 (or a year, semester or month), or from= and to= dates");
    if (!range)
        fail(ErrorCode::InvalidField, error, QStringLiteral("period"));
    out.scope.range = *range;
    return out;
}

Reply download(std::unique_ptr<QTemporaryFile> file, const ExportRequest &request, const QByteArray &contentType,
               const QString &extension)
{
    return sendFile(std::move(file), contentType,
                    QStringLiteral("suara-%1-%2.%3").arg(request.unit.code, request.scope.range.label, extension));
}
} // namespace

Reply exportRecordsCsv(Call &call)
{
    const ExportRequest request = exportRequest(call);
    const QString sep = request.query.queryItemValue(QStringLiteral("sep"), QUrl::FullyDecoded);
    if (!sep.isEmpty() && sep != QLatin1String(";") && sep != QLatin1String(","))
        fail(ErrorCode::InvalidField, QStringLiteral("sep must be ; or , (got \"%1\")").arg(sep), QStringLiteral("sep"));
    auto file = exportFile(QStringLiteral(".csv"));
    (void)exports::writeRecordsCsv(call.sql, request.scope, sep == QLatin1String(",") ? ',' : ';', file.get());
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
    (void)exports::writeReportXlsx(call.sql, request.scope, request.unit.name, options);
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
        fail(ErrorCode::InvalidField, QStringLiteral("lang must be id or en (got \"%1\")").arg(lang), QStringLiteral("lang"));
    exports::ReportAccumulator accumulator;
    const qint64 misuse = exports::forEachRecord(call.sql, request.scope,
                                                 [&](const exports::ExportRecord &r) { accumulator.add(r); });
    const exports::ExportReport report =
        accumulator.finish(request.unit.code, request.unit.name, request.scope.range, misuse);
    auto file = exportFile(QStringLiteral(".pdf"));
    file->close(); // QPdfWriter writes the path itself
    exports::PdfOptions options;
    options.language = lang == QLatin1String("en") ? exports::Language::English : exports::Language::Indonesian;
    const QString population = request.query.queryItemValue(QStringLiteral("population"), QUrl::FullyDecoded);
    if (!population.isEmpty()) {
        bool ok = false;
        options.population = population.toLongLong(&ok);
        if (!ok || *options.population < 1 || *options.population > 1'000'000'000)
            fail(ErrorCode::InvalidField, QStringLiteral("population must be a whole number of people from 1 to 1000000000"),
                 QStringLiteral("population"));
    }
    exports::writeReportPdf(report, options, file->fileName());
    if (!file->open())
        exports::failWriting(file->errorString());
    return download(std::move(file), request, "application/pdf", QStringLiteral("pdf"));
}

} // namespace suara::server::endpoints
