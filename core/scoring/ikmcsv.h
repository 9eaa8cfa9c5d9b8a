#pragma once

#include "ikmtally.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace suara::scoring {

// Reads SKM answers from a spreadsheet export: one row per respondent, a header row with one
// column per unsur key (any order, trimmed, case-insensitive; other columns are ignored), cells
// 1-4 or empty for unanswered. Rows whose cells are all empty are skipped.
//
// On failure returns nullopt and fills `errors` with messages a spreadsheet user can act on,
// naming the row as the spreadsheet numbers it (header = row 1) and the column as headed, e.g.
//   row 14, column "waktu": "5" is not an answer from 1 to 4
// All problems are listed (up to kMaxCsvErrors), not just the first, so one pass fixes the file.
inline constexpr int kMaxCsvErrors = 20;

[[nodiscard]] std::optional<IkmTally> readIkmCsv(const QByteArray &bytes, QStringList *errors = nullptr);
// Messages about the file itself ("cannot open the file: No such file or directory") leave the path to
// the caller, which prefixes it like every other message: "answers.csv: row 3, …".
[[nodiscard]] std::optional<IkmTally> readIkmCsvFile(const QString &path, QStringList *errors = nullptr);

} // namespace suara::scoring
