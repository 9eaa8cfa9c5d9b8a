#pragma once

#include <QStringList>

#include <optional>

namespace suara::testing {

// What LibreOffice writes when it reads a workbook back as CSV.
enum class Sheets {
    First, // <name>.csv, the first sheet only
    Every, // <name>-<sheet>.csv for every sheet, cells as shown (number formats applied)
};

// Converts the workbooks with LibreOffice headless (a profile of this run's own under `outDir`, so runs
// never share one) into `outDir`. Empty on success, else what LibreOffice said, for the test's message.
[[nodiscard]] QString convertWithLibreOffice(const QStringList &workbooks, const QString &outDir, Sheets sheets,
                                             int timeoutMs = 180'000);

// A CSV file's rows; nothing when it cannot be read or parsed, so a missing file fails the test rather
// than reading as an empty table.
[[nodiscard]] std::optional<QList<QStringList>> readCsvRows(const QString &path);

} // namespace suara::testing
