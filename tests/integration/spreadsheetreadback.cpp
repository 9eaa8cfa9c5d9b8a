#include "spreadsheetreadback.h"

#include "childprocess.h"
#include "scoring/csvtable.h"

#include <QFile>

namespace suara::testing {

QString convertWithLibreOffice(const QStringList &workbooks, const QString &outDir, Sheets sheets, int timeoutMs)
{
    // The filter's 12th token (-1) asks for every sheet; the 9th (true) writes cells as shown.
    const QString filter = sheets == Sheets::Every
        ? QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1")
        : QStringLiteral("csv");
    QStringList args = {QStringLiteral("-env:UserInstallation=file://") + outDir + QStringLiteral("/lo-profile"),
                        QStringLiteral("--headless"),
                        QStringLiteral("--convert-to"),
                        filter,
                        QStringLiteral("--outdir"),
                        outDir};
    args << workbooks;
    const ChildRun run = runChild(QStringLiteral("soffice"), args, {}, timeoutMs);
    if (run.finished && run.exitCode == 0)
        return {};
    const QString said = QString::fromUtf8(run.out + run.err).trimmed();
    return said.isEmpty() ? QStringLiteral("soffice did not finish") : said;
}

std::optional<QList<QStringList>> readCsvRows(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const auto table = scoring::parseCsv(QString::fromUtf8(f.readAll()));
    if (!table)
        return std::nullopt;
    return table->rows;
}

} // namespace suara::testing
