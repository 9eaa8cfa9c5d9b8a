// The Krejcie & Morgan minimum sample against the values computed from the formula in domain.md §1.7,
// rounded up (docs/adr/0012-reports-krejcie-morgan-ceiling.md).
#include "scoring/samplesize.h"

#include <QTest>

using namespace suara::scoring;

class TestSampleSize : public QObject
{
    Q_OBJECT
private slots:
    void table_data()
    {
        QTest::addColumn<qint64>("population");
        QTest::addColumn<double>("exact");
        QTest::addColumn<qint64>("minimum");
        // N, S exact, S ceil (domain.md §1.7). Where rounding and ceiling differ (20, 50, 150, 500,
        // 2000) the ceiling is the one asked for.
        QTest::newRow("10") << qint64(10) << 9.77 << qint64(10);
        QTest::newRow("20") << qint64(20) << 19.06 << qint64(20);
        QTest::newRow("30") << qint64(30) << 27.89 << qint64(28);
        QTest::newRow("50") << qint64(50) << 44.34 << qint64(45);
        QTest::newRow("100") << qint64(100) << 79.51 << qint64(80);
        QTest::newRow("150") << qint64(150) << 108.08 << qint64(109);
        QTest::newRow("200") << qint64(200) << 131.74 << qint64(132);
        QTest::newRow("300") << qint64(300) << 168.69 << qint64(169);
        QTest::newRow("500") << qint64(500) << 217.47 << qint64(218);
        QTest::newRow("1000") << qint64(1000) << 277.71 << qint64(278);
        QTest::newRow("2000") << qint64(2000) << 322.35 << qint64(323);
        QTest::newRow("5000") << qint64(5000) << 356.76 << qint64(357);
        QTest::newRow("10000") << qint64(10000) << 369.93 << qint64(370);
        QTest::newRow("100000") << qint64(100000) << 382.63 << qint64(383);
        QTest::newRow("1000000") << qint64(1000000) << 383.95 << qint64(384);
    }

    void table()
    {
        QFETCH(qint64, population);
        QFETCH(double, exact);
        QFETCH(qint64, minimum);
        QVERIFY2(qAbs(krejcieMorganExact(population) - exact) < 0.006,
                 qPrintable(QString::number(krejcieMorganExact(population))));
        QCOMPARE(krejcieMorganMinimum(population), minimum);
    }

    void neverMoreThanThePopulationNorBelowZero()
    {
        QCOMPARE(krejcieMorganMinimum(1), qint64(1));
        QCOMPARE(krejcieMorganMinimum(0), qint64(0));
        QCOMPARE(krejcieMorganMinimum(-5), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestSampleSize)
#include "tst_samplesize.moc"
