// The export writers in process, where HTTP cannot reach: the XLSX data split over several sheets past
// the row limit (lowered here), and the public A4 poster, each read back by LibreOffice / poppler.
#include "childprocess.h"
#include "exportstore.h"
#include "spreadsheetreadback.h"

#include "db/database.h"
#include "db/schema.h"
#include "exports/pdfposter.h"
#include "exports/xlsxexport.h"
#include "reports/periodwords.h"
#include "scoring/csvtable.h"
#include "scoring/ikmtally.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;
using namespace suara::server;
using namespace suara::testing;

class TestServerExportsFiles : public QObject
{
    Q_OBJECT

private slots:
    void xlsxSplitsTheDataOverSheetsPastTheRowLimit()
    {
        QTemporaryDir dir;
        Database db(DatabaseConfig::sqliteIn(dir.path()));
        Sql sql = db.sql();
        const QString now = QStringLiteral("2026-06-01T00:00:00.000Z");
        suara::testing::seedUnitAndDevice(sql, now);
        if (QTest::currentTestFailed())
            return;
        for (int i = 0; i < 25; ++i) {
            const QString time =
                QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC).addSecs(i * 60).toString(Qt::ISODateWithMs);
            const QJsonObject body{
                {QStringLiteral("type"), QStringLiteral("response")},
                {QStringLiteral("time"), time},
                {QStringLiteral("tz"), 420},
                {QStringLiteral("q"),
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("skm")}, {QStringLiteral("version"), 1}}},
                {QStringLiteral("flags"), QJsonArray()},
                {QStringLiteral("data"),
                 QJsonObject{{QStringLiteral("answers"), QJsonObject{{QStringLiteral("waktu"), 1 + i % 4}}}}}};
            sql.run(
                QStringLiteral(
                    "INSERT INTO records (device_id, record_id, seq, type, unit_code, captured_at, received_at, source,"
                    " body, prev_hash, hash, sig) VALUES ('d', ?, ?, 'response', 'U-1', ?, ?, 'push', ?, 'p', 'h', "
                    "'s')"),
                {QStringLiteral("r%1").arg(i), i + 1, time, time, QJsonDocument(body).toJson(QJsonDocument::Compact)});
        }
        exports::ReportContent content;
        content.unitName = QStringLiteral("Unit");
        content.skm.scope.unitCode = QStringLiteral("U-1");
        content.skm.scope.units = {QStringLiteral("U-1")};
        content.skm.scope.period = *reports::Period::parse(QStringLiteral("2026-06"), {}, {}, nullptr);
        exports::XlsxOptions options;
        options.path = dir.filePath(QStringLiteral("split.xlsx"));
        options.tmpDir = dir.path();
        options.dataRowsPerSheet = 10;
        QCOMPARE(exports::writeReportXlsx(sql, content, options), 25);
        const QString failed = convertWithLibreOffice({options.path}, dir.path(), Sheets::Every);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QStringList seqs;
        for (const QString &sheet : {QStringLiteral("Data"), QStringLiteral("Data 2"), QStringLiteral("Data 3")}) {
            const auto read = readCsvRows(dir.filePath(QStringLiteral("split-%1.csv").arg(sheet)));
            QVERIFY2(read, qPrintable(sheet + " missing: " + QDir(dir.path()).entryList().join(' ')));
            const QList<QStringList> &rows = *read;
            QCOMPARE(rows.at(0).value(0), QStringLiteral("record_id")); // every data sheet has the header
            QCOMPARE(rows.size() - 1, sheet == QLatin1String("Data 3") ? 5 : 10);
            for (const QStringList &row : rows.mid(1))
                seqs << row.value(2);
        }
        QCOMPARE(seqs.size(), 25); // every record once, in order
        for (int i = 0; i < 25; ++i)
            QCOMPARE(seqs.at(i), QString::number(i + 1));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("split-Data 4.csv"))));
    }

    void periodInWords_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("en");
        QTest::newRow("quarter") << "2026-Q4"
                                 << "Triwulan IV 2026"
                                 << "Quarter IV 2026";
        QTest::newRow("first quarter") << "2027-Q1"
                                       << "Triwulan I 2027"
                                       << "Quarter I 2027";
        QTest::newRow("semester") << "2026-S2"
                                  << "Semester II 2026"
                                  << "Semester II 2026";
        QTest::newRow("month") << "2026-08"
                               << "Agustus 2026"
                               << "August 2026";
        QTest::newRow("year") << "2026"
                              << "Tahun 2026"
                              << "Year 2026";
        QTest::newRow("range") << "2026-07-01..2026-08-15"
                               << "1 Juli – 15 Agustus 2026"
                               << "1 July – 15 August 2026";
        QTest::newRow("range over a new year") << "2026-12-15..2027-01-10"
                                               << "15 Desember 2026 – 10 Januari 2027"
                                               << "15 December 2026 – 10 January 2027";
        QTest::newRow("one day") << "2026-07-01..2026-07-01"
                                 << "1 Juli 2026"
                                 << "1 July 2026";
        QTest::newRow("unknown form kept") << "2026-Q9"
                                           << "2026-Q9"
                                           << "2026-Q9";
    }

    void periodInWords()
    {
        QFETCH(QString, label);
        QFETCH(QString, id);
        QFETCH(QString, en);
        QCOMPARE(reports::periodInWords(label, false), id);
        QCOMPARE(reports::periodInWords(label, true), en);
    }

    void posterShowsThePublishedResult_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("ikm");
        QTest::addColumn<QString>("period");
        QTest::newRow("id") << "id"
                            << "HASIL SURVEI KEPUASAN MASYARAKAT"
                            << "88,31"
                            << "Periode Triwulan III 2026";
        QTest::newRow("en") << "en"
                            << "PUBLIC SATISFACTION SURVEY RESULT"
                            << "88.31"
                            << "Period Quarter III 2026";
    }

    void posterShowsThePublishedResult()
    {
        QFETCH(QString, lang);
        QFETCH(QString, headline);
        QFETCH(QString, ikm);
        QFETCH(QString, period);
        // 4676 answers of 3 and 5324 of 4 in every unsur: NRR 3,5324, IKM 88,31, exactly on the A boundary.
        QHash<QString, scoring::OptionCounts> counts;
        for (const QString &key : scoring::skmUnsurKeys())
            counts.insert(key, {0, 0, 4676, 5324});
        const auto tally = scoring::IkmTally::fromCounts(counts, 10000);
        QVERIFY(tally);
        exports::PosterInput input{QStringLiteral("DEMO-01"), QStringLiteral("Lapas Kelas IIA Yogyakarta"),
                                   QStringLiteral("2026-Q3"), scoring::computeIkm(*tally)};
        QCOMPARE(*input.skm.ikmHundredths, 8831);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("poster.pdf"));
        exports::writePosterPdf(
            input, lang == QLatin1String("en") ? exports::Language::English : exports::Language::Indonesian, path);
        const ChildRun text = runChild(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}, {}, 60'000);
        QVERIFY2(text.finished && text.exitCode == 0, text.err.constData());
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(headline), qPrintable(out));
        QVERIFY2(out.contains(ikm), qPrintable(out));
        QVERIFY(
            out.contains(lang == QLatin1String("en") ? QStringLiteral("Very good") : QStringLiteral("Sangat baik")));
        QVERIFY(out.contains(QStringLiteral("10")) && out.contains(QStringLiteral("000")));
        QVERIFY2(out.contains(period), qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("2026-Q3")));
        QVERIFY(out.contains(QStringLiteral("Lapas Kelas IIA Yogyakarta")));
        const ChildRun info = runChild(QStringLiteral("pdfinfo"), {path}, {}, 60'000);
        QVERIFY(info.out.contains("Pages:           1"));
        QVERIFY2(info.out.contains("(A4)"), info.out.constData());
        QVERIFY(info.out.contains("Lapas Kelas IIA Yogyakarta")); // in the title
        const QString keep = qEnvironmentVariable("SUARA_EXPORT_SHOTS");
        if (!keep.isEmpty()) {
            const ChildRun png =
                runChild(QStringLiteral("pdftoppm"),
                         {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                          QStringLiteral("-singlefile"), path, keep + QStringLiteral("/poster-") + lang},
                         {}, 60'000);
            QVERIFY(png.finished && png.exitCode == 0);
        }
    }
};

int main(int argc, char **argv)
{
    // The poster is laid out with Qt's fonts: a QGuiApplication, headless.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestServerExportsFiles test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_serverexportsfiles.moc"
