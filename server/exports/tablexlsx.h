#pragma once

#include <QList>
#include <QString>
#include <QVariant>

// A workbook of plain tables: each sheet a header row (bold) and rows of cells, a number where the
// QVariant holds one and text otherwise. For small downloads (the register recap), written whole.
namespace suara::server::exports {

struct XlsxSheet
{
    QString name;
    QStringList header;
    QList<QVariantList> rows;
    QList<double> widths; // column widths in characters; missing: the default
};

// Throws through failWriting on any libxlsxwriter error (the caller's temporary file is removed).
void writeTablesXlsx(const QString &path, const QList<XlsxSheet> &sheets);

} // namespace suara::server::exports
