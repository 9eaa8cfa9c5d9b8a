// Publication (docs/api.md "Publication"): unit admins publish and withdraw a period's SKM result; the
// public page and its JSON need no sign-in and show only what is published.
#include "auth.h"
#include "endpoint.h"
#include "reportquery.h"

#include "reports/publicpage.h"
#include "service/failure.h"
#include "service/publications.h"
#include "service/units.h"

#include "exports/exportfailure.h"
#include "exports/pdfposter.h"
#include "scoring/category.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>

namespace suara::server::endpoints {

using protocol::ErrorCode;

namespace {
// The publication snapshot as the poster's figures: what was published, never live numbers.
exports::PosterInput posterOf(const publications::Publication &p)
{
    const QJsonObject s = p.snapshot;
    exports::PosterInput in;
    in.unitCode = p.unitCode;
    in.unitName = s.value(QLatin1String("unit_name")).toString();
    in.periodLabel = s.value(QLatin1String("period")).toObject().value(QLatin1String("label")).toString();
    in.skm.respondents = s.value(QLatin1String("respondents")).toInteger();
    if (s.value(QLatin1String("ikm_hundredths")).isDouble()) {
        in.skm.ikmHundredths = s.value(QLatin1String("ikm_hundredths")).toInteger();
        in.skm.ikm = s.value(QLatin1String("ikm")).toDouble();
        in.skm.category = scoring::categoryForIkmHundredths(*in.skm.ikmHundredths);
    }
    for (const QJsonValue &v : s.value(QLatin1String("unsur")).toArray()) {
        const QJsonObject o = v.toObject();
        scoring::UnsurResult u;
        u.key = o.value(QLatin1String("key")).toString();
        u.answered = o.value(QLatin1String("n")).toInteger();
        if (o.value(QLatin1String("nrr")).isDouble()) {
            u.nrr = o.value(QLatin1String("nrr")).toDouble();
            // 25 × NRR to two decimals, classified like the IKM (the bar's colour).
            u.scoreHundredths = qint64(std::floor(*u.nrr * 2500.0 + 0.5));
            u.category = scoring::categoryForIkmHundredths(*u.scoreHundredths);
        }
        in.skm.unsur.append(u);
    }
    return in;
}
} // namespace

Reply listPublications(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    const QString code = call.match.params.value(0);
    auth::requireUnit(user, code);
    (void)units::get(call.sql, code);
    QJsonArray out;
    for (const publications::Publication &p : publications::list(call.sql, code))
        out.append(p.toJson());
    return Reply{200, QJsonObject{{QStringLiteral("unit"), code}, {QStringLiteral("publications"), out}}, {}, false};
}

Reply publish(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    const QString code = call.match.params.value(0);
    auth::requireUnitAdmin(user, code);
    const reports::Period period = periodOf(queryOf(call));
    Transaction tx(call.sql);
    const publications::Publication p = publications::publish(call.sql, code, period.label, user.username);
    tx.commit();
    return Reply{201, p.toJson(), {}, false};
}

Reply unpublish(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    const QString code = call.match.params.value(0);
    auth::requireUnitAdmin(user, code);
    Transaction tx(call.sql);
    const publications::Publication p =
        publications::unpublish(call.sql, code, idParam(call, 1, QStringLiteral("publication")), user.username);
    tx.commit();
    return Reply{200, p.toJson(), {}, false};
}

Reply publicResult(Call &call)
{
    const QString code = call.match.params.value(0);
    const std::optional<units::Unit> unit = units::find(call.sql, code);
    const std::optional<publications::Publication> p = unit ? publications::latestPublic(call.sql, code) : std::nullopt;
    if (!p)
        fail(ErrorCode::NotFound, QStringLiteral("unit %1 has no published result").arg(code));
    return Reply{200, p->toPublicJson(), {}, false};
}

Reply publicPage(Call &call)
{
    const QString code = call.match.params.value(0);
    const QString language = queryOf(call).queryItemValue(QStringLiteral("lang")) == QLatin1String("en")
        ? QStringLiteral("en")
        : QStringLiteral("id");
    const std::optional<units::Unit> unit = units::find(call.sql, code);
    const std::optional<publications::Publication> p = unit ? publications::latestPublic(call.sql, code) : std::nullopt;
    Reply r;
    r.status = p ? 200 : 404;
    r.raw = reports::renderPublicPage(unit ? unit->name : code, p, language);
    r.contentType = "text/html; charset=utf-8";
    return r;
}

// The A4 poster of the latest published result, under the same rule as the public page: nothing
// unpublished is public, so a unit without a publication (or no such unit) is 404.
Reply publicPoster(Call &call)
{
    const QString code = call.match.params.value(0);
    const std::optional<units::Unit> unit = units::find(call.sql, code);
    const std::optional<publications::Publication> p = unit ? publications::latestPublic(call.sql, code) : std::nullopt;
    if (!p)
        fail(ErrorCode::NotFound, QStringLiteral("unit %1 has no published result").arg(code));
    const bool english = queryOf(call).queryItemValue(QStringLiteral("lang")) == QLatin1String("en");
    QTemporaryDir dir; // QPdfWriter writes a path; the poster is small enough to answer from memory
    if (!dir.isValid())
        exports::failWriting(QStringLiteral("cannot create a temporary directory: ") + dir.errorString());
    const QString path = dir.filePath(QStringLiteral("poster.pdf"));
    exports::writePosterPdf(posterOf(*p), english ? exports::Language::English : exports::Language::Indonesian, path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        exports::failWriting(file.errorString());
    Reply r;
    r.raw = file.readAll();
    r.contentType = "application/pdf";
    QString name = QStringLiteral("poster-%1-%2.pdf").arg(p->unitCode, p->period);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    r.headers.append({"Content-Disposition", "inline; filename=\"" + name.toLatin1() + '"'});
    return r;
}

} // namespace suara::server::endpoints
