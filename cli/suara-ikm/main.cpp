// suara-ikm FILE.csv [--weight exact|0.111] [--json]
// The IKM (PermenPAN-RB 14/2017) of a CSV of SKM answers. A thin shell over core/scoring: reading,
// arithmetic and the JSON schema live there, so the kiosk and the server print the same numbers.
// Exit codes: 0 done, 1 the file cannot be used or gives no IKM, 2 the command line is wrong.

#include "scoring/ikm.h"
#include "scoring/ikmcsv.h"
#include "scoring/ikmjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

using namespace suara::scoring;

namespace {
enum Exit { Ok = 0, Failed = 1, Usage = 2 };

void out(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
}

void err(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
}

// Dot decimals, whatever the machine's locale, so the output is the same everywhere and diffs
// cleanly; Indonesian reports write 88,31 for the 88.31 printed here.
QString fixed(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

QString table(const IkmReport &report, const QString &file)
{
    QString t;
    t += QStringLiteral("IKM (PermenPAN-RB 14/2017) of %1\n").arg(file);
    t += QStringLiteral("respondents: %1\n").arg(report.respondents);
    const QString weight = report.weight == WeightMode::Exact
        ? QStringLiteral("exact (1/9)")
        : QStringLiteral("0.111 (spreadsheet reconciliation, not official)");
    t += QStringLiteral("weight: %1\n\n").arg(weight);
    t += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
             .arg(QStringLiteral("unsur"), -12)
             .arg(QStringLiteral("n"), 7)
             .arg(QStringLiteral("1"), 6)
             .arg(QStringLiteral("2"), 6)
             .arg(QStringLiteral("3"), 6)
             .arg(QStringLiteral("4"), 6)
             .arg(QStringLiteral("sum"), 8)
             .arg(QStringLiteral("NRR"), 7)
             .arg(QStringLiteral("NRR tertimbang"), 15)
             .arg(QStringLiteral("kategori"));
    double weightedTotal = 0;
    for (const UnsurResult &u : report.unsur) {
        const QString dash = QStringLiteral("-");
        t += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                 .arg(u.key, -12)
                 .arg(u.answered, 7)
                 .arg(u.counts[0], 6)
                 .arg(u.counts[1], 6)
                 .arg(u.counts[2], 6)
                 .arg(u.counts[3], 6)
                 .arg(u.sum, 8)
                 .arg(u.nrr ? fixed(*u.nrr, 4) : dash, 7)
                 .arg(u.weightedNrr ? fixed(*u.weightedNrr, 4) : dash, 15)
                 .arg(u.category ? categoryLetter(*u.category) : dash);
        weightedTotal += u.weightedNrr.value_or(0.0);
    }
    if (!report.hasIkm()) {
        t += QStringLiteral("\nIKM: not defined, no answers for: %1\n").arg(report.missing.join(QStringLiteral(", ")));
        return t;
    }
    t += QStringLiteral("%1 %2\n").arg(QStringLiteral("total"), -72).arg(fixed(weightedTotal, 4), 15);
    const auto label = categoryLabel(*report.category);
    t += QStringLiteral("\nIKM: %1  %2 %3 (%4)\n")
             .arg(fixed(*report.ikmRounded(), 2), categoryLetter(*report.category), label.id, label.en);
    return t;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("suara-ikm"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUARA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Computes the Indeks Kepuasan Masyarakat (PermenPAN-RB 14/2017) of a CSV file with one row per\n"
                       "respondent and one column per unsur: persyaratan, prosedur, waktu, biaya, produk, kompetensi,\n"
                       "perilaku, pengaduan, sarana (values 1-4, empty = unanswered; ';' or ',' separated)."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption weightOption(
        QStringLiteral("weight"),
        QStringLiteral("exact (1/9, the regulation; default) or 0.111 (to reconcile with spreadsheets)."),
        QStringLiteral("mode"), QStringLiteral("exact"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
    parser.addOption(weightOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The CSV file."));

    if (!parser.parse(QCoreApplication::arguments())) {
        err(QStringLiteral("suara-ikm: %1\nTry 'suara-ikm --help'.\n").arg(parser.errorText()));
        return Usage;
    }
    if (parser.isSet(helpOption)) {
        out(parser.helpText());
        return Ok;
    }
    if (parser.isSet(versionOption)) {
        out(QStringLiteral("suara-ikm %1\n").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err(QStringLiteral("suara-ikm: expected one CSV file, got %1\nTry 'suara-ikm --help'.\n").arg(files.size()));
        return Usage;
    }
    const auto mode = weightModeFromName(parser.value(weightOption));
    if (!mode) {
        err(QStringLiteral("suara-ikm: --weight must be exact or 0.111, not \"%1\"\n").arg(parser.value(weightOption)));
        return Usage;
    }

    QStringList errors;
    const auto tally = readIkmCsvFile(files.first(), &errors);
    if (!tally) {
        for (const QString &e : errors)
            err(QStringLiteral("suara-ikm: %1: %2\n").arg(files.first(), e));
        return Failed;
    }
    const IkmReport report = computeIkm(*tally, *mode);
    if (parser.isSet(jsonOption))
        out(QString::fromUtf8(QJsonDocument(ikmReportToJson(report)).toJson(QJsonDocument::Indented)));
    else
        out(table(report, files.first()));
    if (!report.hasIkm()) {
        err(QStringLiteral("suara-ikm: no IKM: nobody answered %1; the IKM needs all nine unsur\n")
                .arg(report.missing.join(QStringLiteral(", "))));
        return Failed;
    }
    return Ok;
}
