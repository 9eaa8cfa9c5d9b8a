#include "holidaycsv.h"

#include "scoring/csvtable.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace suara::calendar {

namespace {
const QStringList kHeader = {QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("name_id"),
                             QStringLiteral("name_en")};

std::optional<HolidayYear> failAt(HolidayCsvError *error, int line, const QString &message)
{
    if (error)
        *error = HolidayCsvError{line, message};
    return std::nullopt;
}

QString csvCell(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}
} // namespace

std::optional<HolidayYear> parseHolidayCsv(const QString &text, HolidayCsvError *error)
{
    static const QRegularExpression directive(QStringLiteral("^#\\s*(year|status|source)\\s*:\\s*(.*)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    QString body = text;
    if (body.startsWith(QChar(0xfeff)))
        body.remove(0, 1);
    const QStringList lines = body.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    HolidayYear out;
    std::optional<YearStatus> status;
    QStringList kept;
    QList<int> lineOf; // kept row -> line of the file
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(QLatin1Char('#'))) {
            const QRegularExpressionMatch m = directive.match(line);
            if (!m.hasMatch())
                continue;
            const QString key = m.captured(1).toLower();
            const QString value = m.captured(2).trimmed();
            if (key == QLatin1String("year")) {
                bool ok = false;
                out.year = value.toInt(&ok);
                if (!ok || out.year < 2000 || out.year > 2200)
                    return failAt(error, i + 1, QStringLiteral("year must be a year like 2026, not \"%1\"").arg(value));
            } else if (key == QLatin1String("status")) {
                status = yearStatusFromName(value.toLower());
                if (!status)
                    return failAt(error, i + 1,
                                  QStringLiteral("status must be official or provisional, not \"%1\"").arg(value));
            } else {
                out.source = value;
            }
            continue;
        }
        if (line.isEmpty())
            continue;
        kept << lines.at(i);
        lineOf << i + 1;
    }
    if (out.year == 0)
        return failAt(error, 0, QStringLiteral("the file must say which year it is about: a line \"# year: 2026\""));
    if (!status)
        return failAt(
            error, 0,
            QStringLiteral(
                "the file must say whether its list is decreed: \"# status: official\" or \"# status: provisional\""));
    out.status = *status;
    if (kept.isEmpty())
        return failAt(error, 0, QStringLiteral("the header line \"date,kind,name_id,name_en\" is missing"));

    scoring::CsvParseError csvError;
    const std::optional<scoring::CsvTable> table = scoring::parseCsv(kept.join(QLatin1Char('\n')), &csvError);
    if (!table)
        return failAt(error, lineOf.value(csvError.row - 1), csvError.message);
    QStringList header;
    for (const QString &h : table->rows.value(0))
        header << h.trimmed().toLower();
    if (header != kHeader)
        return failAt(error, lineOf.value(0),
                      QStringLiteral("the header must be \"%1\"").arg(kHeader.join(QLatin1Char(','))));
    QSet<QDate> seen;
    for (qsizetype r = 1; r < table->rows.size(); ++r) {
        const QStringList &row = table->rows.at(r);
        const int line = lineOf.value(int(r));
        if (row.size() != kHeader.size())
            return failAt(
                error, line,
                QStringLiteral("a row needs 4 cells (date, kind, name_id, name_en), this one has %1").arg(row.size()));
        Holiday h;
        h.day = QDate::fromString(row.at(0).trimmed(), Qt::ISODate);
        if (!h.day.isValid())
            return failAt(error, line, QStringLiteral("\"%1\" is not a date like 2026-01-01").arg(row.at(0)));
        if (h.day.year() != out.year)
            return failAt(
                error, line,
                QStringLiteral("%1 is not in %2, the year of this file").arg(row.at(0).trimmed()).arg(out.year));
        if (seen.contains(h.day))
            return failAt(error, line, QStringLiteral("%1 is listed twice").arg(row.at(0).trimmed()));
        seen.insert(h.day);
        const std::optional<HolidayKind> kind = holidayKindFromName(row.at(1).trimmed().toLower());
        if (!kind)
            return failAt(error, line,
                          QStringLiteral("kind must be national or cuti_bersama, not \"%1\"").arg(row.at(1)));
        h.kind = *kind;
        h.nameId = row.at(2).trimmed();
        h.nameEn = row.at(3).trimmed();
        if (h.nameId.isEmpty() || h.nameEn.isEmpty())
            return failAt(error, line, QStringLiteral("a holiday needs its name in Indonesian and in English"));
        out.days << h;
    }
    std::sort(out.days.begin(), out.days.end(), [](const Holiday &a, const Holiday &b) { return a.day < b.day; });
    return out;
}

QString holidayCsv(const HolidayYear &year)
{
    QString out = QStringLiteral("# year: %1\n# status: %2\n").arg(year.year).arg(yearStatusName(year.status));
    if (!year.source.isEmpty())
        out += QStringLiteral("# source: %1\n").arg(QString(year.source).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    out += kHeader.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const Holiday &h : year.days) {
        out += QStringList{h.day.toString(Qt::ISODate), holidayKindName(h.kind), csvCell(h.nameId), csvCell(h.nameEn)}
                   .join(QLatin1Char(','))
            + QLatin1Char('\n');
    }
    return out;
}

} // namespace suara::calendar
