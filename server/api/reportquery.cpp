#include "reportquery.h"

#include "auth.h"
#include "service/failure.h"
#include "service/units.h"

namespace suara::server::endpoints {

using protocol::ErrorCode;

QUrlQuery queryOf(const Call &call)
{
    return QUrlQuery(QString::fromUtf8(call.request.query));
}

qint64 idParam(const Call &call, int index, const QString &what)
{
    bool ok = false;
    const qint64 id = call.match.params.value(index).toLongLong(&ok);
    if (!ok || id <= 0)
        fail(ErrorCode::NotFound, QStringLiteral("no %1 %2").arg(what, call.match.params.value(index)));
    return id;
}

bool flag(const QUrlQuery &query, const QString &name)
{
    const QString v = query.queryItemValue(name, QUrl::FullyDecoded);
    return v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("yes");
}

reports::Period periodOf(const QUrlQuery &query)
{
    QString error;
    const std::optional<reports::Period> p =
        reports::Period::parse(query.queryItemValue(QStringLiteral("period"), QUrl::FullyDecoded),
                               query.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded),
                               query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded), &error);
    if (!p)
        fail(ErrorCode::InvalidField, error, QStringLiteral("period"));
    return *p;
}

reports::Scope scopeOf(Call &call, const users::User &user, const QUrlQuery &query)
{
    reports::Scope s;
    s.unitCode = query.queryItemValue(QStringLiteral("unit"), QUrl::FullyDecoded);
    if (s.unitCode.isEmpty())
        s.unitCode = user.unitCode;
    if (s.unitCode.isEmpty())
        fail(ErrorCode::InvalidField, QStringLiteral("unit= is required (the code of the unit to report on)"),
             QStringLiteral("unit"));
    auth::requireUnit(user, s.unitCode);
    (void)units::get(call.sql, s.unitCode);
    s.subtree = flag(query, QStringLiteral("subtree"));
    s.units = s.subtree ? units::subtree(call.sql, s.unitCode) : QStringList{s.unitCode};
    s.period = periodOf(query);
    s.service = query.queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded);
    s.device = query.queryItemValue(QStringLiteral("device"), QUrl::FullyDecoded);
    s.includeMisuse = flag(query, QStringLiteral("include_misuse"));
    return s;
}

} // namespace suara::server::endpoints
