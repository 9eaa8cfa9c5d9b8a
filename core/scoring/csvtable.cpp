#include "csvtable.h"

namespace suara::scoring {

namespace {
const QChar kQuote = QLatin1Char('"');
const QChar kBom = QChar(0xFEFF);

qsizetype contentStart(const QString &text)
{
    return text.startsWith(kBom) ? 1 : 0;
}
} // namespace

QChar detectCsvSeparator(const QString &text)
{
    int semicolons = 0;
    int commas = 0;
    bool quoted = false;
    for (qsizetype i = contentStart(text); i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == kQuote)
            quoted = !quoted; // "" toggles twice, which is what it should do here
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char(','))
            ++commas;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

std::optional<CsvTable> parseCsv(const QString &text, CsvParseError *error)
{
    CsvTable table;
    table.separator = detectCsvSeparator(text);
    const QChar sep = table.separator;

    QStringList row;
    QString cell;
    bool quoted = false; // inside a quoted cell
    bool cellStarted = false; // anything read for the current cell: a quote opens a cell only first
    int rowNumber = 1;
    int quoteRow = 0;
    int quoteColumn = 0;

    const auto endCell = [&] {
        row.append(cell);
        cell.clear();
        cellStarted = false;
    };
    const auto endRow = [&] {
        endCell();
        table.rows.append(row);
        row.clear();
        ++rowNumber;
    };

    const qsizetype n = text.size();
    for (qsizetype i = contentStart(text); i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != kQuote) {
                cell.append(c);
            } else if (i + 1 < n && text.at(i + 1) == kQuote) {
                cell.append(kQuote);
                ++i;
            } else {
                quoted = false;
            }
            continue;
        }
        if (c == kQuote && !cellStarted) {
            quoted = true;
            cellStarted = true;
            quoteRow = rowNumber;
            quoteColumn = int(row.size()) + 1;
        } else if (c == sep) {
            endCell();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
        } else {
            cell.append(c);
            cellStarted = true;
        }
    }
    if (quoted) {
        if (error)
            *error = {quoteRow, quoteColumn, QStringLiteral("a quoted cell is never closed (a missing \")"),
                      table.rows.value(0)};
        return std::nullopt;
    }
    if (cellStarted || !row.isEmpty())
        endRow(); // the last line had no line break; "a," still ends with an empty cell
    return table;
}

} // namespace suara::scoring
