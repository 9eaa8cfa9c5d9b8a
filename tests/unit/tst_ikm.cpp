#include "domain/record.h"
#include "scoring/ikm.h"
#include "scoring/ikmcsv.h"
#include "scoring/ikmjson.h"

#include <QJsonArray>
#include <QTest>

#include "testrecords.h"

using namespace suara;
using suara::testing::responseRecord;
using namespace suara::scoring;

namespace {
QHash<QString, int> allUnsur(int value)
{
    QHash<QString, int> answers;
    for (const QString &key : skmUnsurKeys())
        answers.insert(key, value);
    return answers;
}

IkmReport reportOf(const QList<QHash<QString, int>> &respondents, WeightMode mode = WeightMode::Exact)
{
    IkmTally tally;
    for (const auto &answers : respondents) {
        QString error;
        if (!tally.add(answers, &error))
            qFatal("bad test data: %s", qPrintable(error));
    }
    return computeIkm(tally, mode);
}

// n answers from 1..4 that add up to exactly `sum` (n <= sum <= 4n): as many 4s as fit, one
// answer for the remainder, the rest 1s.
OptionCounts countsWithSum(qint64 n, qint64 sum)
{
    const qint64 extra = sum - n; // over an all-1 baseline
    const qint64 fours = extra / 3;
    const qint64 rest = extra % 3;
    OptionCounts c{n - fours - (rest ? 1 : 0), 0, 0, fours};
    if (rest)
        ++c[rest];
    return c;
}

IkmReport reportOfCounts(const QList<QPair<qint64, qint64>> &nAndSumPerUnsur, WeightMode mode = WeightMode::Exact)
{
    QHash<QString, OptionCounts> counts;
    qint64 respondents = 0;
    for (int u = 0; u < kSkmUnsurCount; ++u) {
        const auto [n, sum] = nAndSumPerUnsur.at(u);
        counts.insert(skmUnsurKeys().at(u), countsWithSum(n, sum));
        respondents = std::max(respondents, n);
    }
    QString error;
    const auto tally = IkmTally::fromCounts(counts, respondents, &error);
    if (!tally)
        qFatal("bad test data: %s", qPrintable(error));
    const IkmReport report = computeIkm(*tally, mode);
    for (int u = 0; u < kSkmUnsurCount; ++u) { // the helper must build what it was asked for
        if (report.unsur.at(u).answered != nAndSumPerUnsur.at(u).first
            || report.unsur.at(u).sum != nAndSumPerUnsur.at(u).second)
            qFatal("countsWithSum built the wrong data");
    }
    return report;
}

QList<QPair<qint64, qint64>> sameForAll(qint64 n, qint64 sum)
{
    return QList<QPair<qint64, qint64>>(kSkmUnsurCount, {n, sum});
}

} // namespace

class TestIkm : public QObject
{
    Q_OBJECT
private slots:
    void theNineUnsurByStableKey()
    {
        QCOMPARE(skmUnsurKeys(),
                 (QStringList{"persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi", "perilaku",
                              "pengaduan", "sarana"}));
        QCOMPARE(skmUnsurIndex("sarana"), 8);
        QCOMPARE(skmUnsurIndex("maklumat"), -1);
    }

    void allFoursIsExactlyAHundred()
    {
        const IkmReport r = reportOf({allUnsur(4), allUnsur(4), allUnsur(4)});
        QCOMPARE(r.respondents, 3);
        QVERIFY(r.missing.isEmpty());
        QCOMPARE(*r.ikmHundredths, 10000);
        QCOMPARE(*r.ikmRounded(), 100.0);
        QCOMPARE(*r.ikm, 100.0); // exact weight: not 99,99… from 9 × 0,111…
        QCOMPARE(*r.category, Category::A);
        QCOMPARE(categoryLabel(*r.category).id, QStringLiteral("Sangat baik"));
        QCOMPARE(categoryLabel(*r.category).en, QStringLiteral("Very good"));
        const UnsurResult *biaya = r.find("biaya");
        QCOMPARE(biaya->answered, 3);
        QCOMPARE(biaya->sum, 12);
        QCOMPARE(biaya->counts, (OptionCounts{0, 0, 0, 3}));
        QCOMPARE(*biaya->nrr, 4.0);
        QCOMPARE(*biaya->weightedNrr, 4.0 / 9.0);
    }

    void allOnesIsTwentyFiveAndD()
    {
        const IkmReport r = reportOf({allUnsur(1), allUnsur(1)});
        QCOMPARE(*r.ikmHundredths, 2500);
        QCOMPARE(*r.category, Category::D);
        QCOMPARE(categoryLetter(*r.category), QStringLiteral("D"));
        QCOMPARE(categoryLabel(*r.category).id, QStringLiteral("Tidak baik"));
    }

    void roundedWeightReconcilesWithSpreadsheets()
    {
        const IkmReport r = reportOf({allUnsur(4)}, WeightMode::Rounded0111);
        QCOMPARE(r.weight, WeightMode::Rounded0111);
        QCOMPARE(*r.ikmHundredths, 9990);
        QCOMPARE(*r.ikmRounded(), 99.9);
        QCOMPARE(*r.find("waktu")->weightedNrr, 4 * 0.111);
        QCOMPARE(*r.category, Category::A);
        QCOMPARE(weightModeName(WeightMode::Rounded0111), QStringLiteral("0.111"));
        QCOMPARE(weightModeFromName("0,111"), WeightMode::Rounded0111);
        QCOMPARE(weightModeFromName("exact"), WeightMode::Exact);
        QVERIFY(!weightModeFromName("0.11"));
    }

    void categoryBoundaries_data()
    {
        QTest::addColumn<qint64>("hundredths");
        QTest::addColumn<QString>("letter");
        QTest::newRow("64,99") << qint64(6499) << "D";
        QTest::newRow("65,00") << qint64(6500) << "C";
        QTest::newRow("76,60") << qint64(7660) << "C";
        QTest::newRow("76,61") << qint64(7661) << "B";
        QTest::newRow("88,30") << qint64(8830) << "B";
        QTest::newRow("88,31") << qint64(8831) << "A";
    }

    void categoryBoundaries()
    {
        QFETCH(qint64, hundredths);
        QFETCH(QString, letter);
        // 2500 answers per unsur adding up to `hundredths`: IKM = 25/9 × 9 × S/2500 = S/100 exactly,
        // e.g. S = 6499 gives NRR 2,5996 for every unsur and IKM 64,99.
        const IkmReport r = reportOfCounts(sameForAll(2500, hundredths));
        QCOMPARE(*r.ikmHundredths, hundredths);
        QVERIFY(qAbs(*r.ikm - hundredths / 100.0) < 1e-9);
        QCOMPARE(categoryLetter(*r.category), letter);
        // Every unsur has the same NRR, so each is classified the same way (NI = IKM / 25).
        for (const UnsurResult &u : r.unsur)
            QCOMPARE(categoryLetter(*u.category), letter);
    }

    void aTieAtTheThirdDecimalRoundsUp()
    {
        // 5000 answers per unsur adding up to 15321: NRR 3,0642, IKM = 25 × 3,0642 = 76,605 exactly.
        // Half up gives 76,61: B. Summing NRR × (1/9) in doubles, as a spreadsheet does, gives
        // 76,60499999999998, which rounds to 76,60: a C.
        const IkmReport tie = reportOfCounts(sameForAll(5000, 15321));
        QVERIFY(qAbs(*tie.ikm - 76.605) < 1e-9);
        QCOMPARE(*tie.ikmHundredths, 7661);
        QCOMPARE(*tie.category, Category::B);
        QCOMPARE(*tie.find("sarana")->scoreHundredths, 7661); // 25 × 3,0642 = 76,605 for the unsur too
        QCOMPARE(*tie.find("sarana")->category, Category::B);

        // One unsur at 306416/99999 = 3,064190…: IKM 76,60497…, below the tie: 76,60, a C.
        auto below = sameForAll(5000, 15321);
        below[4] = {99999, 306416};
        const IkmReport r = reportOfCounts(below);
        QVERIFY(*r.ikm < 76.605 && *r.ikm > 76.6049);
        QCOMPARE(*r.ikmHundredths, 7660);
        QCOMPARE(*r.category, Category::C);
    }

    void aSmallSurveysTieRoundsUp()
    {
        // 40 respondents, NRR 117/40 = 2,925 everywhere: IKM 73,125 exactly, reported as 73,13.
        // Even an 80-bit long double sum rounds this one down.
        const IkmReport r = reportOfCounts(sameForAll(40, 117));
        QCOMPARE(*r.ikmHundredths, 7313);
        QCOMPARE(*r.ikmRounded(), 73.13);
    }

    void tiesAreExactWhateverTheCountsPerUnsur()
    {
        // Eight unsur at NRR 3 over different large primes (the product of the counts is far beyond
        // 128 bits) and one at 17889/5000: Σ NRR = 24 + 3,5778, IKM = 25/9 × 27,5778 = 76,605.
        const QList<qint64> primes{1000003, 999983, 1000033, 999979, 1000037, 999961, 1000039, 999959};
        QList<QPair<qint64, qint64>> data;
        for (qint64 p : primes)
            data.append({p, 3 * p});
        data.append({5000, 17889});
        const IkmReport tie = reportOfCounts(data);
        QCOMPARE(*tie.ikmHundredths, 7661);
        QCOMPARE(*tie.category, Category::B);
        data.last() = {5000, 17888}; // 0,0002 lower NRR: IKM 76,6044…
        QCOMPARE(*reportOfCounts(data).ikmHundredths, 7660);
    }

    void unansweredItemsLeaveThatUnsursCount()
    {
        QHash<QString, int> first = allUnsur(4);
        first.remove("waktu");
        const IkmReport r = reportOf({first, allUnsur(2)});
        QCOMPARE(r.respondents, 2);
        QCOMPARE(r.find("waktu")->answered, 1);
        QCOMPARE(*r.find("waktu")->nrr, 2.0); // not (0 + 2) / 2
        QCOMPARE(r.find("biaya")->answered, 2);
        QCOMPARE(*r.find("biaya")->nrr, 3.0);
        // Σ NRR = 8 × 3 + 2 = 26: IKM = 25 × 26/9 = 72,222…
        QCOMPARE(*r.ikmHundredths, 7222);
        QCOMPARE(*r.category, Category::C);
    }

    void anUnsurNobodyAnsweredLeavesNoIkm()
    {
        QHash<QString, int> a = allUnsur(4);
        a.remove("biaya");
        QHash<QString, int> b = allUnsur(3);
        b.remove("biaya");
        b.remove("sarana");
        const IkmReport r = reportOf({a, b});
        QCOMPARE(r.missing, QStringList{"biaya"});
        QVERIFY(!r.hasIkm());
        QVERIFY(!r.ikm && !r.ikmRounded() && !r.category);
        QCOMPARE(r.unsur.size(), 9); // the other unsur are still reported
        QVERIFY(!r.find("biaya")->nrr);
        QVERIFY(!r.find("biaya")->category);
        QCOMPARE(*r.find("sarana")->nrr, 4.0);
        QCOMPARE(*r.find("waktu")->nrr, 3.5);

        const IkmReport empty = computeIkm(IkmTally());
        QCOMPARE(empty.missing, skmUnsurKeys());
        QVERIFY(!empty.hasIkm());
    }

    void handComputedMixedSample()
    {
        // tests/data/ikm/mixed.csv: 12 respondents, blanks in waktu (1), produk (1), kompetensi (1)
        // and pengaduan (3). By hand:
        //   persyaratan 40/12 = 3,3333   prosedur 35/12 = 2,9167   waktu 28/11 = 2,5455
        //   biaya       48/12 = 4        produk   35/11 = 3,1818   kompetensi 36/11 = 3,2727
        //   perilaku    45/12 = 3,75     pengaduan 19/9 = 2,1111   sarana 36/12 = 3
        //   Σ NRR = 120/12 + 99/11 + 4 + 3 + 19/9 = 26 + 19/9 = 253/9 = 28,1111
        //   IKM = 25 × 253/81 = 6325/81 = 78,0864 → 78,09, B (76,61-88,30)
        //   0,111: 25 × 0,111 × 253/9 = 78,0083 → 78,01, B
        QStringList errors;
        const auto tally = readIkmCsvFile(QStringLiteral(SUARA_SOURCE_DIR "/tests/data/ikm/mixed.csv"), &errors);
        QVERIFY2(tally, qPrintable(errors.join('\n')));
        const IkmReport r = computeIkm(*tally);
        QCOMPARE(r.respondents, 12);
        const QList<QPair<qint64, qint64>> expected{{12, 40}, {12, 35}, {11, 28}, {12, 48}, {11, 35},
                                                    {11, 36}, {12, 45}, {9, 19},  {12, 36}};
        for (int u = 0; u < 9; ++u) {
            QCOMPARE(r.unsur.at(u).answered, expected.at(u).first);
            QCOMPARE(r.unsur.at(u).sum, expected.at(u).second);
            QCOMPARE(*r.unsur.at(u).nrr, double(expected.at(u).second) / double(expected.at(u).first));
        }
        QCOMPARE(r.find("pengaduan")->counts, (OptionCounts{1, 6, 2, 0}));
        QCOMPARE(categoryLetter(*r.find("waktu")->category), QStringLiteral("D")); // 63,64
        QCOMPARE(categoryLetter(*r.find("prosedur")->category), QStringLiteral("C")); // 72,92
        QCOMPARE(categoryLetter(*r.find("perilaku")->category), QStringLiteral("A")); // 93,75
        QVERIFY(qAbs(*r.ikm - 6325.0 / 81.0) < 1e-12);
        QCOMPARE(*r.ikmHundredths, 7809);
        QCOMPARE(*r.category, Category::B);

        const IkmReport rounded = computeIkm(*tally, WeightMode::Rounded0111);
        QVERIFY(qAbs(*rounded.ikm - 78.008333333) < 1e-6);
        QCOMPARE(*rounded.ikmHundredths, 7801);
    }

    void answersOffTheScaleRejectTheRespondent()
    {
        IkmTally t;
        QString error;
        QHash<QString, int> bad = allUnsur(3);
        bad.insert("waktu", 5);
        QVERIFY(!t.add(bad, &error));
        QVERIFY(error.contains("waktu"));
        bad.insert("waktu", 0);
        QVERIFY(!t.add(bad, &error));
        QCOMPARE(t.respondents(), 0);
        QCOMPARE(t.rejected(), 2);
        QCOMPARE(t.counts("persyaratan"), (OptionCounts{0, 0, 0, 0})); // nothing of it was kept

        QHash<QString, int> extra = allUnsur(3);
        extra.insert("maklumat", 9); // not an unsur of 14/2017: ignored
        QVERIFY(t.add(extra, &error));
        QCOMPARE(t.respondents(), 1);
    }

    void countsFromElsewhereGiveTheSameReport()
    {
        const IkmReport fromAnswers = reportOf({allUnsur(4), allUnsur(3), allUnsur(3)});
        QHash<QString, OptionCounts> counts;
        for (const QString &k : skmUnsurKeys())
            counts.insert(k, {0, 0, 2, 1});
        counts.insert("bukan_unsur", {1, 1, 1, 1});
        const auto tally = IkmTally::fromCounts(counts, 3);
        QVERIFY(tally);
        QCOMPARE(*computeIkm(*tally).ikmHundredths, *fromAnswers.ikmHundredths);
        QCOMPARE(*fromAnswers.ikmHundredths, 8333); // 25 × 10/3

        QString error;
        QVERIFY(!IkmTally::fromCounts(counts, 2, &error)); // 3 answers, 2 respondents
        QVERIFY(error.contains("more answers than respondents"));
        counts.insert("waktu", {-1, 0, 2, 1});
        QVERIFY(!IkmTally::fromCounts(counts, 3, &error));

        IkmTally a = *IkmTally::fromCounts({{"waktu", {1, 0, 0, 0}}}, 1);
        QVERIFY(a.merge(*IkmTally::fromCounts({{"waktu", {0, 0, 0, 2}}}, 2)));
        QCOMPARE(a.respondents(), 3);
        QCOMPARE(a.counts("waktu"), (OptionCounts{1, 0, 0, 2}));
    }

    void recordsFlaggedAsMisuseAreLeftOutUnlessAskedFor()
    {
        QList<Record> records{responseRecord("skm", allUnsur(4), false, 1),
                              responseRecord("skm", allUnsur(4), false, 2), responseRecord("skm", allUnsur(1), true, 3),
                              // an SPKP shares keys such as "waktu" but is another survey
                              responseRecord("spkp", allUnsur(1), false, 4)};
        const IkmReport clean = computeIkm(records, "skm");
        QCOMPARE(clean.respondents, 2);
        QCOMPARE(clean.excludedMisuse, 1);
        QCOMPARE(*clean.ikmHundredths, 10000);

        const IkmReport all = computeIkm(records, "skm", true);
        QCOMPARE(all.respondents, 3);
        QCOMPARE(all.excludedMisuse, 0);
        QCOMPARE(*all.ikmHundredths, 7500); // NRR 3 for every unsur

        Record text = responseRecord("skm", {}, false, 5);
        text.body.replace("\"answers\":{}", "\"answers\":{\"waktu\":\"4\"}");
        QCOMPARE(computeIkm({text}, "skm").rejected, 1);
    }

    void jsonFollowsTheDocumentedSchema()
    {
        QHash<QString, int> a = allUnsur(4);
        a.insert("biaya", 3);
        const QJsonObject j = ikmReportToJson(reportOf({a, allUnsur(4)}));
        QCOMPARE(j.value("respondents").toInt(), 2);
        QCOMPARE(j.value("weight").toString(), QStringLiteral("exact"));
        QCOMPARE(j.value("unsur").toArray().size(), 9);
        const QJsonObject biaya = j.value("unsur").toArray().at(3).toObject();
        QCOMPARE(biaya.value("key").toString(), QStringLiteral("biaya"));
        QCOMPARE(biaya.value("n").toInt(), 2);
        QCOMPARE(biaya.value("sum").toInt(), 7);
        QCOMPARE(biaya.value("counts").toArray(), (QJsonArray{0, 0, 1, 1}));
        QCOMPARE(biaya.value("nrr").toDouble(), 3.5);
        QCOMPARE(biaya.value("category").toString(), QStringLiteral("B")); // 25 × 3,5 = 87,50
        QCOMPARE(j.value("ikm_rounded").toDouble(), 98.61); // 25/9 × 35,5 = 98,6111
        QCOMPARE(j.value("category").toString(), QStringLiteral("A"));
        QCOMPARE(j.value("category_label").toObject().value("id").toString(), QStringLiteral("Sangat baik"));
        QVERIFY(j.value("missing").toArray().isEmpty());

        QHash<QString, int> noSarana = allUnsur(2);
        noSarana.remove("sarana");
        const QJsonObject none = ikmReportToJson(reportOf({noSarana}));
        QVERIFY(none.value("ikm").isNull());
        QVERIFY(none.value("category").isNull());
        QCOMPARE(none.value("missing").toArray(), (QJsonArray{"sarana"}));
        QVERIFY(none.value("unsur").toArray().at(8).toObject().value("nrr").isNull());
    }
};

QTEST_GUILESS_MAIN(TestIkm)
#include "tst_ikm.moc"
