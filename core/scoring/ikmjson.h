#pragma once

#include "ikm.h"

#include <QJsonObject>

namespace suara::scoring {

// The IkmReport as documented in docs/suara-ikm.md (what `suara-ikm --json` prints). Numbers stay
// numbers; an unsur nobody answered has null nrr/weighted_nrr/category, and without an IKM the
// ikm, ikm_rounded, category and category_label are null and `missing` names the unsur.
[[nodiscard]] QJsonObject ikmReportToJson(const IkmReport &report);

} // namespace suara::scoring
