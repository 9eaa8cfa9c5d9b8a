#include "ikmcsv.h"

#include "csvtable.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace suara::scoring {

namespace {
std::nullopt_t fail(QStringList *errors, const QString &message)
{
    if (errors)
        *errors = QStringList{message};
    return std::nullopt;
}

// UTF-8 (with or without BOM) is what "CSV UTF-8" saves; UTF-16 with its BOM is Excel's "Unicode text".
QString decode(const QByteArray &bytes)
{
    QString text;
    if (bytes.startsWith("\xFF\xFE"))
        text = QStringDecoder(QStringConverter::Utf16LE).decode(bytes.mid(2));
    else if (bytes.startsWith("\xFE\xFF"))
        text = QStringDecoder(QStringConverter::Utf16BE).decode(bytes.mid(2));
    else
        text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

bool isBlank(const QStringList &row)
{
    for (const QString &cell : row) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

QString quoted(const QString &cell)
{
    const QString trimmed = cell.trimmed();
    const QString shown = trimmed.size() > 24 ? trimmed.left(24) + QStringLiteral("…") : trimmed;
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

// How a column is named in messages: its header as written, or its position when it has none.
QString columnName(const QStringList &header, int column)
{
    const QString name = header.value(column).trimmed();
    return name.isEmpty() ? QStringLiteral("column %1").arg(column + 1) : QStringLiteral("column \"%1\"").arg(name);
}

// Exactly one digit 1-4 after trimming: "2.5", "4,0", "04", "+3" are not answers a respondent gave.
int answerValue(const QString &cell)
{
    const QString v = cell.trimmed();
    if (v.size() != 1 || v.at(0) < QLatin1Char('1') || v.at(0) > QLatin1Char('4'))
        return 0;
    return v.at(0).digitValue();
}

class Problems
{
public:
    explicit Problems(QStringList *out)
        : m_out(out)
    {
    }
    void add(int row, const QString &column, const QString &what)
    {
        ++m_count;
        if (m_out && m_out->size() < kMaxCsvErrors)
            m_out->append(QStringLiteral("row %1, %2: %3").arg(row).arg(column, what));
    }
    void finish()
    {
        if (m_out && m_count > kMaxCsvErrors)
            m_out->append(QStringLiteral("… and %1 more problems").arg(m_count - kMaxCsvErrors));
    }
    [[nodiscard]] bool any() const { return m_count > 0; }

private:
    QStringList *m_out;
    int m_count = 0;
};

using UnsurColumns = std::array<int, kSkmUnsurCount>;

// Each unsur's column, or nullopt with the reasons when the header does not name all nine once.
std::optional<UnsurColumns> unsurColumns(const QStringList &header, QStringList *errors)
{
    UnsurColumns columnOf;
    columnOf.fill(-1);
    Problems problems(errors);
    for (int c = 0; c < header.size(); ++c) {
        const int u = skmUnsurIndex(header.at(c).trimmed().toLower());
        if (u < 0)
            continue;
        if (columnOf[u] >= 0)
            problems.add(
                1, columnName(header, c),
                QStringLiteral("unsur \"%1\" already has column %2").arg(skmUnsurKeys().at(u)).arg(columnOf[u] + 1));
        else
            columnOf[u] = c;
    }
    QStringList missing;
    for (int u = 0; u < kSkmUnsurCount; ++u) {
        if (columnOf[u] < 0)
            missing.append(QLatin1Char('"') + skmUnsurKeys().at(u) + QLatin1Char('"'));
    }
    if (!missing.isEmpty()) {
        QString message =
            QStringLiteral("row 1 (header): missing column%1 %2; the header needs one column per unsur: %3")
                .arg(missing.size() > 1 ? QStringLiteral("s") : QString(), missing.join(QStringLiteral(", ")),
                     skmUnsurKeys().join(QStringLiteral(", ")));
        if (header.size() == 1)
            message += QStringLiteral(" (the header has a single column: are the columns separated by ';' or ','?)");
        if (errors)
            errors->prepend(message);
        return std::nullopt;
    }
    if (problems.any())
        return std::nullopt;
    return columnOf;
}

// One respondent's answers from a data row; its problems go to `problems`.
QHash<QString, int> answersOfRow(const QStringList &cells, int row, const QStringList &header,
                                 const UnsurColumns &columnOf, Problems &problems)
{
    if (cells.size() < header.size()) {
        problems.add(row, columnName(header, int(cells.size())),
                     QStringLiteral("the row ends before this column (%1 cells; the header has %2)")
                         .arg(cells.size())
                         .arg(header.size()));
        return {};
    }
    for (int c = int(header.size()); c < cells.size(); ++c) {
        if (!cells.at(c).trimmed().isEmpty()) {
            problems.add(row, QStringLiteral("column %1").arg(c + 1),
                         QStringLiteral("%1 is beyond the header's %2 columns (a stray separator?)")
                             .arg(quoted(cells.at(c)))
                             .arg(header.size()));
            break;
        }
    }
    QHash<QString, int> answers;
    for (int u = 0; u < kSkmUnsurCount; ++u) {
        const QString &cell = cells.at(columnOf[u]);
        if (cell.trimmed().isEmpty())
            continue; // unanswered
        const int value = answerValue(cell);
        if (value == 0)
            problems.add(row, columnName(header, columnOf[u]),
                         QStringLiteral("%1 is not an answer from 1 to 4").arg(quoted(cell)));
        else
            answers.insert(skmUnsurKeys().at(u), value);
    }
    return answers;
}
} // namespace

std::optional<IkmTally> readIkmCsv(const QByteArray &bytes, QStringList *errors)
{
    if (errors)
        errors->clear();
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("\xD0\xCF\x11\xE0"))
        return fail(errors,
                    QStringLiteral("this is a spreadsheet workbook (.xlsx/.xls), not CSV: "
                                   "save it as \"CSV UTF-8\" first"));
    const QString text = decode(bytes);
    if (text.trimmed().isEmpty())
        return fail(errors, QStringLiteral("the file is empty: expected a header row and one row per respondent"));

    CsvParseError parseError;
    const auto table = parseCsv(text, &parseError);
    if (!table)
        return fail(errors,
                    QStringLiteral("row %1, %2: %3")
                        .arg(parseError.row)
                        .arg(columnName(parseError.firstRow, parseError.column - 1), parseError.message));

    const QStringList header = table->rows.value(0);
    if (isBlank(header))
        return fail(errors,
                    QStringLiteral("row 1 (header) is empty: the first row must name the columns (%1)")
                        .arg(skmUnsurKeys().join(QStringLiteral(", "))));
    const auto columnOf = unsurColumns(header, errors);
    if (!columnOf)
        return std::nullopt;

    IkmTally tally;
    Problems problems(errors);
    qint64 dataRows = 0;
    for (int r = 1; r < table->rows.size(); ++r) {
        const QStringList &cells = table->rows.at(r);
        if (isBlank(cells))
            continue;
        ++dataRows;
        const QHash<QString, int> answers = answersOfRow(cells, r + 1, header, *columnOf, problems);
        if (!problems.any())
            (void)tally.add(answers); // every value was checked above
    }
    if (problems.any()) {
        problems.finish();
        return std::nullopt;
    }
    if (dataRows == 0)
        return fail(errors, QStringLiteral("no data rows: the file has a header but no respondents"));
    return tally;
}

std::optional<IkmTally> readIkmCsvFile(const QString &path, QStringList *errors)
{
    if (QFileInfo(path).isDir())
        return fail(errors, QStringLiteral("this is a folder, not a CSV file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(errors, QStringLiteral("cannot open the file: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(errors, QStringLiteral("cannot read the file: %1").arg(file.errorString()));
    return readIkmCsv(bytes, errors);
}

} // namespace suara::scoring
