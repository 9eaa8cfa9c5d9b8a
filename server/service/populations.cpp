#include "populations.h"

#include "failure.h"

namespace suara::server::populations {

std::optional<qint64> get(Sql &sql, const QString &unitCode, const QString &period)
{
    const QVariant v = sql.value(
        QStringLiteral("SELECT population FROM populations WHERE unit_code = ? AND period = ?"), {unitCode, period});
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

void set(Sql &sql, const QString &unitCode, const QString &period, qint64 population, const QString &by)
{
    if (population < 1 || population > 100'000'000)
        fail(protocol::ErrorCode::InvalidField, QStringLiteral("population must be a whole number from 1 to 100000000"),
             QStringLiteral("population"));
    sql.run(
        QStringLiteral("INSERT INTO populations (unit_code, period, population, set_by, set_at) VALUES (?, ?, ?, ?, ?)"
                       " ON CONFLICT (unit_code, period) DO UPDATE SET population = excluded.population,"
                       " set_by = excluded.set_by, set_at = excluded.set_at"),
        {unitCode, period, population, by, nowText()});
}

} // namespace suara::server::populations
