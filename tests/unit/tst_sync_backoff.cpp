// Backoff (protocol §8.3): exponential from 5 s to 15 min with ±50 % jitter, so a fleet of kiosks that
// lost the network together does not come back in lockstep.

#include "backoff.h"

#include <QTest>
#include <set>

using namespace suara::sync;
using namespace std::chrono_literals;

class TestSyncBackoff : public QObject
{
    Q_OBJECT
private slots:
    void defaultsAreFiveSecondsDoublingToFifteenMinutes()
    {
        Backoff b;
        QCOMPARE(b.base(1), 5000ms);
        QCOMPARE(b.base(2), 10000ms);
        QCOMPARE(b.base(3), 20000ms);
        QCOMPARE(b.base(8), 640000ms);
        QCOMPARE(b.base(9), 900000ms); // 1280 s capped at 15 min
        QCOMPARE(b.base(1000), 900000ms); // months offline: no overflow, still capped
    }

    void everyDelayStaysWithinHalfAndOneAndAHalfOfItsBase()
    {
        for (quint32 seed = 1; seed <= 50; ++seed) {
            Backoff b({}, seed);
            for (int n = 1; n <= 15; ++n) {
                const auto d = b.next();
                const auto base = b.base(n);
                QVERIFY2(d >= base / 2 && d <= base * 3 / 2,
                         qPrintable(QStringLiteral("failure %1: %2 ms outside [%3, %4]")
                                        .arg(n)
                                        .arg(d.count())
                                        .arg(base.count() / 2)
                                        .arg(base.count() * 3 / 2)));
            }
        }
    }

    void jitterSpreadsDelaysOverTheWholeBand()
    {
        // 500 kiosks failing once at the same moment must not retry at the same moment.
        std::set<qint64> distinct;
        qint64 lo = std::numeric_limits<qint64>::max(), hi = 0;
        double sum = 0;
        for (quint32 seed = 1; seed <= 500; ++seed) {
            Backoff b({}, seed);
            const qint64 d = b.next().count();
            distinct.insert(d);
            lo = std::min(lo, d);
            hi = std::max(hi, d);
            sum += double(d);
        }
        QVERIFY2(distinct.size() > 400, "delays collapse onto a few values");
        QVERIFY2(lo < 3000 && hi > 7000, qPrintable(QStringLiteral("band used: %1..%2 ms").arg(lo).arg(hi)));
        QVERIFY(std::abs(sum / 500 - 5000) < 300); // centred on the base
    }

    void resetStartsAgainFromTheInitialDelay()
    {
        Backoff b({}, 7);
        for (int i = 0; i < 6; ++i)
            (void)b.next();
        QCOMPARE(b.failures(), 6);
        b.reset();
        QCOMPARE(b.failures(), 0);
        const auto d = b.next();
        QVERIFY(d >= 2500ms && d <= 7500ms);
    }

    void smallTestPoliciesAreHonoured()
    {
        Backoff b({10ms, 40ms, 0.0}, 1);
        QCOMPARE(b.next(), 10ms);
        QCOMPARE(b.next(), 20ms);
        QCOMPARE(b.next(), 40ms);
        QCOMPARE(b.next(), 40ms);
    }
};

QTEST_GUILESS_MAIN(TestSyncBackoff)
#include "tst_sync_backoff.moc"
