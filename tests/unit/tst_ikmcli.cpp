#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {
const QString kData = QStringLiteral(SUARA_SOURCE_DIR "/tests/data/ikm/");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run suaraIkm(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SUARA_IKM_BIN), args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject jsonOf(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(run.out));
    return doc.object();
}
} // namespace

class TestIkmCli : public QObject
{
    Q_OBJECT
private slots:
    void tableShowsEveryUnsurAndTheIkm()
    {
        const Run r = suaraIkm({kData + "mixed.csv"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        QVERIFY(r.out.contains("respondents: 12"));
        QVERIFY(r.out.contains("weight: exact (1/9)"));
        QVERIFY2(r.out.contains("IKM: 78.09  B Baik (Good)"), qPrintable(r.out));
        // waktu: 11 answered, sum 28, NRR 2,5455, weighted 0,2828, D
        const QString waktuLine = r.out.split('\n').filter(QRegularExpression("^waktu ")).value(0);
        const QStringList waktu = waktuLine.simplified().split(' ');
        QCOMPARE(waktu, (QStringList{"waktu", "11", "0", "5", "6", "0", "28", "2.5455", "0.2828", "D"}));
        QVERIFY(r.out.split('\n').filter(QRegularExpression("^pengaduan +9 ")).size() == 1);
    }

    void jsonMatchesTheTable()
    {
        const Run r = suaraIkm({kData + "mixed.csv", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = jsonOf(r);
        QCOMPARE(j.value("respondents").toInt(), 12);
        QCOMPARE(j.value("weight").toString(), QStringLiteral("exact"));
        QVERIFY(qAbs(j.value("ikm").toDouble() - 6325.0 / 81.0) < 1e-9);
        QCOMPARE(j.value("ikm_rounded").toDouble(), 78.09);
        QCOMPARE(j.value("category").toString(), QStringLiteral("B"));
        QCOMPARE(j.value("category_label").toObject().value("id").toString(), QStringLiteral("Baik"));
        QCOMPARE(j.value("category_label").toObject().value("en").toString(), QStringLiteral("Good"));
        QCOMPARE(j.value("missing").toArray(), QJsonArray());
        const QJsonArray unsur = j.value("unsur").toArray();
        QCOMPARE(unsur.size(), 9);
        const QJsonObject waktu = unsur.at(2).toObject();
        QCOMPARE(waktu.value("key").toString(), QStringLiteral("waktu"));
        QCOMPARE(waktu.value("n").toInt(), 11);
        QCOMPARE(waktu.value("sum").toInt(), 28);
        QCOMPARE(waktu.value("counts").toArray(), (QJsonArray{0, 5, 6, 0}));
        QCOMPARE(waktu.value("nrr").toDouble(), 28.0 / 11.0);
        QCOMPARE(waktu.value("weighted_nrr").toDouble(), 28.0 / 11.0 / 9.0);
        QCOMPARE(waktu.value("category").toString(), QStringLiteral("D"));
    }

    void roundedWeightOnRequest()
    {
        const Run json = suaraIkm({"--weight", "0.111", "--json", kData + "shuffled-semicolon-bom.csv"});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(jsonOf(json).value("weight").toString(), QStringLiteral("0.111"));
        QCOMPARE(jsonOf(json).value("ikm_rounded").toDouble(), 78.01);
        const Run table = suaraIkm({kData + "mixed.csv", "--weight=0.111"});
        QVERIFY2(table.out.contains("IKM: 78.01  B"), qPrintable(table.out));
    }

    void aBadValueFailsWithRowAndColumn()
    {
        const Run r = suaraIkm({kData + "bad-value-5.csv"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains("bad-value-5.csv: row 14, column \"waktu\": \"5\" is not an answer from 1 to 4"),
                 qPrintable(r.err));
    }

    void aMissingFileFailsClearly()
    {
        const Run r = suaraIkm({kData + "no-such-file.csv"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no-such-file.csv: cannot open the file: No such file or directory"),
                 qPrintable(r.err));
    }

    void anUnsurNobodyAnsweredGivesNoIkm()
    {
        const Run r = suaraIkm({kData + "no-pengaduan.csv", "--json"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject j = jsonOf(r);
        QVERIFY(j.value("ikm").isNull());
        QVERIFY(j.value("category").isNull());
        QCOMPARE(j.value("missing").toArray(), QJsonArray{"pengaduan"});
        QVERIFY2(r.err.contains("nobody answered pengaduan"), qPrintable(r.err));
        const Run table = suaraIkm({kData + "no-pengaduan.csv"});
        QCOMPARE(table.exitCode, 1);
        QVERIFY(table.out.contains("IKM: not defined, no answers for: pengaduan"));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no file") << QStringList{};
        QTest::newRow("two files") << QStringList{kData + "mixed.csv", kData + "mixed.csv"};
        QTest::newRow("bad weight") << QStringList{"--weight", "0.11", kData + "mixed.csv"};
        QTest::newRow("unknown option") << QStringList{"--decimal", kData + "mixed.csv"};
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        const Run r = suaraIkm(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("suara-ikm: "));
        QCOMPARE(r.out, QString());
    }

    void helpDescribesTheInput()
    {
        const Run r = suaraIkm({"--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--weight"));
        QVERIFY(r.out.contains("persyaratan"));
    }
};

QTEST_GUILESS_MAIN(TestIkmCli)
#include "tst_ikmcli.moc"
