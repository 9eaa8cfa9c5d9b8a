#include "regions.h"

#include "failure.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace suara::server::regions {

using protocol::ErrorCode;

namespace {
bool isHeader(const QString &code, const QString &name)
{
    const QString c = code.toLower();
    const QString n = name.toLower();
    return (c == QLatin1String("code") || c == QLatin1String("kode"))
        && (n == QLatin1String("name") || n == QLatin1String("nama"));
}

bool under(const QString &code, const QString &prefix)
{
    return code == prefix || code.startsWith(prefix + QLatin1Char('.'));
}
} // namespace

std::optional<QList<Region>> parseCsv(const QString &text, const QSet<QString> &known, CsvError *error)
{
    QList<Region> out;
    QSet<QString> inFile;
    const QStringList lines = text.split(QLatin1Char('\n'));
    auto refuse = [&](int line, const QString &message) {
        *error = CsvError{line, message};
        return std::nullopt;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int line = int(i) + 1;
        QString row = lines.at(i);
        if (i == 0 && row.startsWith(QChar(0xfeff)))
            row.remove(0, 1); // a spreadsheet's byte-order mark
        row = row.trimmed();
        if (row.isEmpty() || row.startsWith(QLatin1Char('#')))
            continue; // a blank line, or a comment naming the list's source
        const QStringList cells = row.split(QLatin1Char(';'));
        if (cells.size() != 2)
            return refuse(line, QStringLiteral("expected two cells, code;name (got %1)").arg(cells.size()));
        const QString code = cells.at(0).trimmed();
        const QString name = cells.at(1).trimmed();
        if (out.isEmpty() && inFile.isEmpty() && isHeader(code, name))
            continue;
        Region r{code, name, fieldformat::regionLevel(code)};
        if (r.level == 0)
            return refuse(line,
                          QStringLiteral("\"%1\" is not a Kemendagri code (34, 34.04, 34.04.07 or "
                                         "34.04.07.2001)")
                              .arg(code));
        if (name.isEmpty())
            return refuse(line, QStringLiteral("region %1 has no name").arg(code));
        if (inFile.contains(code))
            return refuse(line, QStringLiteral("region %1 appears twice").arg(code));
        const QString parent = fieldformat::parentRegion(code);
        if (!parent.isEmpty() && !inFile.contains(parent) && !known.contains(parent))
            return refuse(line,
                          QStringLiteral("region %1 is under %2, which is neither above it in the file nor "
                                         "imported before")
                              .arg(code, parent));
        inFile.insert(code);
        out.append(r);
    }
    if (out.isEmpty())
        return refuse(0, QStringLiteral("the file holds no region"));
    return out;
}

QSet<QString> codes(Sql &sql)
{
    QSqlQuery q = sql.run(QStringLiteral("SELECT code FROM regions"));
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

void importRegions(Sql &sql, const QList<Region> &regions)
{
    const QString now = nowText();
    for (const Region &r : regions)
        sql.run(
            QStringLiteral("INSERT INTO regions (code, name, level, parent_code, updated_at) VALUES (?, ?, ?, ?, ?)"
                           " ON CONFLICT (code) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at"),
            {r.code, r.name, r.level, fieldformat::parentRegion(r.code), now});
    sql.run(QStringLiteral("UPDATE units SET settings_version = settings_version + 1, updated_at = ?"
                           " WHERE region_prefixes <> ''"),
            {now});
}

int importCsv(Sql &sql, const QString &text, const QString &source)
{
    Transaction tx(sql);
    CsvError error;
    const std::optional<QList<Region>> parsed = parseCsv(text, codes(sql), &error);
    if (!parsed)
        fail(ErrorCode::InvalidField,
             error.line > 0 ? QStringLiteral("%1 line %2: %3").arg(source).arg(error.line).arg(error.message)
                            : QStringLiteral("%1: %2").arg(source, error.message),
             error.line > 0 ? QStringLiteral("line %1").arg(error.line) : QString());
    importRegions(sql, *parsed);
    tx.commit();
    return int(parsed->size());
}

QList<RegionEntry> desaUnder(Sql &sql, const QStringList &prefixes)
{
    if (prefixes.isEmpty())
        return {};
    QHash<QString, QString> names;
    QList<QString> desa;
    QSqlQuery q = sql.run(QStringLiteral("SELECT code, name, level FROM regions ORDER BY code"));
    while (q.next()) {
        const QString code = q.value(0).toString();
        names.insert(code, q.value(1).toString());
        if (q.value(2).toInt() == fieldformat::kDesa
            && std::any_of(prefixes.begin(), prefixes.end(), [&](const QString &p) { return under(code, p); }))
            desa.append(code);
    }
    QList<RegionEntry> out;
    for (const QString &code : desa) {
        const QString kecamatan = fieldformat::parentRegion(code);
        const QString kabupaten = fieldformat::parentRegion(kecamatan);
        const QString province = fieldformat::parentRegion(kabupaten);
        out.append(RegionEntry{code, names.value(code), names.value(kecamatan), names.value(kabupaten),
                               names.value(province)});
    }
    return out;
}

void checkPrefixes(Sql &sql, const QStringList &prefixes, const QString &field)
{
    for (qsizetype i = 0; i < prefixes.size(); ++i) {
        if (sql.value(QStringLiteral("SELECT COUNT(*) FROM regions WHERE code = ?"), {prefixes.at(i)}).toInt() == 0)
            fail(ErrorCode::InvalidField,
                 QStringLiteral("%1[%2]: no region %3 has been imported (regions-import FILE.csv)")
                     .arg(field)
                     .arg(i)
                     .arg(prefixes.at(i)),
                 QStringLiteral("%1[%2]").arg(field).arg(i));
    }
}

QJsonObject toJson(const Region &region)
{
    return QJsonObject{{QStringLiteral("code"), region.code},
                       {QStringLiteral("name"), region.name},
                       {QStringLiteral("level"), region.level}};
}

QList<Region> list(Sql &sql, const QString &underCode)
{
    QSqlQuery q = sql.run(QStringLiteral("SELECT code, name, level FROM regions ORDER BY code"));
    QList<Region> out;
    while (q.next()) {
        Region r{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()};
        if (underCode.isEmpty() || under(r.code, underCode))
            out.append(r);
    }
    return out;
}

QList<Region> childrenInArea(Sql &sql, const QString &parent, const QStringList &prefixes)
{
    const int level = parent.isEmpty() ? fieldformat::kProvince : fieldformat::regionLevel(parent) + 1;
    const auto inArea = [&](const QString &code) {
        return std::any_of(prefixes.begin(), prefixes.end(),
                           [&](const QString &p) { return under(code, p) || under(p, code); });
    };
    QList<Region> out;
    for (const Region &r : list(sql, parent)) {
        if (r.level == level && inArea(r.code))
            out.append(r);
    }
    return out;
}

} // namespace suara::server::regions
