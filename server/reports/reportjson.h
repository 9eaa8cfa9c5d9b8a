#pragma once

#include "skmreport.h"

#include <QJsonObject>

// The JSON of the typed reports (docs/api.md). Every IKM appears as the exact double ("ikm") and as
// the official figure rounded half-up to two decimals ("ikm_rounded", from ikmHundredths), so every
// surface prints the same number.
namespace suara::server::reports {

[[nodiscard]] QJsonObject scopeJson(const Scope &scope);
// respondents, ikm, ikm_rounded, ikm_hundredths, category, category_label (null without an IKM).
[[nodiscard]] QJsonObject ikmSummaryJson(const scoring::IkmReport &report);
// The full per-unsur result (scoring::ikmReportToJson) plus ikm_hundredths.
[[nodiscard]] QJsonObject ikmDetailJson(const scoring::IkmReport &report);
[[nodiscard]] QJsonObject toJson(const SkmReport &report);

} // namespace suara::server::reports
