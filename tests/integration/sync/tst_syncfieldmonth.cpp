// A month offline (issue 9): a field tablet captures 200 interviews over November on its own clock (the
// capture times are given, not read from the machine), in three desa of Kecamatan Depok, with the
// respondent profile that field mode requires; then suara-sync sends them in one go to a real server
// (SQLite and PostgreSQL), and the server's SKM report for each village and the month counts all of
// them, with the profile in the codes the tablet writes (read from the kiosk's profile definition).

#include "syncharness.h"
#include "tabletprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace suara;
using namespace suara::testing;
using namespace suara::testing::sync;

namespace {
struct Desa
{
    const char *code, *name;
};
const Desa kDesa[] = {
    {"34.04.07.2001", "Caturtunggal"}, {"34.04.07.2002", "Maguwoharjo"}, {"34.04.07.2003", "Condongcatur"}};

// Interview i of 200: desa i % 3, a day of November (WIB) from the tablet's clock, answers 3 or 4.
RecordDraft interview(int i)
{
    RecordDraft d;
    d.questionnaireId = QStringLiteral("skm");
    d.questionnaireVersion = 1;
    d.unitCode = kUnit;
    d.service = QStringLiteral("konseling");
    d.mode = QStringLiteral("field");
    d.officer = QStringLiteral("sri-wahyuni");
    d.capturedAt =
        QDateTime(QDate(2026, 11, 1 + (i * 29) / 200), QTime(8, 0).addSecs(i * 97 % 28800), QTimeZone(7 * 3600));
    QJsonObject answers;
    for (const char *key :
         {"persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi", "perilaku", "pengaduan", "sarana"})
        answers.insert(QLatin1String(key), 3 + (i % 2));
    const Desa &desa = kDesa[i % 3];
    d.data = QJsonObject{{"answers", answers},
                         {"scale", QJsonObject{{"min", 1}, {"max", 4}}},
                         {"durationMs", 180000},
                         {"administered", i % 4 == 0 ? "handed_over" : "read_aloud"},
                         {"region", QJsonObject{{"code", desa.code}, {"name", desa.name}}},
                         {"profile", tabletProfile(i)}};
    return d;
}

// The profile table a report should show for the interviews i with pick(i): field -> code -> count.
template<typename Pick>
QJsonObject expectedProfile(Pick pick)
{
    QHash<QString, QHash<QString, int>> counts;
    for (int i = 0; i < 200; ++i) {
        if (!pick(i))
            continue;
        const QJsonObject p = tabletProfile(i);
        for (auto it = p.begin(); it != p.end(); ++it)
            ++counts[it.key()][it.value().toString()];
    }
    QJsonObject out;
    for (auto f = counts.cbegin(); f != counts.cend(); ++f) {
        QJsonObject codes;
        for (auto c = f->cbegin(); c != f->cend(); ++c)
            codes.insert(c.key(), c.value());
        out.insert(f.key(), codes);
    }
    return out;
}
} // namespace

class TestSyncFieldMonth : public QObject
{
    Q_OBJECT

    ServerFixture m_fixture;

private slots:
    void initTestCase() { SUARA_SERVER_FIXTURE_SETUP(m_fixture); }

    void twoHundredInterviewsThenOneSync()
    {
        QString error;
        const QString code = prepareUnit(m_fixture, &error);
        QVERIFY2(!code.isEmpty(), qPrintable(error));
        QVERIFY2(m_fixture.createUser("nasional", "national_admin", "", "nasional-sandi", &error), qPrintable(error));

        QTemporaryDir dir;
        KioskDevice tablet(dir.filePath(QStringLiteral("kiosk.db")));
        // Captured one at a time, as the officer finishes each interview, with nothing sent.
        for (int i = 0; i < 200; ++i)
            QVERIFY(tablet.store().append({interview(i)}).ok());
        CliRun r = suaraSync({"--data-dir", dir.path(), "status"});
        QVERIFY2(r.out.contains(QLatin1String("0 synced, 200 pending")), qPrintable(r.out));

        r = suaraSync({"--data-dir", dir.path(), "enroll", "--server", m_fixture.server().baseUrl().toString(),
                       "--code", code, "--label", "Tablet PKB"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = suaraSync({"--data-dir", dir.path(), "push"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("200 synced, 0 pending, 0 quarantined")), qPrintable(r.out));
        QVERIFY2(compareWithServer(m_fixture, tablet.store(), 200).isEmpty(), "the server holds every interview once");

        HttpClient http = m_fixture.client();
        http.setBasic(QStringLiteral("nasional"), QStringLiteral("nasional-sandi"));
        auto report = [&](const QString &region) {
            return http.get(QStringLiteral("/api/v1/reports/skm?unit=%1&period=2026-11&region=%2").arg(kUnit, region))
                .json();
        };
        // Each village: its interviews, and every profile field counted by the tablet's codes, all of them
        // and nothing else (every interview has the whole profile, so each field sums to the village's).
        qint64 total = 0;
        for (int d = 0; d < 3; ++d) {
            const QJsonObject village = report(QLatin1String(kDesa[d].code));
            const int expected = (200 - d + 2) / 3;
            QCOMPARE(village.value("respondents").toInt(), expected);
            const QJsonObject profile = village.value("profile").toObject();
            QCOMPARE(profile, expectedProfile([d](int i) { return i % 3 == d; }));
            for (const ChoiceField &f : tabletProfileFields()) {
                int sum = 0;
                for (const QJsonValue n : profile.value(f.key).toObject())
                    sum += n.toInt();
                QCOMPARE(sum, expected);
            }
            total += village.value("respondents").toInt();
        }
        QCOMPARE(total, 200);
        const QJsonObject kecamatan = report(QStringLiteral("34.04.07"));
        QCOMPARE(kecamatan.value("respondents").toInt(), 200);
        const QJsonObject profile = kecamatan.value("profile").toObject();
        QCOMPARE(profile, expectedProfile([](int) { return true; }));
        // Every code of the kiosk's profile occurs among the 200 ("<20" and "60+" included).
        for (const ChoiceField &f : tabletProfileFields())
            for (const VisitorChoice &c : f.options)
                QVERIFY2(profile.value(f.key).toObject().value(c.value).toInt() > 0, qPrintable(f.key + ' ' + c.value));
        QCOMPARE(profile.value("gender").toObject().value(tabletProfileCode("gender", "Female")).toInt(), 100);
        QCOMPARE(kecamatan.value("skm").toObject().value("ikm").toDouble(), 87.5); // half 3s, half 4s
        // October has none of them: the period is the month they were captured in, on the tablet's clock.
        QCOMPARE(http.get(QStringLiteral("/api/v1/reports/skm?unit=%1&period=2026-10&region=34.04.07").arg(kUnit))
                     .json()
                     .value("respondents")
                     .toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncFieldMonth)
#include "tst_syncfieldmonth.moc"
