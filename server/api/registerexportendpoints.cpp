// The UPG's monthly recap as PDF and XLSX (docs/api.md "Gratification register"), written to a file
// and streamed like every export (docs/adr/0016). For the UPG and national admins only: it names the
// officers who reported.
#include "auth.h"
#include "endpoint.h"
#include "exportfile.h"
#include "reportquery.h"

#include "exports/exportfailure.h"
#include "exports/registerrecap.h"
#include "service/failure.h"
#include "service/units.h"

namespace suara::server::endpoints {

using protocol::ErrorCode;

namespace {
struct RecapRequest
{
    exports::RegisterRecap recap;
    exports::Language language = exports::Language::Indonesian;
};

RecapRequest recapRequest(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    auth::requireGratificationDetails(user);
    const QUrlQuery query = queryOf(call);
    const QString code = auth::scopeUnit(user, query);
    if (code.isEmpty())
        fail(ErrorCode::InvalidField, QStringLiteral("name the unit with unit="), QStringLiteral("unit"));
    const units::Unit unit = units::get(call.sql, code);
    const bool subtree = flag(query, QStringLiteral("subtree"));
    const QString lang = query.queryItemValue(QStringLiteral("lang"), QUrl::FullyDecoded);
    if (!lang.isEmpty() && lang != QLatin1String("id") && lang != QLatin1String("en"))
        fail(ErrorCode::InvalidField, QStringLiteral("lang must be id or en (got \"%1\")").arg(lang),
             QStringLiteral("lang"));
    RecapRequest r;
    r.language = lang == QLatin1String("en") ? exports::Language::English : exports::Language::Indonesian;
    r.recap = exports::registerRecap(
        call.sql, unit.code, unit.name, subtree, subtree ? units::subtree(call.sql, unit.code) : QStringList{unit.code},
        query.queryItemValue(QStringLiteral("month"), QUrl::FullyDecoded), QDate::currentDate());
    return r;
}

QString fileName(const exports::RegisterRecap &recap, const char *extension)
{
    return QStringLiteral("suara-upg-%1-%2.%3").arg(recap.unitCode, recap.monthLabel(), QLatin1String(extension));
}
} // namespace

Reply exportRegisterXlsx(Call &call)
{
    const RecapRequest r = recapRequest(call);
    auto file = exportFile(QStringLiteral(".xlsx"));
    file->close(); // libxlsxwriter writes the path itself
    exports::writeRegisterRecapXlsx(r.recap, r.language, file->fileName());
    if (!file->open())
        exports::failWriting(file->errorString());
    return sendFile(std::move(file), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    fileName(r.recap, "xlsx"));
}

Reply exportRegisterPdf(Call &call)
{
    const RecapRequest r = recapRequest(call);
    auto file = exportFile(QStringLiteral(".pdf"));
    file->close(); // QPdfWriter writes the path itself
    exports::writeRegisterRecapPdf(r.recap, r.language, file->fileName());
    if (!file->open())
        exports::failWriting(file->errorString());
    return sendFile(std::move(file), "application/pdf", fileName(r.recap, "pdf"));
}

} // namespace suara::server::endpoints
