#include "scope.h"

namespace suara::server::reports {

namespace {
Where unitsOf(const Scope &scope)
{
    Where w;
    QStringList marks;
    for (const QString &u : scope.units) {
        marks << QStringLiteral("?");
        w.binds << u;
    }
    // An empty unit list matches nothing (never everything).
    w.sql = marks.isEmpty() ? QStringLiteral("1 = 0")
                            : QStringLiteral("unit_code IN (%1)").arg(marks.join(QStringLiteral(", ")));
    return w;
}
} // namespace

bool monthlyAnswers(const Scope &scope)
{
    return scope.service.isEmpty() && scope.device.isEmpty() && scope.period.wholeMonths();
}

Where monthWhereOf(const Scope &scope)
{
    Where w = unitsOf(scope);
    w.sql += QStringLiteral(" AND month >= ? AND month <= ?");
    w.binds << scope.period.from.toString(QStringLiteral("yyyy-MM"))
            << scope.period.to.toString(QStringLiteral("yyyy-MM"));
    return w;
}

Where whereOf(const Scope &scope)
{
    Where w = unitsOf(scope);
    w.sql += QStringLiteral(" AND day >= ? AND day <= ?");
    w.binds << scope.period.fromText() << scope.period.toText();
    if (!scope.service.isEmpty()) {
        w.sql += QStringLiteral(" AND service = ?");
        w.binds << scope.service;
    }
    if (!scope.device.isEmpty()) {
        w.sql += QStringLiteral(" AND device_id = ?");
        w.binds << scope.device;
    }
    return w;
}

qint64 sumOrZero(const QVariant &v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

} // namespace suara::server::reports
