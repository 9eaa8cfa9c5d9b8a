#pragma once

#include "db/sql.h"

#include <optional>

// The number of service users of a unit in a period, as its admin enters it: the N behind the
// Krejcie & Morgan minimum sample of the SKM report.
namespace suara::server::populations {

[[nodiscard]] std::optional<qint64> get(Sql &sql, const QString &unitCode, const QString &period);
// invalid_field unless 1 ≤ population ≤ 100 000 000.
void set(Sql &sql, const QString &unitCode, const QString &period, qint64 population, const QString &by);

} // namespace suara::server::populations
