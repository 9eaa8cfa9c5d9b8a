#include "domain/catalog.h"
#include "domain/record.h"
#include "scoring/ziindex.h"

#include <QTest>

#include "testrecords.h"

using namespace suara;
using suara::testing::responseRecord;
using namespace suara::scoring;

namespace {

QHash<QString, int> allItems(const Questionnaire &q, int value)
{
    QHash<QString, int> answers;
    for (const Item &item : q.items()) {
        if (item.isScored())
            answers.insert(item.key, value);
    }
    return answers;
}
} // namespace

class TestZi : public QObject
{
    Q_OBJECT
private slots:
    void linearMappingKeepsBothEndsOfTheScale()
    {
        const Scale six{1, 6};
        QCOMPARE(toFourPointScale(1, six), 1.0); // dividing by 1,5 would give 0,67, off the scale
        QCOMPARE(toFourPointScale(6, six), 4.0);
        QCOMPARE(toFourPointScale(3.5, six), 2.5); // the middle stays the middle
        QCOMPARE(toFourPointScale(3, Scale{1, 4}), 3.0);
        QCOMPARE(ziIndexName(QuestionnaireKind::Spak), QStringLiteral("IPAK"));
        QCOMPARE(ziIndexName(QuestionnaireKind::Spkp), QStringLiteral("IPKP"));
    }

    void spakOnASixPointScale()
    {
        const auto spak = Catalog::builtIn().questionnaire("spak")->withScalePoints(6);
        QVERIFY(spak);
        // Item means: diskriminasi 23/4 = 5,75; kecurangan 20/4 = 5; imbalan 6; pungli 18/3 = 6
        // (one blank); percaloan 12/3 = 4 (one blank). Index = 26,75 / 5 = 5,35 on 1-6;
        // on 1-4: 1 + 4,35 × 3/5 = 3,61; as a percentage 3,61 / 4 = 90,25 %.
        const QList<QHash<QString, int>> answers{
            {{"diskriminasi", 6}, {"kecurangan", 6}, {"imbalan", 6}, {"pungli", 6}, {"percaloan", 3}},
            {{"diskriminasi", 6}, {"kecurangan", 5}, {"imbalan", 6}, {"pungli", 6}, {"percaloan", 4}},
            {{"diskriminasi", 5}, {"kecurangan", 5}, {"imbalan", 6}, {"pungli", 6}, {"percaloan", 5}},
            {{"diskriminasi", 6}, {"kecurangan", 4}, {"imbalan", 6}},
        };
        const ZiReport r = computeZiIndex(*spak, answers);
        QCOMPARE(r.respondents, 4);
        QCOMPARE(r.scale.max, 6);
        QCOMPARE(r.items.size(), 5);
        QCOMPARE(r.find("diskriminasi")->counts, (QList<qint64>{0, 0, 0, 0, 1, 3}));
        QCOMPARE(*r.find("diskriminasi")->mean, 5.75);
        QCOMPARE(r.find("pungli")->answered, 3);
        QCOMPARE(*r.find("pungli")->mean, 6.0);
        QCOMPARE(*r.find("percaloan")->mean, 4.0);
        QVERIFY(qAbs(*r.index - 5.35) < 1e-12);
        QVERIFY(qAbs(*r.index4 - 3.61) < 1e-12);
        QVERIFY(qAbs(*r.percent - 90.25) < 1e-9);
        QVERIFY(r.unanswered.isEmpty());
    }

    void countsAggregatedElsewhereGiveTheSameReport()
    {
        // The same four respondents as spakOnASixPointScale, as the server's aggregates hold them.
        const auto spak = Catalog::builtIn().questionnaire("spak")->withScalePoints(6);
        QVERIFY(spak);
        const QHash<QString, QHash<qint64, qint64>> counts{
            {"diskriminasi", {{5, 1}, {6, 3}}},
            {"kecurangan", {{4, 1}, {5, 2}, {6, 1}}},
            {"imbalan", {{6, 4}}},
            {"pungli", {{6, 3}}},
            {"percaloan", {{3, 1}, {4, 1}, {5, 1}}},
            {"not-an-item", {{9, 1}}},
        };
        const std::optional<ZiTally> t = ZiTally::fromCounts(*spak, counts, 4);
        QVERIFY(t);
        const ZiReport r = t->report();
        QCOMPARE(r.respondents, 4);
        QCOMPARE(r.find("diskriminasi")->counts, (QList<qint64>{0, 0, 0, 0, 1, 3}));
        QVERIFY(qAbs(*r.index - 5.35) < 1e-12);
        QVERIFY(qAbs(*r.index4 - 3.61) < 1e-12);
        // Refused: a value off the scale, more answers than respondents, a negative count.
        QString error;
        QVERIFY(!ZiTally::fromCounts(*spak, {{"imbalan", {{7, 1}}}}, 4, &error));
        QVERIFY2(error.contains("imbalan"), qPrintable(error));
        QVERIFY(!ZiTally::fromCounts(*spak, {{"imbalan", {{6, 5}}}}, 4, &error));
        QVERIFY2(error.contains("more answers"), qPrintable(error));
        QVERIFY(!ZiTally::fromCounts(*spak, {{"imbalan", {{6, -1}}}}, 4, &error));
    }

    void itemsNobodyAnsweredAreLeftOutOfTheIndex()
    {
        const auto spak = Catalog::builtIn().questionnaire("spak");
        const ZiReport r =
            computeZiIndex(*spak, {{{"diskriminasi", 4}, {"kecurangan", 2}}, {{"diskriminasi", 4}, {"kecurangan", 3}}});
        QCOMPARE(r.unanswered, (QStringList{"imbalan", "pungli", "percaloan"}));
        QVERIFY(!r.find("imbalan")->mean);
        QCOMPARE(*r.index, 3.25); // (4 + 2,5) / 2, not divided by five
        QCOMPARE(*r.index4, 3.25); // already on the 4-point scale
        QVERIFY(!computeZiIndex(*spak, QList<QHash<QString, int>>{}).index);
    }

    void lapasControlQuestionIsCountedNeverScored()
    {
        const auto lapas = Catalog::builtIn().questionnaire("spkp-lapas");
        QHash<QString, int> a = allItems(*lapas, 4);
        a.insert("diarahkan_petugas", 1);
        QHash<QString, int> b = allItems(*lapas, 3);
        b.insert("diarahkan_petugas", 0);
        const QHash<QString, int> c = allItems(*lapas, 3); // control left blank
        QHash<QString, int> d = allItems(*lapas, 2);
        d.insert("diarahkan_petugas", 0);
        const ZiReport r = computeZiIndex(*lapas, {a, b, c, d});
        QCOMPARE(r.items.size(), 7);
        QVERIFY(!r.find("diarahkan_petugas"));
        const ZiYesNoResult *control = r.findYesNo("diarahkan_petugas");
        QVERIFY(control);
        QCOMPARE(control->yes, 1);
        QCOMPARE(control->no, 2);
        QCOMPARE(control->unanswered, 1);
        QCOMPARE(*r.index, 3.0);
        QCOMPARE(*r.percent, 75.0);

        // Yes or no, the index is the same: the answer is evidence, not a score.
        a.insert("diarahkan_petugas", 0);
        QCOMPARE(*computeZiIndex(*lapas, {a, b, c, d}).index, 3.0);
        // 2 is neither yes nor no: that respondent is refused, not half-counted.
        a.insert("diarahkan_petugas", 2);
        const ZiReport refused = computeZiIndex(*lapas, {a, b});
        QCOMPARE(refused.respondents, 1);
        QCOMPARE(refused.rejected, 1);
        QCOMPARE(*refused.index, 3.0);
    }

    void answersOffTheScaleAreRefused()
    {
        const auto spak = Catalog::builtIn().questionnaire("spak");
        ZiTally tally(*spak);
        QString error;
        QVERIFY(!tally.add({{"imbalan", 6}}, &error)); // a 6 on a 4-point survey
        QVERIFY(error.contains("imbalan"));
        QVERIFY(tally.add({{"imbalan", 4}, {"tarif", 9}}, &error)); // unknown keys are ignored
        const ZiReport r = tally.report();
        QCOMPARE(r.respondents, 1);
        QCOMPARE(r.rejected, 1);
        QCOMPARE(*r.index, 4.0);
    }

    void misuseFlaggedRecordsAreExcludedUnlessAskedFor()
    {
        const auto spak = Catalog::builtIn().questionnaire("spak")->withScalePoints(6);
        const QList<Record> records{
            responseRecord("spak", allItems(*spak, 6), false, 1), responseRecord("spak", allItems(*spak, 6), false, 2),
            responseRecord("spak", allItems(*spak, 1), true, 3), // a burst at the kiosk
            responseRecord("spkp", allItems(*spak, 1), false, 4), // another survey entirely
        };
        const ZiReport clean = computeZiIndex(*spak, records);
        QCOMPARE(clean.respondents, 2);
        QCOMPARE(clean.excludedMisuse, 1);
        QCOMPARE(*clean.index, 6.0);
        QCOMPARE(*clean.index4, 4.0);

        const ZiReport all = computeZiIndex(*spak, records, true);
        QCOMPARE(all.respondents, 3);
        QCOMPARE(all.excludedMisuse, 0);
        QVERIFY(qAbs(*all.index - 13.0 / 3.0) < 1e-12);
        QVERIFY(qAbs(*all.index4 - 3.0) < 1e-12); // 1 + (13/3 - 1) × 3/5
    }
};

QTEST_GUILESS_MAIN(TestZi)
#include "tst_zi.moc"
