#pragma once

#include "domain/localizedtext.h"

#include <QString>

namespace suara::scoring {

// Mutu pelayanan of PermenPAN-RB 14/2017: A sangat baik, B baik, C kurang baik, D tidak baik.
enum class Category { A, B, C, D };

// Classifies an IKM already rounded half-up to two decimals, given in hundredths (7661 = 76,61):
// 25,00-64,99 D; 65,00-76,60 C; 76,61-88,30 B; 88,31-100,00 A. The regulation's bands only have
// two-decimal bounds, so an unrounded 76,605 sits in a gap; rounding first closes it.
[[nodiscard]] Category categoryForIkmHundredths(qint64 hundredths);

[[nodiscard]] QString categoryLetter(Category category);
[[nodiscard]] LocalizedText categoryLabel(Category category);

} // namespace suara::scoring
