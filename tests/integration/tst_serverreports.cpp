// Reports from the aggregates kept at ingest, against hand-computed answers: IKM category boundaries,
// the 0,111 figure, misuse excluded and included, the device's local day deciding the quarter, subtree
// roll-up and by-service/by-device splits adding up, ZI, gratification, comments, and the backfill of
// records stored before the aggregates existed.
#include "reportsdata.h"

#include <QJsonArray>
#include <QTest>

using namespace suara;
using namespace suara::testing;

namespace {
QJsonObject unsurOf(const QJsonObject &skm, const QString &key)
{
    for (const QJsonValue &v : skm.value(QLatin1String("unsur")).toArray()) {
        if (v.toObject().value(QLatin1String("key")).toString() == key)
            return v.toObject();
    }
    return {};
}

QJsonObject groupOf(const QJsonArray &groups, const QString &key)
{
    for (const QJsonValue &v : groups) {
        if (v.toObject().value(QLatin1String("key")).toString() == key)
            return v.toObject();
    }
    return {};
}
} // namespace

class TestServerReports : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;
    std::unique_ptr<KioskDevice> m_a1, m_a2, m_b1;

    QJsonObject get(const QString &path, int expectStatus = 200)
    {
        HttpClient http = m_fx.client();
        http.setBasic(QStringLiteral("nasional"), QStringLiteral("rahasia-nasional"));
        const HttpResult r = http.get(path);
        if (r.status != expectStatus)
            qWarning("GET %s: %d %s", qPrintable(path), r.status, r.body.left(400).constData());
        return r.status == expectStatus ? r.json() : QJsonObject();
    }

    QJsonObject skm(const QString &query) { return get(QStringLiteral("/api/v1/reports/skm?") + query); }

private slots:
    void initTestCase()
    {
        SUARA_SERVER_FIXTURE_SETUP(m_fx);
        QString error;
        QVERIFY2(m_fx.createUnit("KW", "Kanwil Kemenkumham DIY", &error), qPrintable(error));
        QVERIFY2(m_fx.createUser("nasional", "national_admin", "", "rahasia-nasional", &error), qPrintable(error));
        // LA and LB under KW, through the API.
        HttpClient http = m_fx.client();
        http.setBasic(QStringLiteral("nasional"), QStringLiteral("rahasia-nasional"));
        for (const char *code : {"LA", "LB"}) {
            const HttpResult r = http.post(
                QStringLiteral("/api/v1/units"),
                QJsonDocument(
                    QJsonObject{{"code", code}, {"name", QStringLiteral("Lapas %1").arg(code)}, {"parent", "KW"}})
                    .toJson());
            QCOMPARE(r.status, 201);
        }
        m_a1 = enrolledDevice(m_fx, "LA", &error);
        QVERIFY2(m_a1, qPrintable(error));
        m_a2 = enrolledDevice(m_fx, "LA", &error);
        QVERIFY2(m_a2, qPrintable(error));
        m_b1 = enrolledDevice(m_fx, "LB", &error);
        QVERIFY2(m_b1, qPrintable(error));

        // Boundary sets, one month each, on device A1 (IKM = 25 × total / (9 n)).
        const auto mid = [](int month) {
            return localTime(QStringLiteral("2026-%1-15T10:00:00").arg(month, 2, 10, QLatin1Char('0')), 420);
        };
        QList<Visit> a1 = visitsWithTotal(125, 3447, mid(1)); // 76,60 exactly -> C
        a1 += visitsWithTotal(250, 6895, mid(2)); // 76,611… -> 76,61 B
        a1 += visitsWithTotal(250, 7947, mid(3)); // 88,30 exactly -> B
        a1 += visitsWithTotal(250, 7948, mid(4)); // 88,311… -> 88,31 A
        a1 += visitsWithTotal(250, 5849, mid(5)); // 64,988… -> 64,99 D
        a1 += visitsWithTotal(250, 5850, mid(6)); // 65,00 exactly -> C
        QVERIFY2(seal(*m_a1, a1, &error), qPrintable(error));

        // 2026-Q3 on LA (device A2): ten all-4 visitors (6 men, 4 women) and five flagged all-1 ones.
        QList<Visit> a2;
        for (int i = 0; i < 10; ++i) {
            Visit v{QList<int>(9, 4),
                    QStringLiteral("kunjungan"),
                    localTime(QStringLiteral("2026-07-%1T09:00:00").arg(5 + i, 2, 10, QLatin1Char('0')), 420),
                    false,
                    {},
                    QJsonObject{{"gender", i < 6 ? "L" : "P"}, {"age", "30-39"}}};
            a2 << v;
        }
        a2[0].comment = QStringLiteral("Pelayanan cepat");
        a2[3].comment = QStringLiteral("Antrian panjang sekali");
        a2[8].comment = QStringLiteral("Petugas RAMAH dan sopan");
        for (int i = 0; i < 5; ++i)
            a2 << Visit{QList<int>(9, 1),
                        QStringLiteral("kunjungan"),
                        localTime(QStringLiteral("2026-07-20T09:0%1:00").arg(i), 420),
                        true,
                        {},
                        QJsonObject{{"gender", "P"}}};
        QVERIFY2(seal(*m_a2, a2, &error), qPrintable(error));
        // Gratification on LA: three clean acknowledgements, one with a report riding on it, and one
        // report as its own day-coarsened record (the newer kiosk shape).
        QList<RecordDraft> acks;
        for (int i = 0; i < 3; ++i)
            acks << ackDraft(localTime(QStringLiteral("2026-07-0%1T11:00:00").arg(i + 1), 420),
                             QStringLiteral("kunjungan"));
        acks << ackDraft(localTime(QStringLiteral("2026-07-08T11:00:00"), 420), QStringLiteral("kunjungan"),
                         QJsonObject{{"kind", "asked"}, {"what", "money"}, {"when", "today"}, {"counter", "Loket 2"}});
        acks << ackDraft(localTime(QStringLiteral("2026-07-12T00:00:00"), 420), QStringLiteral("integrasi"),
                         QJsonObject{{"kind", "offered"}, {"what", "favour"}, {"when", "this_week"}});
        // A ZI survey (SPKP, 4 points): two respondents, every item 4 and 3.
        for (int r = 0; r < 2; ++r) {
            RecordDraft d;
            d.questionnaireId = QStringLiteral("spkp");
            d.questionnaireVersion = 1;
            d.service = QStringLiteral("kunjungan");
            d.capturedAt = localTime(QStringLiteral("2026-07-15T10:00:00"), 420);
            QJsonObject answers;
            for (const char *k :
                 {"informasi", "persyaratan", "prosedur", "waktu", "tarif", "sarana", "respon", "pengaduan"})
                answers.insert(k, 4 - r);
            d.data = QJsonObject{{"answers", answers}, {"scale", QJsonObject{{"min", 1}, {"max", 4}}}};
            acks << d;
        }
        QVERIFY2(seal(*m_a2, acks, &error), qPrintable(error));

        // LB in Q3: four all-2 visitors, plus one all-1 visitor at 23:30 local on 30 September at
        // UTC-3 (already 1 October in UTC) who belongs to Q3; one all-4 visitor at 00:30 local on
        // 1 October at UTC+7 (still 30 September in UTC) who belongs to Q4.
        QList<Visit> b1 =
            sameVisits(4, 2, localTime(QStringLiteral("2026-08-10T10:00:00"), 420), QStringLiteral("integrasi"));
        b1 += sameVisits(1, 1, localTime(QStringLiteral("2026-09-30T23:30:00"), -180), QStringLiteral("integrasi"));
        b1 += sameVisits(1, 4, localTime(QStringLiteral("2026-10-01T00:30:00"), 420), QStringLiteral("integrasi"));
        QVERIFY2(seal(*m_b1, b1, &error), qPrintable(error));
        QList<RecordDraft> bAcks{
            ackDraft(localTime(QStringLiteral("2026-08-10T10:00:00"), 420), QStringLiteral("integrasi")),
            ackDraft(localTime(QStringLiteral("2026-08-11T10:00:00"), 420), QStringLiteral("integrasi"))};
        QVERIFY2(seal(*m_b1, bAcks, &error), qPrintable(error));

        for (KioskDevice *d : {m_a1.get(), m_a2.get(), m_b1.get()})
            QVERIFY2(d->pushAll(http, 500, &error), qPrintable(error));
    }

    void categoryBoundaries_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<int>("respondents");
        QTest::addColumn<double>("rounded");
        QTest::addColumn<int>("hundredths");
        QTest::addColumn<QString>("category");
        QTest::newRow("76,60 C") << "2026-01" << 125 << 76.60 << 7660 << "C";
        QTest::newRow("76,61 B") << "2026-02" << 250 << 76.61 << 7661 << "B";
        QTest::newRow("88,30 B") << "2026-03" << 250 << 88.30 << 8830 << "B";
        QTest::newRow("88,31 A") << "2026-04" << 250 << 88.31 << 8831 << "A";
        QTest::newRow("64,99 D") << "2026-05" << 250 << 64.99 << 6499 << "D";
        QTest::newRow("65,00 C") << "2026-06" << 250 << 65.00 << 6500 << "C";
    }

    void categoryBoundaries()
    {
        QFETCH(QString, period);
        QFETCH(int, respondents);
        QFETCH(double, rounded);
        QFETCH(int, hundredths);
        QFETCH(QString, category);
        const QJsonObject r = skm(QStringLiteral("unit=LA&period=") + period);
        const QJsonObject s = r.value("skm").toObject();
        QCOMPARE(r.value("respondents").toInt(), respondents);
        QCOMPARE(s.value("ikm_hundredths").toInt(), hundredths);
        QCOMPARE(s.value("ikm_rounded").toDouble(), rounded);
        QCOMPARE(s.value("category").toString(), category);
        QVERIFY(std::abs(s.value("ikm").toDouble() - rounded) < 0.005);
    }

    void reconciliationFigure()
    {
        // 76,60 set: Σ NRR = 9 × 3,064 = 27,576; × 0,111 × 25 = 76,5234 -> 76,52.
        const QJsonObject r = skm(QStringLiteral("unit=LA&period=2026-01")).value("reconciliation_0111").toObject();
        QCOMPARE(r.value("ikm_hundredths").toInt(), 7652);
        QVERIFY(std::abs(r.value("ikm").toDouble() - 76.5234) < 1e-9);
        // The official figure is not the reconciliation one.
        QCOMPARE(skm(QStringLiteral("unit=LA&period=2026-01")).value("skm").toObject().value("ikm_hundredths").toInt(),
                 7660);
    }

    void halfYearAndCustomRangeSumTheMonths()
    {
        const QJsonObject s1 = skm(QStringLiteral("unit=LA&period=2026-S1"));
        QCOMPARE(s1.value("respondents").toInt(), 125 + 5 * 250);
        const QJsonObject q1 = skm(QStringLiteral("unit=LA&from=2026-01-01&to=2026-03-31"));
        QCOMPARE(q1.value("respondents").toInt(), 625);
        QCOMPARE(q1.value("scope").toObject().value("period").toObject().value("label").toString(),
                 QStringLiteral("2026-01-01..2026-03-31"));
        QCOMPARE(skm(QStringLiteral("unit=LA&period=2026-Q1")).value("skm").toObject().value("unsur"),
                 q1.value("skm").toObject().value("unsur"));
    }

    void misuseExcludedUnlessAsked()
    {
        const QJsonObject out = skm(QStringLiteral("unit=LA&period=2026-Q3"));
        QCOMPARE(out.value("respondents").toInt(), 10);
        QCOMPARE(out.value("misuse_flagged").toInt(), 5);
        QCOMPARE(out.value("excluded_misuse").toInt(), 5);
        QCOMPARE(out.value("skm").toObject().value("ikm_hundredths").toInt(), 10000);
        QCOMPARE(out.value("skm").toObject().value("category").toString(), QStringLiteral("A"));
        // With them: 25 × (10 × 36 + 5 × 9) / (9 × 15) = 75,00 -> C.
        const QJsonObject in = skm(QStringLiteral("unit=LA&period=2026-Q3&include_misuse=1"));
        QCOMPARE(in.value("respondents").toInt(), 15);
        QCOMPARE(in.value("misuse_flagged").toInt(), 5);
        QCOMPARE(in.value("excluded_misuse").toInt(), 0);
        QCOMPARE(in.value("skm").toObject().value("ikm_hundredths").toInt(), 7500);
        QCOMPARE(in.value("skm").toObject().value("category").toString(), QStringLiteral("C"));
        // The profile counts the same respondents as the index.
        QCOMPARE(out.value("profile").toObject().value("gender").toObject(), (QJsonObject{{"L", 6}, {"P", 4}}));
        QCOMPARE(in.value("profile").toObject().value("gender").toObject(), (QJsonObject{{"L", 6}, {"P", 9}}));
    }

    void localDayDecidesTheQuarter()
    {
        // LB Q3: 4 × all-2 + the 23:30 (UTC-3) all-1 visitor: 25 × (72 + 9) / 45 = 45,00 D.
        const QJsonObject q3 = skm(QStringLiteral("unit=LB&period=2026-Q3"));
        QCOMPARE(q3.value("respondents").toInt(), 5);
        QCOMPARE(q3.value("skm").toObject().value("ikm_hundredths").toInt(), 4500);
        QCOMPARE(q3.value("skm").toObject().value("category").toString(), QStringLiteral("D"));
        // The 00:30 (UTC+7) visitor is in Q4 although their UTC date is 30 September.
        const QJsonObject q4 = skm(QStringLiteral("unit=LB&period=2026-Q4"));
        QCOMPARE(q4.value("respondents").toInt(), 1);
        QCOMPARE(q4.value("skm").toObject().value("ikm_hundredths").toInt(), 10000);
        QCOMPARE(skm(QStringLiteral("unit=LB&period=2026-09")).value("respondents").toInt(), 1);
        QCOMPARE(skm(QStringLiteral("unit=LB&from=2026-10-01&to=2026-10-01")).value("respondents").toInt(), 1);
        // Daily and monthly aggregates agree: a range one day wider than Q3 (nothing on 30 June)
        // is read from the daily rows, Q3 itself from the monthly ones.
        QCOMPARE(skm(QStringLiteral("unit=LB&from=2026-06-30&to=2026-09-30")).value("skm").toObject().value("unsur"),
                 q3.value("skm").toObject().value("unsur"));
        QCOMPARE(skm(QStringLiteral("unit=KW&subtree=1&from=2026-06-30&to=2026-09-30"))
                     .value("skm")
                     .toObject()
                     .value("unsur"),
                 skm(QStringLiteral("unit=KW&subtree=1&period=2026-Q3")).value("skm").toObject().value("unsur"));
    }

    void subtreeIsTheSumOfItsUnits()
    {
        const QJsonObject kw = skm(QStringLiteral("unit=KW&subtree=1&period=2026-Q3"));
        const QJsonObject la = skm(QStringLiteral("unit=LA&period=2026-Q3"));
        const QJsonObject lb = skm(QStringLiteral("unit=LB&period=2026-Q3"));
        QCOMPARE(kw.value("scope").toObject().value("units").toArray(), (QJsonArray{"KW", "LA", "LB"}));
        QCOMPARE(kw.value("respondents").toInt(), la.value("respondents").toInt() + lb.value("respondents").toInt());
        for (const QString &key : unsurKeys()) {
            const QJsonArray sum = unsurOf(kw.value("skm").toObject(), key).value("counts").toArray();
            const QJsonArray a = unsurOf(la.value("skm").toObject(), key).value("counts").toArray();
            const QJsonArray b = unsurOf(lb.value("skm").toObject(), key).value("counts").toArray();
            for (int i = 0; i < 4; ++i)
                QCOMPARE(sum.at(i).toInt(), a.at(i).toInt() + b.at(i).toInt());
        }
        // 25 × (360 + 81) / 135 = 81,666… -> 81,67 B.
        QCOMPARE(kw.value("skm").toObject().value("ikm_hundredths").toInt(), 8167);
        QCOMPARE(kw.value("skm").toObject().value("category").toString(), QStringLiteral("B"));
        // Without subtree=1 the Kanwil itself has no records.
        QCOMPARE(skm(QStringLiteral("unit=KW&period=2026-Q3")).value("respondents").toInt(), 0);
        QVERIFY(skm(QStringLiteral("unit=KW&period=2026-Q3")).value("skm").toObject().value("ikm").isNull());
    }

    void splitsAddUp()
    {
        const QJsonObject byDevice = skm(QStringLiteral("unit=KW&subtree=1&period=2026-Q3&by=device"));
        const QJsonArray devices = byDevice.value("groups").toObject().value("items").toArray();
        QCOMPARE(devices.size(), 2);
        QCOMPARE(groupOf(devices, m_a2->id()).value("respondents").toInt(), 10);
        QCOMPARE(groupOf(devices, m_b1->id()).value("respondents").toInt(), 5);
        QCOMPARE(groupOf(devices, m_b1->id()).value("ikm_hundredths").toInt(), 4500);
        const QJsonArray services = byDevice.value("by_service").toArray();
        QCOMPARE(groupOf(services, "kunjungan").value("respondents").toInt(), 10);
        QCOMPARE(groupOf(services, "integrasi").value("respondents").toInt(), 5);
        QCOMPARE(groupOf(services, "kunjungan").value("ikm_hundredths").toInt(), 10000);
        // A service filter gives that service's figure.
        QCOMPARE(skm(QStringLiteral("unit=KW&subtree=1&period=2026-Q3&service=integrasi"))
                     .value("skm")
                     .toObject()
                     .value("ikm_hundredths")
                     .toInt(),
                 4500);
        QCOMPARE(skm(QStringLiteral("unit=LA&period=2026-Q3&device=") + m_a2->id()).value("respondents").toInt(), 10);
    }

    void trendAndWeakestAndSample()
    {
        const QJsonObject r = skm(QStringLiteral("unit=LA&period=2026-Q2&population=1000"));
        const QJsonArray trend = r.value("trend").toArray();
        QCOMPARE(trend.size(), 4);
        QCOMPARE(trend.at(0).toObject().value("quarter").toString(), QStringLiteral("2025-Q3"));
        QCOMPARE(trend.at(3).toObject().value("quarter").toString(), QStringLiteral("2026-Q2"));
        QCOMPARE(trend.at(2).toObject().value("respondents").toInt(), 625);
        QCOMPARE(trend.at(3).toObject().value("respondents").toInt(), 750);
        QCOMPARE(r.value("weakest_unsur").toArray().size(), 3);
        // Krejcie & Morgan for N = 1000: 277,71 -> 278 (rounded up); 750 respondents reach it.
        const QJsonObject sample = r.value("sample").toObject();
        QCOMPARE(sample.value("minimum").toInt(), 278);
        QCOMPARE(sample.value("reached").toBool(), true);
        const QJsonObject small =
            skm(QStringLiteral("unit=LB&period=2026-Q3&population=50")).value("sample").toObject();
        QCOMPARE(small.value("minimum").toInt(), 45); // 44,34 rounded up
        QCOMPARE(small.value("reached").toBool(), false);
    }

    void ziAgainstMinimums()
    {
        const QJsonObject r = get(QStringLiteral("/api/v1/reports/zi?unit=LA&period=2026-Q3"));
        const QJsonArray surveys = r.value("surveys").toArray();
        QCOMPARE(surveys.size(), 1);
        const QJsonObject spkp = surveys.at(0).toObject();
        QCOMPARE(spkp.value("questionnaire").toString(), QStringLiteral("spkp"));
        QCOMPARE(spkp.value("respondents").toInt(), 2);
        QCOMPARE(spkp.value("index4").toDouble(), 3.5);
        QCOMPARE(spkp.value("minimum_wbk").toDouble(), 3.2);
        QCOMPARE(spkp.value("minimum_wbbm").toDouble(), 3.6);
        QCOMPARE(spkp.value("meets_wbk").toBool(), true);
        QCOMPARE(spkp.value("meets_wbbm").toBool(), false);
    }

    void gratificationAcksAndReports()
    {
        const QJsonObject la = get(QStringLiteral("/api/v1/reports/gratification?unit=LA&period=2026-Q3"));
        QCOMPARE(la.value("acknowledgements").toObject(), (QJsonObject{{"no_reward", 3}, {"reward_requested", 2}}));
        const QJsonArray reports = la.value("solicitations").toArray();
        QCOMPARE(reports.size(), 2);
        // Newest first; the day-coarsened record is read like the other.
        QCOMPARE(reports.at(0).toObject().value("kind").toString(), QStringLiteral("offered"));
        QCOMPARE(reports.at(0).toObject().value("day").toString(), QStringLiteral("2026-07-12"));
        QCOMPARE(reports.at(0).toObject().value("service").toString(), QStringLiteral("integrasi"));
        QCOMPARE(reports.at(1).toObject().value("counter").toString(), QStringLiteral("Loket 2"));
        QCOMPARE(reports.at(1).toObject().value("what").toString(), QStringLiteral("money"));
        // On the kiosk's clock (UTC+7 here), not the server's or UTC.
        QCOMPARE(reports.at(0).toObject().value("local_time").toString(),
                 QStringLiteral("2026-07-12T00:00:00.000+07:00"));
        QCOMPARE(reports.at(1).toObject().value("local_time").toString(),
                 QStringLiteral("2026-07-08T11:00:00.000+07:00"));
        const QJsonObject kw = get(QStringLiteral("/api/v1/reports/gratification?unit=KW&subtree=1&period=2026-Q3"));
        QCOMPARE(kw.value("acknowledgements").toObject(), (QJsonObject{{"no_reward", 5}, {"reward_requested", 2}}));
    }

    void commentsSearchNewestFirst()
    {
        const QJsonObject all = get(QStringLiteral("/api/v1/reports/comments?unit=LA&period=2026-Q3"));
        QCOMPARE(all.value("total").toInt(), 3);
        const QJsonArray list = all.value("comments").toArray();
        QCOMPARE(list.at(0).toObject().value("text").toString(), QStringLiteral("Petugas RAMAH dan sopan"));
        QCOMPARE(list.at(2).toObject().value("text").toString(), QStringLiteral("Pelayanan cepat"));
        QCOMPARE(list.at(0).toObject().value("local_time").toString(), QStringLiteral("2026-07-13T09:00:00.000+07:00"));
        QCOMPARE(list.at(0).toObject().value("captured_at").toString(), QStringLiteral("2026-07-13T02:00:00.000Z"));
        const QJsonObject found = get(QStringLiteral("/api/v1/reports/comments?unit=LA&period=2026-Q3&q=ramah"));
        QCOMPARE(found.value("total").toInt(), 1);
        const QJsonObject page =
            get(QStringLiteral("/api/v1/reports/comments?unit=LA&period=2026-Q3&limit=1&offset=1"));
        QCOMPARE(page.value("comments").toArray().at(0).toObject().value("text").toString(),
                 QStringLiteral("Antrian panjang sekali"));
        QCOMPARE(get(QStringLiteral("/api/v1/reports/comments?unit=LA&period=2026-Q3&q=50%25")).value("total").toInt(),
                 0);
    }

    void overviewListsEveryUnit()
    {
        const QJsonObject r = get(QStringLiteral("/api/v1/reports/overview?period=2026-Q3"));
        const QJsonArray units = r.value("units").toArray();
        QCOMPARE(units.size(), 3);
        QCOMPARE(units.at(0).toObject().value("code").toString(), QStringLiteral("KW"));
        QCOMPARE(units.at(1).toObject().value("code").toString(), QStringLiteral("LA"));
        QCOMPARE(units.at(1).toObject().value("ikm_hundredths").toInt(), 10000);
        QCOMPARE(units.at(2).toObject().value("ikm_hundredths").toInt(), 4500);
        QCOMPARE(units.at(1).toObject().value("trend").toArray().at(2).toObject().value("respondents").toInt(), 750);
        // A unit with units below also carries their roll-up, the same as its subtree=1 SKM report;
        // a unit without any carries none.
        const QJsonObject kw = units.at(0).toObject();
        QCOMPARE(kw.value("respondents").toInt(), 0);
        const QJsonObject rolled = kw.value("subtree").toObject();
        const QJsonObject skmTree = skm(QStringLiteral("unit=KW&subtree=1&period=2026-Q3")).value("skm").toObject();
        QCOMPARE(rolled.value("respondents").toInt(), skmTree.value("respondents").toInt());
        QVERIFY(rolled.value("respondents").toInt() > 0);
        QCOMPARE(rolled.value("ikm_hundredths").toInt(), skmTree.value("ikm_hundredths").toInt());
        QVERIFY(units.at(1).toObject().value("subtree").isNull());
    }

    void integrityPerDevice()
    {
        const QJsonArray devices =
            get(QStringLiteral("/api/v1/reports/alerts?unit=LA&period=2026-Q3")).value("devices").toArray();
        QCOMPARE(devices.size(), 2);
        QJsonObject a2;
        for (const QJsonValue &d : devices) {
            if (d.toObject().value("device").toString() == m_a2->id())
                a2 = d.toObject();
        }
        QCOMPARE(a2.value("responses").toInt(), 15 + 2); // SKM visits, flagged ones included, and the SPKP ones
        QCOMPARE(a2.value("misuse_flagged").toInt(), 5);
        QCOMPARE(a2.value("open_alerts").toInt(), 0);
    }

    void badPeriodsAreExplained()
    {
        HttpClient http = m_fx.client();
        http.setBasic(QStringLiteral("nasional"), QStringLiteral("rahasia-nasional"));
        for (const char *q : {"period=2026-Q5", "period=Q3-2026", "period=2026-13", "from=2026-09-01",
                              "from=2026-09-01&to=2026-08-01", "period=2026&from=2026-01-01&to=2026-02-01", ""}) {
            const HttpResult r = http.get(QStringLiteral("/api/v1/reports/skm?unit=LA&") + q);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
            QCOMPARE(r.json().value("error").toObject().value("field").toString(), QStringLiteral("period"));
        }
        const HttpResult r = http.get(QStringLiteral("/api/v1/reports/skm?unit=LA&period=2026-Q5"));
        QVERIFY2(
            r.json().value("error").toObject().value("message").toString().contains("period must look like 2026-09"),
            r.body.constData());
    }

    void captureOffsetsFilledFromStoredBodies()
    {
        // A database from before step 9: comments and solicitations without their device's offset. The
        // server starting again reads each one's offset back from its stored record.
        const QJsonObject grat = get(QStringLiteral("/api/v1/reports/gratification?unit=LA&period=2026-Q3"));
        const QJsonObject comments = get(QStringLiteral("/api/v1/reports/comments?unit=LA&period=2026-Q3"));
        QCOMPARE(comments.value("comments").toArray().at(0).toObject().value("local_time").toString(),
                 QStringLiteral("2026-07-13T09:00:00.000+07:00"));
        QCOMPARE(m_fx.server().terminate(), 0);
        for (const char *table : {"comments", "solicitations"})
            QVERIFY(m_fx.execute(QStringLiteral("ALTER TABLE %1 DROP COLUMN tz_minutes").arg(table)));
        QVERIFY(m_fx.execute(QStringLiteral("UPDATE schema_version SET version = 8")));
        QString error;
        QVERIFY2(m_fx.server().start(&error), qPrintable(error));
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), 9);
        QCOMPARE(get(QStringLiteral("/api/v1/reports/gratification?unit=LA&period=2026-Q3")), grat);
        QCOMPARE(get(QStringLiteral("/api/v1/reports/comments?unit=LA&period=2026-Q3")), comments);
    }

    void backfillFromStoredRecords()
    {
        // Make the database look like one that has just gained the aggregate tables (schema 2) with
        // records already stored, then start the server again: the next step fills them, once.
        const QJsonObject before = skm(QStringLiteral("unit=KW&subtree=1&period=2026-Q3&by=device"));
        const QJsonObject grat = get(QStringLiteral("/api/v1/reports/gratification?unit=LA&period=2026-Q3"));
        const QJsonObject comments = get(QStringLiteral("/api/v1/reports/comments?unit=LA&period=2026-Q3"));
        QCOMPARE(m_fx.server().terminate(), 0);
        for (const char *table : {"agg_answers", "agg_respondents", "agg_answers_month", "agg_respondents_month",
                                  "agg_profile", "agg_acks", "solicitations", "comments"})
            QVERIFY(m_fx.execute(QStringLiteral("DELETE FROM %1").arg(table)));
        // Steps after 3 run again too (step 4 creates its tables only where missing).
        QVERIFY(m_fx.execute(QStringLiteral("UPDATE schema_version SET version = 2")));
        QString error;
        QVERIFY2(m_fx.server().start(&error), qPrintable(error));
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(),
                 9); // the latest schema version (server/db/schema.cpp): these tests run the server, not its library
        QCOMPARE(skm(QStringLiteral("unit=KW&subtree=1&period=2026-Q3&by=device")), before);
        QCOMPARE(get(QStringLiteral("/api/v1/reports/gratification?unit=LA&period=2026-Q3")), grat);
        QCOMPARE(get(QStringLiteral("/api/v1/reports/comments?unit=LA&period=2026-Q3")), comments);
    }

    void servicesAreNamedFromTheUnitsOwnList()
    {
        // No list of its own: the built-in Lapas profile names the service.
        const auto firstComment = [this] {
            return get(QStringLiteral("/api/v1/reports/comments?unit=LA&period=2026-Q3"))
                .value("comments")
                .toArray()
                .at(0)
                .toObject();
        };
        QCOMPARE(firstComment().value("service_name").toObject(),
                 (QJsonObject{{"id", "Layanan kunjungan"}, {"en", "Visits"}}));
        const QJsonArray reports = get(QStringLiteral("/api/v1/reports/gratification?unit=LA&period=2026-Q3"))
                                       .value("solicitations")
                                       .toArray();
        QCOMPARE(reports.at(0).toObject().value("service_name").toObject().value("en").toString(),
                 QStringLiteral("Parole, leave and assimilation (PB, CB, CMB)"));
        // The unit's own list, once its settings carry one, names it in the unit's words.
        HttpClient http = m_fx.client();
        http.setBasic(QStringLiteral("nasional"), QStringLiteral("rahasia-nasional"));
        QJsonObject doc = http.get(QStringLiteral("/api/v1/units/LA/settings")).json();
        QVERIFY(doc.contains("kiosk"));
        doc.remove("version");
        doc.insert("services",
                   QJsonObject{{"format", 1},
                               {"profile", "lapas-la"},
                               {"title", QJsonObject{{"id", "Lapas A"}, {"en", "Prison A"}}},
                               {"services",
                                QJsonArray{QJsonObject{
                                    {"key", "kunjungan"},
                                    {"label", QJsonObject{{"id", "Kunjungan keluarga"}, {"en", "Family visits"}}}}}}});
        const HttpResult put = http.put(QStringLiteral("/api/v1/units/LA/settings"), QJsonDocument(doc).toJson());
        QVERIFY2(put.status == 200, put.body.constData());
        QCOMPARE(firstComment().value("service_name").toObject(),
                 (QJsonObject{{"id", "Kunjungan keluarga"}, {"en", "Family visits"}}));
        // A key the unit's own list leaves out keeps the built-in profile's words.
        QCOMPARE(get(QStringLiteral("/api/v1/reports/gratification?unit=LA&period=2026-Q3"))
                     .value("solicitations")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("service_name")
                     .toObject()
                     .value("en")
                     .toString(),
                 QStringLiteral("Parole, leave and assimilation (PB, CB, CMB)"));
    }
};

QTEST_GUILESS_MAIN(TestServerReports)
#include "tst_serverreports.moc"
