// The server names profile answers in the kiosk's words (PDF report tables, register exports), looked
// up by the code a tablet stores. Its table is a second copy of the kiosk's profile definition; this
// keeps the two the same: every code the kiosk can store is known to the server (its rank is its place
// in the kiosk's list, not "unknown, last") with the same English words the kiosk shows.
#include "exports/profilewords.h"
#include "surveysession.h"

#include <QTest>

using namespace suara;

class TestProfileWords : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeTheKioskStoresHasTheKiosksWords()
    {
        const QList<ChoiceField> fields = SurveySession::profileDefinition(); // no translation: English
        QCOMPARE(fields.size(), 4);
        for (const ChoiceField &f : fields) {
            for (qsizetype i = 0; i < f.options.size(); ++i) {
                const VisitorChoice &c = f.options.at(i);
                QCOMPARE(server::exports::profileWords(f.key, c.value, true), c.label);
                QVERIFY(!server::exports::profileWords(f.key, c.value, false).isEmpty());
                QCOMPARE(server::exports::profileRank(f.key, c.value), int(i));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestProfileWords)
#include "tst_profilewords.moc"
