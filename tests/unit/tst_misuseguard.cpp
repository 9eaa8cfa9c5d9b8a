#include "domain/misuseguard.h"

#include <QTest>

using namespace suara;

class TestMisuseGuard : public QObject
{
    Q_OBJECT
private slots:
    void aBurstOfSubmissionsIsFlagged()
    {
        MisuseGuard guard(
            {.cooldownSeconds = 5, .burstCount = 4, .burstWindowSeconds = 120, .minSecondsPerQuestion = 1});
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 3; ++i) {
            const QDateTime t = t0.addSecs(i * 30);
            QVERIFY(guard.assess(t, 60'000, 9).isEmpty());
            guard.recordSubmission(t);
        }
        QCOMPARE(guard.assess(t0.addSecs(90), 60'000, 9), QStringList{"burst"});
        // The same pace spread over a normal morning is not a burst.
        QVERIFY(guard.assess(t0.addSecs(60 + 240), 60'000, 9).isEmpty());
    }

    void aSurveyFasterThanReadingIsFlagged()
    {
        MisuseGuard guard;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(guard.assess(now, 4'000, 9), QStringList{"too_fast"});
        QVERIFY(guard.assess(now, 30'000, 9).isEmpty());
    }

    void cooldownCountsDownFromTheLastSubmission()
    {
        MisuseGuard guard({.cooldownSeconds = 8});
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        QCOMPARE(guard.cooldownRemainingMs(t0), 0);
        guard.recordSubmission(t0);
        QCOMPARE(guard.cooldownRemainingMs(t0.addSecs(3)), 5000);
        QCOMPARE(guard.cooldownRemainingMs(t0.addSecs(9)), 0);
    }
};

QTEST_GUILESS_MAIN(TestMisuseGuard)
#include "tst_misuseguard.moc"
