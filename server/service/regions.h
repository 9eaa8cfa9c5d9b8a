#pragma once

#include "db/sql.h"
#include "domain/deviceconfigfield.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>

// The Kemendagri region list (province, kabupaten/kota, kecamatan, desa/kelurahan) kept nationally on
// the server, and the desa of each unit's area that go out with its settings (protocol §4 `regions`).
namespace suara::server::regions {

struct Region
{
    QString code; // dotted, e.g. 34.04.07.2001
    QString name;
    int level = 0; // fieldformat::kProvince … kDesa
};

struct CsvError
{
    int line = 0; // 1-based; 0 for the file as a whole
    QString message;
};

// `code;name` lines, one region a line; an optional first line `code;name` (or `kode;nama`) is a header,
// blank lines and lines starting with '#' (the list's source) are skipped. A code's level is read from its dots. Every
// row is checked: a bad code, an empty name, a code twice, or a region whose parent is neither in the file nor in
// `known` refuses the file with that line. nullopt then, with `error` set.
[[nodiscard]] std::optional<QList<Region>> parseCsv(const QString &text, const QSet<QString> &known, CsvError *error);

// Every stored code (for parseCsv's parent check). Throws DbFailure.
[[nodiscard]] QSet<QString> codes(Sql &sql);
// Inserts or renames the regions, inside the caller's transaction; the settings version of every unit
// with region prefixes is bumped, so its devices apply the new names. Nothing is removed: a code
// recorded in a record keeps its name.
void importRegions(Sql &sql, const QList<Region> &regions);
// The CLI and the API: parse, then import in one transaction; invalid_field naming the line.
int importCsv(Sql &sql, const QString &text, const QString &source);

// The desa under any of `prefixes` (a prefix is a region code: "34.04.07" is every desa of the
// kecamatan), with the names of the levels above, by code.
[[nodiscard]] QList<RegionEntry> desaUnder(Sql &sql, const QStringList &prefixes);
// Whether every prefix is a stored region code; invalid_field naming the first one that is not.
void checkPrefixes(Sql &sql, const QStringList &prefixes, const QString &field);

[[nodiscard]] QJsonObject toJson(const Region &region);
[[nodiscard]] QList<Region> list(Sql &sql, const QString &under = {});
// The regions one level below `parent` (the provinces when it is empty) that lie in a unit's area: under
// one of `prefixes`, or above one (so a picker reaches a kecamatan prefix from its province). By code.
[[nodiscard]] QList<Region> childrenInArea(Sql &sql, const QString &parent, const QStringList &prefixes);

} // namespace suara::server::regions
