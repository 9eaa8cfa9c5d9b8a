#pragma once

#include "service/publications.h"

#include <QByteArray>
#include <optional>

namespace suara::server::reports {

// The public results page of a unit (GET /public/units/{code}): one self-contained HTML document, no
// external assets, readable on a phone, Indonesian unless `language` is "en". Its texts come from the
// catalogue in publicpage.cpp (both languages). Without a public snapshot it says so and shows nothing.
[[nodiscard]] QByteArray renderPublicPage(const QString &unitName,
                                          const std::optional<publications::Publication> &published,
                                          const QString &language);

} // namespace suara::server::reports
