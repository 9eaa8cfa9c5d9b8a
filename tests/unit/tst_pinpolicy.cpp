#include "crypto/pinpolicy.h"

#include <QTest>

using namespace suara;
using W = pinpolicy::Weakness;

class TestPinPolicy : public QObject
{
    Q_OBJECT
private slots:
    void refusesWhatAVisitorWouldTryFirst_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<W>("why");
        QTest::newRow("four digits") << "2468" << W::TooShort;
        QTest::newRow("five digits") << "24680" << W::TooShort;
        QTest::newRow("nine digits") << "248024680" << W::TooLong;
        QTest::newRow("letters") << "24a813" << W::NotDigits;
        QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("٢٤٦٨١٣") << W::NotDigits;
        QTest::newRow("empty") << "" << W::TooShort;
        QTest::newRow("all ones") << "111111" << W::SameDigit;
        QTest::newRow("all zeros, eight") << "00000000" << W::SameDigit;
        QTest::newRow("ascending") << "123456" << W::Sequence;
        QTest::newRow("ascending from zero") << "012345" << W::Sequence;
        QTest::newRow("descending") << "987654" << W::Sequence;
        QTest::newRow("ascending, wraps") << "890123" << W::Sequence;
        QTest::newRow("descending, wraps") << "21098765" << W::Sequence;
        QTest::newRow("pairs") << "121212" << W::Repeated;
        QTest::newRow("triples") << "123123" << W::Repeated;
        QTest::newRow("two quads") << "24682468" << W::Repeated;
        QTest::newRow("common") << "112233" << W::Common;
        QTest::newRow("independence day") << "170845" << W::Common;
        QTest::newRow("keypad column") << "147258" << W::Common;
    }
    void refusesWhatAVisitorWouldTryFirst()
    {
        QFETCH(QString, pin);
        QFETCH(W, why);
        QCOMPARE(pinpolicy::weakness(pin), why);
    }

    // The normal case is not mistaken for a weak one.
    void acceptsAnOrdinaryPin_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::newRow("six") << "802468";
        QTest::newRow("seven") << "5820147";
        QTest::newRow("eight") << "39175026";
        QTest::newRow("near a run") << "123465";
        QTest::newRow("near a repeat") << "121213";
        QTest::newRow("leading zero") << "048213";
    }
    void acceptsAnOrdinaryPin()
    {
        QFETCH(QString, pin);
        QCOMPARE(pinpolicy::weakness(pin), W::None);
    }

    void theLockoutGrowsAndStopsGrowing()
    {
        for (int i = 0; i < pinpolicy::kFreeAttempts; ++i)
            QCOMPARE(pinpolicy::lockoutSeconds(i), 0);
        QCOMPARE(pinpolicy::lockoutSeconds(5), 60);
        QCOMPARE(pinpolicy::lockoutSeconds(6), 300);
        QCOMPARE(pinpolicy::lockoutSeconds(7), 900);
        QCOMPARE(pinpolicy::lockoutSeconds(8), 3600);
        QCOMPARE(pinpolicy::lockoutSeconds(9), 3600);
        QCOMPARE(pinpolicy::lockoutSeconds(100000), pinpolicy::kMaxLockoutSeconds);
    }
};

QTEST_APPLESS_MAIN(TestPinPolicy)
#include "tst_pinpolicy.moc"
