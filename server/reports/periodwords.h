#pragma once

#include <QString>

namespace suara::server::reports {

// A period's canonical label (period.h) as people say it, for the poster and the public page:
// "2026-Q4" → "Triwulan IV 2026" / "Quarter IV 2026", "2026-S1" → "Semester I 2026", "2026-09" →
// "September 2026", "2026" → "Tahun 2026" / "Year 2026", "2026-07-01..2026-08-15" → "1 Juli – 15 Agustus
// 2026". A label in none of these forms is returned as it is: the words never hide what was published.
[[nodiscard]] QString periodInWords(const QString &label, bool english);
// An ISO day ("2026-12-03", or the start of an ISO time) in words: "3 Desember 2026" / "3 December 2026";
// anything else is returned as it is.
[[nodiscard]] QString dayInWords(const QString &isoDay, bool english);

} // namespace suara::server::reports
