// What does exact IKM arithmetic cost? computeIkm (exact fractions, rounding checked with big
// integers) against the naive double formula many spreadsheets use, on the same tally.
#include "benchclock.h"
#include "scoring/ikm.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

using namespace suara;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int respondents = app.arguments().contains(QStringLiteral("--quick")) ? 1000 : 200000;
    QRandomGenerator rng(14);
    scoring::IkmTally tally;
    for (int r = 0; r < respondents; ++r) {
        QHash<QString, int> answers;
        for (const QString &key : scoring::skmUnsurKeys()) {
            if (rng.bounded(20) != 0) // about 5 % of items left blank
                answers.insert(key, 1 + int(rng.bounded(4)));
        }
        (void)tally.add(answers);
    }
    const int repeats = 2000;
    double sink = 0;
    const double naive = bench::medianMs(5, [&] {
        for (int i = 0; i < repeats; ++i) {
            double total = 0;
            for (int u = 0; u < scoring::kSkmUnsurCount; ++u) {
                const scoring::OptionCounts c = tally.counts(u);
                const double n = double(c[0] + c[1] + c[2] + c[3]);
                total += (c[0] + 2.0 * c[1] + 3.0 * c[2] + 4.0 * c[3]) / n;
            }
            sink += total / 9.0 * 25.0;
        }
    });
    const double exact = bench::medianMs(5, [&] {
        for (int i = 0; i < repeats; ++i)
            sink += scoring::computeIkm(tally).ikm.value_or(0);
    });
    QTextStream(stdout) << "ikm: report over " << respondents << " respondents, " << repeats << " times\n"
                        << "  naive double formula (baseline) " << naive * 1000 / repeats << " us/report\n"
                        << "  computeIkm, exact (shipped)     " << exact * 1000 / repeats << " us/report\n"
                        << "  ratio exact/naive: " << exact / naive << "   (checksum " << sink << ")\n";
    return 0;
}
