// Working days and the gratification deadlines, against cases counted by hand on the 2026 calendar
// (weekends, Lebaran, Good Friday, the year end into a 2027 that is not decreed yet but has its certain
// dates), and the holiday file the national admin imports.
#include "calendar/gratificationdeadlines.h"
#include "calendar/holidaycsv.h"

#include <QFile>
#include <QMap>
#include <QTest>

#include <algorithm>

using namespace suara::calendar;

namespace {
QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

HolidayYear shipped(int year)
{
    QFile f(QStringLiteral(":/suara/calendar/id-holidays-%1.csv").arg(year));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("shipped calendar %d missing", year);
    HolidayCsvError error;
    const std::optional<HolidayYear> y = parseHolidayCsv(QString::fromUtf8(f.readAll()), &error);
    if (!y)
        qFatal("shipped calendar %d: line %d: %s", year, error.line, qPrintable(error.message));
    return *y;
}

// Gregorian Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). The shipped 2027
// dates are checked against this, not against a second copy typed by hand.
QDate easterSunday(int year)
{
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, dayOfMonth);
}

// The national holidays of a year that need no decree: on a fixed Gregorian date, or a fixed distance
// from Easter. Everything else (the lunar-calendar holidays, cuti bersama) comes from the SKB.
QMap<QDate, QString> certainHolidays(int year)
{
    const QDate easter = easterSunday(year);
    return {{QDate(year, 1, 1), QStringLiteral("Tahun Baru %1 Masehi").arg(year)},
            {easter.addDays(-2), QStringLiteral("Wafat Yesus Kristus")},
            {easter, QStringLiteral("Kebangkitan Yesus Kristus (Paskah)")},
            {QDate(year, 5, 1), QStringLiteral("Hari Buruh Internasional")},
            {easter.addDays(39), QStringLiteral("Kenaikan Yesus Kristus")},
            {QDate(year, 6, 1), QStringLiteral("Hari Lahir Pancasila")},
            {QDate(year, 8, 17), QStringLiteral("Hari Proklamasi Kemerdekaan Republik Indonesia")},
            {QDate(year, 12, 25), QStringLiteral("Hari Raya Natal (Kelahiran Yesus Kristus)")}};
}

HolidayCalendar calendar2026()
{
    HolidayCalendar c;
    c.setYear(shipped(2026));
    c.setYear(shipped(2027));
    return c;
}
} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

private slots:
    void shippedYears()
    {
        const HolidayYear y = shipped(2026);
        QCOMPARE(y.year, 2026);
        QCOMPARE(y.status, YearStatus::Official);
        QVERIFY(y.source.contains(QLatin1String("1497/2025")));
        int national = 0, cuti = 0;
        for (const Holiday &h : y.days)
            (h.kind == HolidayKind::National ? national : cuti) += 1;
        // The SKB: 17 national holidays and 8 days of cuti bersama.
        QCOMPARE(national, 17);
        QCOMPARE(cuti, 8);
        // The certain days are in the decreed 2026 list, by name: the algorithm and the names are right.
        const QMap<QDate, QString> certain = certainHolidays(2026);
        for (auto c = certain.cbegin(); c != certain.cend(); ++c) {
            const auto it =
                std::find_if(y.days.cbegin(), y.days.cend(), [&c](const Holiday &h) { return h.day == c.key(); });
            QVERIFY2(it != y.days.cend(), qPrintable(c.key().toString(Qt::ISODate)));
            QCOMPARE(it->nameId, c.value());
            QCOMPARE(it->kind, HolidayKind::National);
        }
    }

    // 2027 has no SKB yet: the year ships only the days that cannot be wrong, and stays provisional.
    // A holiday missing makes a deadline earlier (safe); one on a wrong day would make it later (unsafe).
    void shipped2027HasOnlyTheCertainDays()
    {
        QCOMPARE(easterSunday(2027), day("2027-03-28"));
        const HolidayYear next = shipped(2027);
        QCOMPARE(next.year, 2027);
        QCOMPARE(next.status, YearStatus::Provisional);
        QVERIFY(next.source.contains(QLatin1String("not decreed")));
        QMap<QDate, QString> got;
        for (const Holiday &h : next.days) {
            QCOMPARE(h.kind, HolidayKind::National); // cuti bersama is the SKB's alone
            QVERIFY(!h.nameEn.isEmpty());
            got.insert(h.day, h.nameId);
        }
        QCOMPARE(got, certainHolidays(2027));
    }

    void workingDays()
    {
        const HolidayCalendar c = calendar2026();
        QVERIFY(c.isWorkingDay(day("2026-07-06"))); // a Monday
        QVERIFY(!c.isWorkingDay(day("2026-07-11"))); // Saturday
        QVERIFY(!c.isWorkingDay(day("2026-03-23"))); // cuti bersama Idul Fitri
        QVERIFY(!c.isWorkingDay(day("2026-08-17"))); // Independence Day
        QVERIFY(c.isWorkingDay(day("2026-08-18")));
        QVERIFY(c.holiday(day("2026-12-24")));
        QCOMPARE(c.holiday(day("2026-12-24"))->kind, HolidayKind::CutiBersama);
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<bool>("provisional");
        // Day 1 is the first working day after the starting day.
        QTest::newRow("friday+1 is monday") << day("2026-07-10") << 1 << day("2026-07-13") << false;
        QTest::newRow("saturday+1 is monday") << day("2026-07-11") << 1 << day("2026-07-13") << false;
        QTest::newRow("before 17 August") << day("2026-08-14") << 1 << day("2026-08-18") << false;
        // 6 Jul + 30: 4 + 5 + 5 + 5 + 5 + 5 days up to 14 Aug, 17 Aug a holiday, 18 Aug the 30th.
        QTest::newRow("30 across weeks and 17 August") << day("2026-07-06") << 30 << day("2026-08-18") << false;
        // Lebaran: 18 (cuti), 19 (Nyepi), 20 (cuti), 21–22 (weekend, Idul Fitri), 23–24 (cuti) March.
        QTest::newRow("lebaran: day 1 is 25 March") << day("2026-03-17") << 1 << day("2026-03-25") << false;
        // …then Good Friday 3 April and 1 May on the way: 7 May.
        QTest::newRow("30 through lebaran, good friday, 1 may")
            << day("2026-03-17") << 30 << day("2026-05-07") << false;
        // Year end: 24 Dec (cuti), 25 Dec (Natal), so 28 Dec is day 1.
        QTest::newRow("year end: day 1 is 28 December") << day("2026-12-23") << 1 << day("2026-12-28") << false;
        // 2027 is not decreed, but 1 Jan 2027 (a Friday) is a holiday in any case: from mid-December,
        // 16–18, 21–23 Dec are days 1–6, 24 (cuti) and 25 Dec (Natal) skipped, 28–31 Dec days 7–10,
        // 1 Jan skipped: 4 Jan is day 11. Provisional: 2027's SKB may add more.
        QTest::newRow("mid-december across 1 january 2027") << day("2026-12-15") << 11 << day("2027-01-04") << true;
        QTest::newRow("31 december+1 is 4 january") << day("2026-12-31") << 1 << day("2027-01-04") << true;
        // 28–31 Dec are days 1–4, 1 Jan skipped, 4 Jan–5 Feb days 5–29: 8 Feb 2027, provisional.
        QTest::newRow("30 into an undecreed 2027") << day("2026-12-23") << 30 << day("2027-02-08") << true;
        // Good Friday 2027 (26 March) and Ascension (6 May) are skipped too.
        QTest::newRow("good friday 2027") << day("2027-03-25") << 1 << day("2027-03-29") << true;
        QTest::newRow("ascension 2027") << day("2027-05-05") << 1 << day("2027-05-07") << true;
    }

    void addWorkingDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, n);
        QFETCH(QDate, due);
        QFETCH(bool, provisional);
        const CountedDay got = suara::calendar::addWorkingDays(from, n, calendar2026());
        QCOMPARE(got.day, due);
        QCOMPARE(got.provisional, provisional);
    }

    void unknownYearIsProvisional()
    {
        const HolidayCalendar empty;
        const CountedDay got = suara::calendar::addWorkingDays(day("2026-07-06"), 30, empty);
        // Without the list, 17 August counts as a working day: one day earlier, and said to be provisional.
        QCOMPARE(got.day, day("2026-08-17"));
        QVERIFY(got.provisional);
    }

    void deadlines()
    {
        const HolidayCalendar c = calendar2026();
        QCOMPARE(kpkReportDeadline(day("2026-03-17"), c).day, day("2026-05-07"));
        // 20 working days from 13 May: 14 (Kenaikan), 15 (cuti), 27 (Idul Adha), 28 (cuti), 1 June and
        // 16 June are skipped: 18 June.
        QCOMPARE(completionDeadline(day("2026-05-13"), c).day, day("2026-06-18"));
        QVERIFY(!completionDeadline(day("2026-05-13"), c).provisional);
    }

    void urgency()
    {
        const HolidayCalendar c = calendar2026();
        const QDate due = day("2026-08-18"); // Tuesday after the 17 August holiday
        QCOMPARE(urgencyOf(due, day("2026-07-06"), c), Urgency::OnTrack);
        // 10–14 Aug and 18 Aug: from Monday 10 Aug, 5 working days remain (11, 12, 13, 14, 18).
        QCOMPARE(urgencyOf(due, day("2026-08-07"), c), Urgency::OnTrack);
        QCOMPARE(urgencyOf(due, day("2026-08-10"), c), Urgency::NearDue);
        QCOMPARE(urgencyOf(due, due, c), Urgency::NearDue);
        QCOMPARE(urgencyOf(due, day("2026-08-19"), c), Urgency::Overdue);
        QCOMPARE(workingDaysBetween(day("2026-08-14"), due, c), 1);
    }

    void csvRoundTrip()
    {
        const HolidayYear y = shipped(2026);
        HolidayCsvError error;
        const std::optional<HolidayYear> again = parseHolidayCsv(holidayCsv(y), &error);
        QVERIFY2(again, qPrintable(error.message));
        QCOMPARE(again->days.size(), y.days.size());
        QCOMPARE(again->source, y.source);
        QCOMPARE(again->days.at(0).nameEn, QStringLiteral("New Year's Day 2026"));
        // Excel in an Indonesian locale writes ';'.
        const std::optional<HolidayYear> semi = parseHolidayCsv(
            QStringLiteral("# year: 2028\n# status: provisional\ndate;kind;name_id;name_en\n2028-01-01;national;Tahun "
                           "Baru;New Year\n"),
            &error);
        QVERIFY2(semi, qPrintable(error.message));
        QCOMPARE(semi->days.size(), 1);
    }

    void csvErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        const QString head = QStringLiteral("# year: 2026\n# status: official\ndate,kind,name_id,name_en\n");
        QTest::newRow("no year") << QStringLiteral("# status: official\ndate,kind,name_id,name_en\n") << 0 << "year";
        QTest::newRow("no status") << QStringLiteral("# year: 2026\ndate,kind,name_id,name_en\n") << 0 << "status";
        QTest::newRow("bad status") << QStringLiteral("# year: 2026\n# status: maybe\n") << 2
                                    << "official or provisional";
        QTest::newRow("other year") << head + QStringLiteral("2027-01-01,national,a,b\n") << 4 << "not in 2026";
        QTest::newRow("twice") << head + QStringLiteral("2026-01-01,national,a,b\n2026-01-01,national,a,b\n") << 5
                               << "twice";
        QTest::newRow("bad kind") << head + QStringLiteral("2026-01-01,libur,a,b\n") << 4 << "national or cuti_bersama";
        QTest::newRow("bad date") << head + QStringLiteral("1/1/2026,national,a,b\n") << 4 << "not a date";
        QTest::newRow("no name") << head + QStringLiteral("2026-01-01,national,,b\n") << 4 << "name";
        QTest::newRow("short row") << head + QStringLiteral("2026-01-01,national\n") << 4 << "4 cells";
        QTest::newRow("bad header") << QStringLiteral("# year: 2026\n# status: official\nday,kind\n") << 3 << "header";
    }

    void csvErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, says);
        HolidayCsvError error;
        QVERIFY(!parseHolidayCsv(text, &error));
        QCOMPARE(error.line, line);
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
