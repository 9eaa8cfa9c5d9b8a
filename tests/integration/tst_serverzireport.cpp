// The ZI report (GET /api/v1/reports/zi) against hand-computed figures: SPAK/IPAK and SPKP/IPKP on the
// 4-point scale, a unit asking on 6 points (the figure on the scale asked and on 4 points), a unit that
// switched scale within the period, misuse-flagged answers left out unless asked for, and a deployment's
// own WBK/WBBM minimums (serve --zi-minimums) instead of the defaults of domain.md §2.2.
#include "reportsdata.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace suara;
using namespace suara::testing;

namespace {
RecordDraft ziDraft(const QString &questionnaire, const QJsonObject &answers, int scaleMax, const QDateTime &at,
                    bool misuse = false)
{
    RecordDraft d;
    d.questionnaireId = questionnaire;
    d.questionnaireVersion = 1;
    d.service = QStringLiteral("kunjungan");
    d.capturedAt = at;
    d.data = QJsonObject{{"answers", answers}, {"scale", QJsonObject{{"min", 1}, {"max", scaleMax}}}};
    if (misuse) {
        d.flags = {flags::kSuspectedMisuse};
        d.data.insert(QStringLiteral("misuse"), QJsonArray{QStringLiteral("too_fast")});
    }
    return d;
}

QJsonObject spak(int d, int k, int i, int p, int c = 0)
{
    QJsonObject o{{"diskriminasi", d}, {"kecurangan", k}, {"imbalan", i}, {"pungli", p}};
    if (c)
        o.insert("percaloan", c);
    return o;
}

QJsonObject spkp(int all, int tarif)
{
    QJsonObject o;
    for (const char *k : {"informasi", "persyaratan", "prosedur", "waktu", "sarana", "respon", "pengaduan"})
        o.insert(k, all);
    o.insert("tarif", tarif);
    return o;
}

QJsonObject survey(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &v : report.value(QLatin1String("surveys")).toArray()) {
        if (v.toObject().value(QLatin1String("questionnaire")).toString() == id)
            return v.toObject();
    }
    return {};
}

QJsonObject item(const QJsonObject &scale, const QString &key)
{
    for (const QJsonValue &v : scale.value(QLatin1String("items")).toArray()) {
        if (v.toObject().value(QLatin1String("key")).toString() == key)
            return v.toObject();
    }
    return {};
}

bool near(const QJsonValue &v, double expected)
{
    return v.isDouble() && std::abs(v.toDouble() - expected) < 1e-9;
}
} // namespace

#define QNEAR(value, expected)                                                                                         \
    QVERIFY2(near((value), (expected)),                                                                                \
             qPrintable(QStringLiteral("%1 is %2, not %3")                                                             \
                            .arg(QStringLiteral(#value))                                                               \
                            .arg((value).toDouble(), 0, 'g', 17)                                                       \
                            .arg(double(expected), 0, 'g', 17)))

class TestServerZiReport : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;
    std::unique_ptr<KioskDevice> m_la, m_l6;

    QJsonObject zi(const QString &query, ServerProcess *server = nullptr)
    {
        HttpClient http(server ? server->baseUrl() : m_fx.server().baseUrl());
        http.setBasic(QStringLiteral("nasional"), QStringLiteral("rahasia-nasional"));
        const HttpResult r = http.get(QStringLiteral("/api/v1/reports/zi?") + query);
        if (r.status != 200)
            qWarning("zi %s: %d %s", qPrintable(query), r.status, r.body.left(400).constData());
        return r.json();
    }

private slots:
    void initTestCase()
    {
        SUARA_SERVER_FIXTURE_SETUP(m_fx);
        QString error;
        QVERIFY2(m_fx.createUnit("LA", "Lapas A", &error), qPrintable(error));
        QVERIFY2(m_fx.createUnit("L6", "Lapas Enam", &error), qPrintable(error));
        QVERIFY2(m_fx.createUser("nasional", "national_admin", "", "rahasia-nasional", &error), qPrintable(error));
        m_la = enrolledDevice(m_fx, "LA", &error);
        QVERIFY2(m_la, qPrintable(error));
        m_l6 = enrolledDevice(m_fx, "L6", &error);
        QVERIFY2(m_l6, qPrintable(error));

        const QDateTime q3 = localTime(QStringLiteral("2026-08-12T10:00:00"), 420);
        // LA, 4 points. SPAK: three clean respondents and two flagged ones answering 1 everywhere.
        // SPKP: three clean respondents (all 4; all 3; all 4 but tarif 2).
        QList<RecordDraft> la{ziDraft("spak", spak(4, 4, 4, 4, 3), 4, q3),
                              ziDraft("spak", spak(4, 3, 4, 4, 4), 4, q3),
                              ziDraft("spak", spak(3, 3, 4, 4), 4, q3), // percaloan left blank
                              ziDraft("spak", spak(1, 1, 1, 1, 1), 4, q3, true),
                              ziDraft("spak", spak(1, 1, 1, 1, 1), 4, q3, true),
                              ziDraft("spkp", spkp(4, 4), 4, q3),
                              ziDraft("spkp", spkp(3, 3), 4, q3),
                              ziDraft("spkp", spkp(4, 2), 4, q3)};
        QVERIFY2(seal(*m_la, la, &error), qPrintable(error));

        // L6 asked SPAK on 4 points in June (two respondents, all 3), then switched its kiosks to 6.
        const QDateTime june = localTime(QStringLiteral("2026-06-10T10:00:00"), 420);
        QVERIFY2(seal(*m_l6,
                      QList<RecordDraft>{ziDraft("spak", spak(3, 3, 3, 3, 3), 4, june),
                                         ziDraft("spak", spak(3, 3, 3, 3, 3), 4, june)},
                      &error),
                 qPrintable(error));
        HttpClient http = m_fx.client();
        http.setBasic(QStringLiteral("nasional"), QStringLiteral("rahasia-nasional"));
        QJsonObject doc = http.get(QStringLiteral("/api/v1/units/L6/settings")).json();
        QJsonObject kiosk = doc.value("kiosk").toObject();
        kiosk.insert("zi_scale_points", 6);
        kiosk.insert("questionnaires", QJsonArray{"skm", "spak"});
        doc.insert("kiosk", kiosk);
        doc.remove("questionnaires");
        const HttpResult put = http.put(QStringLiteral("/api/v1/units/L6/settings"), QJsonDocument(doc).toJson());
        QVERIFY2(put.status == 200, put.body.constData());
        QCOMPARE(put.json().value("kiosk").toObject().value("zi_scale_points").toInt(), 6);
        // In August on 6 points, four respondents (the last leaves percaloan blank).
        QVERIFY2(seal(*m_l6,
                      QList<RecordDraft>{
                          ziDraft("spak", spak(6, 6, 6, 6, 6), 6, q3), ziDraft("spak", spak(6, 5, 6, 6, 5), 6, q3),
                          ziDraft("spak", spak(5, 5, 6, 6, 4), 6, q3), ziDraft("spak", spak(4, 4, 6, 5), 6, q3)},
                      &error),
                 qPrintable(error));
        HttpClient device = m_fx.client();
        QVERIFY2(m_la->pushAll(device, 500, &error), qPrintable(error));
        QVERIFY2(m_l6->pushAll(device, 500, &error), qPrintable(error));
    }

    void spakOnFourPointsWithoutTheFlagged()
    {
        const QJsonObject s = survey(zi(QStringLiteral("unit=LA&period=2026-Q3")), QStringLiteral("spak"));
        QCOMPARE(s.value("kind").toString(), QStringLiteral("spak"));
        QCOMPARE(s.value("index_name").toString(), QStringLiteral("IPAK"));
        QCOMPARE(s.value("respondents").toInt(), 3);
        QCOMPARE(s.value("misuse_flagged").toInt(), 2);
        const QJsonObject scale = s.value("scales").toArray().at(0).toObject();
        QCOMPARE(s.value("scales").toArray().size(), 1);
        QCOMPARE(scale.value("aggregate").toString(), QStringLiteral("spak@1-4"));
        // diskriminasi 4, 4, 3: counts [0, 0, 1, 2], mean 11/3; kecurangan 4, 3, 3: 10/3; imbalan and
        // pungli 4; percaloan 3, 4 (one blank): 7/2. Index = (11/3 + 10/3 + 4 + 4 + 3,5) / 5 = 18,5 / 5 = 3,7.
        QCOMPARE(item(scale, "diskriminasi").value("counts").toArray(), (QJsonArray{0, 0, 1, 2}));
        QNEAR(item(scale, "diskriminasi").value("mean"), 11.0 / 3.0);
        QNEAR(item(scale, "kecurangan").value("mean"), 10.0 / 3.0);
        QCOMPARE(item(scale, "percaloan").value("n").toInt(), 2);
        QNEAR(item(scale, "percaloan").value("mean"), 3.5);
        QNEAR(scale.value("index"), 3.7);
        QNEAR(s.value("index4"), 3.7);
        QNEAR(s.value("percent"), 92.5); // 3,7 / 4
        // Defaults: IPAK 3,60 for both predicates; 3,7 meets both.
        QNEAR(s.value("minimum_wbk"), 3.6);
        QNEAR(s.value("minimum_wbbm"), 3.6);
        QCOMPARE(s.value("meets_wbk").toBool(), true);
        QCOMPARE(s.value("meets_wbbm").toBool(), true);
    }

    void spakWithTheFlaggedWhenAsked()
    {
        const QJsonObject s =
            survey(zi(QStringLiteral("unit=LA&period=2026-Q3&include_misuse=1")), QStringLiteral("spak"));
        QCOMPARE(s.value("respondents").toInt(), 5);
        QCOMPARE(s.value("misuse_flagged").toInt(), 2);
        const QJsonObject scale = s.value("scales").toArray().at(0).toObject();
        // Two more 1s on every item: diskriminasi 13/5 = 2,6; kecurangan 12/5 = 2,4; imbalan and pungli
        // 14/5 = 2,8; percaloan 9/4 = 2,25. Index = 12,85 / 5 = 2,57: below both minimums.
        QCOMPARE(item(scale, "diskriminasi").value("counts").toArray(), (QJsonArray{2, 0, 1, 2}));
        QNEAR(item(scale, "diskriminasi").value("mean"), 2.6);
        QNEAR(item(scale, "kecurangan").value("mean"), 2.4);
        QNEAR(item(scale, "imbalan").value("mean"), 2.8);
        QCOMPARE(item(scale, "percaloan").value("n").toInt(), 4);
        QNEAR(item(scale, "percaloan").value("mean"), 2.25);
        QNEAR(s.value("index4"), 2.57);
        QCOMPARE(s.value("meets_wbk").toBool(), false);
        QCOMPARE(s.value("meets_wbbm").toBool(), false);
    }

    void spkpAgainstTheDefaultMinimums()
    {
        const QJsonObject s = survey(zi(QStringLiteral("unit=LA&period=2026-Q3")), QStringLiteral("spkp"));
        QCOMPARE(s.value("index_name").toString(), QStringLiteral("IPKP"));
        QCOMPARE(s.value("respondents").toInt(), 3);
        QCOMPARE(s.value("misuse_flagged").toInt(), 0);
        // Seven items 4, 3, 4: 11/3 each; tarif 4, 3, 2: 3. Index = (7 × 11/3 + 3) / 8 = 86/24 = 3,58333…:
        // above IPKP WBK 3,20, below WBBM 3,60.
        const QJsonObject scale = s.value("scales").toArray().at(0).toObject();
        QNEAR(item(scale, "tarif").value("mean"), 3.0);
        QNEAR(item(scale, "informasi").value("mean"), 11.0 / 3.0);
        QNEAR(s.value("index4"), 86.0 / 24.0);
        QNEAR(s.value("minimum_wbk"), 3.2);
        QNEAR(s.value("minimum_wbbm"), 3.6);
        QCOMPARE(s.value("meets_wbk").toBool(), true);
        QCOMPARE(s.value("meets_wbbm").toBool(), false);
    }

    void sixPointScaleOnItsOwnAndOnFour()
    {
        const QJsonObject s = survey(zi(QStringLiteral("unit=L6&period=2026-Q3")), QStringLiteral("spak"));
        QCOMPARE(s.value("respondents").toInt(), 4);
        QCOMPARE(s.value("scales").toArray().size(), 1);
        const QJsonObject scale = s.value("scales").toArray().at(0).toObject();
        QCOMPARE(scale.value("aggregate").toString(), QStringLiteral("spak@1-6"));
        QCOMPARE(scale.value("scale").toObject(), (QJsonObject{{"min", 1}, {"max", 6}}));
        // diskriminasi 6, 6, 5, 4: counts [0, 0, 0, 1, 1, 2], mean 21/4 = 5,25, on 4 points
        // 1 + (5,25 − 1) × 3/5 = 3,55; kecurangan 20/4 = 5 (3,4); imbalan 6 (4); pungli 23/4 = 5,75 (3,85);
        // percaloan 6, 5, 4 (one blank) = 5 (3,4). Index = 27/5 = 5,4 on 1–6; 1 + 4,4 × 3/5 = 3,64 on 1–4
        // (the mean of the items' 4-point means too); 3,64 / 4 = 91 %. Meets IPAK 3,60 both ways.
        QCOMPARE(item(scale, "diskriminasi").value("counts").toArray(), (QJsonArray{0, 0, 0, 1, 1, 2}));
        QNEAR(item(scale, "diskriminasi").value("mean"), 5.25);
        QNEAR(item(scale, "diskriminasi").value("mean4"), 3.55);
        QNEAR(item(scale, "pungli").value("mean4"), 3.85);
        QCOMPARE(item(scale, "percaloan").value("n").toInt(), 3);
        QNEAR(item(scale, "percaloan").value("mean"), 5.0);
        QNEAR(scale.value("index"), 5.4);
        QNEAR(scale.value("index4"), 3.64);
        QNEAR(s.value("index4"), 3.64);
        QNEAR(s.value("percent"), 91.0);
        QCOMPARE(s.value("meets_wbk").toBool(), true);
        QCOMPARE(s.value("meets_wbbm").toBool(), true);
    }

    void aSwitchOfScaleWeighsEachByItsRespondents()
    {
        const QJsonObject s = survey(zi(QStringLiteral("unit=L6&period=2026")), QStringLiteral("spak"));
        QCOMPARE(s.value("respondents").toInt(), 6);
        const QJsonArray scales = s.value("scales").toArray();
        QCOMPARE(scales.size(), 2);
        QCOMPARE(scales.at(0).toObject().value("aggregate").toString(), QStringLiteral("spak@1-4"));
        QNEAR(scales.at(0).toObject().value("index4"), 3.0);
        QCOMPARE(scales.at(1).toObject().value("aggregate").toString(), QStringLiteral("spak@1-6"));
        // (2 × 3 + 4 × 3,64) / 6 = 20,56 / 6 = 3,42666…: no longer meets IPAK 3,60.
        QNEAR(s.value("index4"), 20.56 / 6.0);
        QCOMPARE(s.value("meets_wbk").toBool(), false);
    }

    void deploymentMinimumsOverrideTheDefaults()
    {
        // A second server on the same database with its own minimums; ipkp_wbk is not given and stays 3,20.
        ServerProcess own(m_fx.databaseArgs(), {"--zi-minimums", "ipkp_wbbm=3.4,ipak_wbk=3.8,ipak_wbbm=3.9"});
        QString error;
        QVERIFY2(own.start(&error), qPrintable(error));
        const QJsonObject r = zi(QStringLiteral("unit=LA&period=2026-Q3"), &own);
        const QJsonObject p = survey(r, QStringLiteral("spkp"));
        // IPKP 3,58333… against 3,20 / 3,40: both met (WBBM was not met at the default 3,60).
        QNEAR(p.value("minimum_wbk"), 3.2);
        QNEAR(p.value("minimum_wbbm"), 3.4);
        QCOMPARE(p.value("meets_wbk").toBool(), true);
        QCOMPARE(p.value("meets_wbbm").toBool(), true);
        // IPAK 3,7 against 3,80 / 3,90: neither (both were met at the default 3,60).
        const QJsonObject a = survey(r, QStringLiteral("spak"));
        QNEAR(a.value("index4"), 3.7);
        QNEAR(a.value("minimum_wbk"), 3.8);
        QNEAR(a.value("minimum_wbbm"), 3.9);
        QCOMPARE(a.value("meets_wbk").toBool(), false);
        QCOMPARE(a.value("meets_wbbm").toBool(), false);
        // The first server keeps the defaults.
        QNEAR(survey(zi(QStringLiteral("unit=LA&period=2026-Q3")), QStringLiteral("spak")).value("minimum_wbk"), 3.6);
        QCOMPARE(own.terminate(), 0);
        // A minimum off the 4-point scale is refused at start.
        QStringList bad{"serve"};
        bad << m_fx.databaseArgs() << "--listen"
            << "127.0.0.1:0"
            << "--zi-minimums"
            << "ipak_wbk=4.5";
        const auto refused = ServerProcess::run(bad, {}, 30'000);
        QVERIFY2(refused.exitCode != 0 && refused.err.contains("zi-minimums"), refused.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestServerZiReport)
#include "tst_serverzireport.moc"
