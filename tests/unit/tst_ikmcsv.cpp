#include "scoring/csvtable.h"
#include "scoring/ikm.h"
#include "scoring/ikmcsv.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace suara::scoring;

namespace {
const QString kData = QStringLiteral(SUARA_SOURCE_DIR "/tests/data/ikm/");
const QByteArray kHeader = "persyaratan,prosedur,waktu,biaya,produk,kompetensi,perilaku,pengaduan,sarana\n";

QStringList errorsOf(const QByteArray &csv)
{
    QStringList errors;
    if (readIkmCsv(csv, &errors))
        return {QStringLiteral("(accepted)")};
    return errors;
}

QStringList fileErrors(const QString &name)
{
    QStringList errors;
    if (readIkmCsvFile(kData + name, &errors))
        return {QStringLiteral("(accepted)")};
    return errors;
}
} // namespace

class TestIkmCsv : public QObject
{
    Q_OBJECT
private slots:
    void quotingFollowsRfc4180()
    {
        const auto t = parseCsv(QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\r\nlast,"));
        QVERIFY(t);
        QCOMPARE(t->separator, QLatin1Char(','));
        QCOMPARE(t->rows.size(), 3);
        QCOMPARE(t->rows.at(0), (QStringList{"a", "b,c", "say \"hi\""}));
        QCOMPARE(t->rows.at(1), (QStringList{"two\nlines", "", "x"})); // one spreadsheet row
        QCOMPARE(t->rows.at(2), (QStringList{"last", ""})); // no final line break
    }

    void separatorIsDetectedFromTheHeader()
    {
        QCOMPARE(detectCsvSeparator(QStringLiteral("a;b;c\n1,5;2;3")), QLatin1Char(';'));
        QCOMPARE(detectCsvSeparator(QStringLiteral("\"x;y;z\",b\n")), QLatin1Char(',')); // quoted ';' do not count
        QCOMPARE(detectCsvSeparator(QStringLiteral("\xFEFF"
                                                   "a;b")),
                 QLatin1Char(';'));
        QCOMPARE(detectCsvSeparator(QStringLiteral("single")), QLatin1Char(','));
        const auto t = parseCsv(QStringLiteral("a;b\r1,5;2\r"));
        QCOMPARE(t->rows.at(1), (QStringList{"1,5", "2"})); // old Mac CR line ends
    }

    void anUnclosedQuoteNamesWhereItOpened()
    {
        CsvParseError error;
        QVERIFY(!parseCsv(QStringLiteral("a,b\n1,\"2\n3,4\n"), &error));
        QCOMPARE(error.row, 2);
        QCOMPARE(error.column, 2);
    }

    void spreadsheetExportsInEveryDialectGiveTheSameTally()
    {
        // The same 12 respondents: one plain, one with ';', a BOM, CRLF, headers shuffled and in
        // other cases, quoted cells (one spanning two lines), " 4 " with spaces and extra columns.
        QStringList errors;
        const auto plain = readIkmCsvFile(kData + "mixed.csv", &errors);
        QVERIFY2(plain, qPrintable(errors.join('\n')));
        const auto excel = readIkmCsvFile(kData + "shuffled-semicolon-bom.csv", &errors);
        QVERIFY2(excel, qPrintable(errors.join('\n')));
        QCOMPARE(excel->respondents(), 12);
        for (const QString &key : skmUnsurKeys())
            QCOMPARE(excel->counts(key), plain->counts(key));
        QCOMPARE(*computeIkm(*excel).ikmHundredths, 7809);
    }

    void blankCellsAreUnansweredAndBlankRowsAreSkipped()
    {
        const auto t = readIkmCsv(kHeader + "4,4,,4,4,4,4,4,4\n\n,,,,,,,,\n3,3,3,3,3,3,3,3,3\n");
        QVERIFY(t);
        QCOMPARE(t->respondents(), 2);
        QCOMPARE(t->counts("waktu"), (OptionCounts{0, 0, 1, 0}));
        QCOMPARE(t->counts("sarana"), (OptionCounts{0, 0, 1, 1}));
    }

    void utf16ExportsAreRead()
    {
        QByteArray utf16("\xFF\xFE");
        const QString text = QString::fromLatin1(kHeader + "4,4,4,4,4,4,4,4,4\n");
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const auto t = readIkmCsv(utf16);
        QVERIFY(t);
        QCOMPARE(t->respondents(), 1);
    }

    void aValueOffTheScaleNamesRowAndColumn()
    {
        QCOMPARE(fileErrors("bad-value-5.csv"),
                 QStringList{"row 14, column \"waktu\": \"5\" is not an answer from 1 to 4"});
    }

    void decimalsAreNotAnswers()
    {
        QCOMPARE(fileErrors("bad-value-decimal.csv"),
                 (QStringList{"row 3, column \"prosedur\": \"2.5\" is not an answer from 1 to 4",
                              "row 4, column \"kompetensi\": \"4,0\" is not an answer from 1 to 4"}));
    }

    void otherNonAnswers_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::newRow("zero") << QByteArray("0");
        QTest::newRow("five") << QByteArray("5");
        QTest::newRow("letter") << QByteArray("x");
        QTest::newRow("leading zero") << QByteArray("04");
        QTest::newRow("sign") << QByteArray("+3");
        QTest::newRow("two digits") << QByteArray("34");
        QTest::newRow("negative") << QByteArray("-1");
    }

    void otherNonAnswers()
    {
        QFETCH(QByteArray, cell);
        const QStringList errors = errorsOf(kHeader + "4,4,4,4,4,4,4,4,4\n4,4,4,4," + cell + ",4,4,4,4\n");
        QCOMPARE(errors,
                 QStringList{QStringLiteral("row 3, column \"produk\": \"%1\" is not an answer from 1 to 4")
                                 .arg(QString::fromLatin1(cell))});
    }

    void rowNumbersAreTheSpreadsheetsEvenAfterAMultiLineCell()
    {
        const QByteArray csv = "catatan," + kHeader + "\"baris\nkedua\",4,4,4,4,4,4,4,4,4\nok,4,4,4,4,4,4,4,4,9\n";
        QCOMPARE(errorsOf(csv), QStringList{"row 3, column \"sarana\": \"9\" is not an answer from 1 to 4"});
    }

    void aMissingUnsurColumnIsNamed()
    {
        const QStringList errors = fileErrors("missing-column.csv");
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith("row 1 (header): missing columns \"biaya\", \"sarana\""),
                 qPrintable(errors.first()));
        const QStringList one =
            errorsOf("persyaratan;prosedur;waktu;biaya;produk;kompetensi;perilaku;pengaduan\n1;1;1;1;1;1;1;1\n");
        QVERIFY2(one.first().startsWith("row 1 (header): missing column \"sarana\";"), qPrintable(one.first()));
        // Tab-separated: one header cell, so say what is likely wrong.
        QVERIFY(errorsOf("persyaratan\tprosedur\n1\t2\n").first().contains("separated by ';' or ','"));
    }

    void aDuplicateUnsurColumnIsNamed()
    {
        const QStringList errors = errorsOf("Waktu," + kHeader + "1,1,1,1,1,1,1,1,1,1\n");
        QCOMPARE(errors, QStringList{"row 1, column \"waktu\": unsur \"waktu\" already has column 1"});
    }

    void raggedRowsNameTheirRowAndColumn()
    {
        QCOMPARE(fileErrors("ragged.csv"),
                 QStringList{"row 3, column \"pengaduan\": "
                             "the row ends before this column (10 cells; the header has 12)"});
        QCOMPARE(errorsOf(kHeader + "1,1,1,1,1,1,1,1,1,,2\n"),
                 QStringList{"row 2, column 11: \"2\" is beyond the header's 9 columns (a stray separator?)"});
        QVERIFY(readIkmCsv(kHeader + "1,1,1,1,1,1,1,1,1,\n")); // a trailing empty cell is harmless
    }

    void anUnclosedQuoteIsReported()
    {
        QCOMPARE(fileErrors("unclosed-quote.csv"),
                 QStringList{"row 3, column \"nama\": a quoted cell is never closed (a missing \")"});
    }

    void emptyAndHeaderOnlyFilesSaySo()
    {
        QVERIFY(fileErrors("empty.csv").first().startsWith("the file is empty"));
        QVERIFY(errorsOf("\xEF\xBB\xBF \r\n").first().startsWith("the file is empty"));
        QVERIFY(fileErrors("header-only.csv").first().startsWith("no data rows"));
        QVERIFY(errorsOf(kHeader + "\n,,,\n").first().startsWith("no data rows"));
        QVERIFY(errorsOf("\n" + kHeader).first().startsWith("row 1 (header) is empty"));
    }

    void unreadableFilesSaySo()
    {
        const QStringList missing = fileErrors("no-such-file.csv");
        QCOMPARE(missing.size(), 1);
        QVERIFY2(missing.first().startsWith("cannot open the file: "), qPrintable(missing.first()));
        QCOMPARE(fileErrors(""), QStringList{"this is a folder, not a CSV file"});
        QVERIFY(errorsOf(QByteArray("PK\x03\x04", 4) + "rest of a zip").first().contains("save it as \"CSV UTF-8\""));
    }

    void manyProblemsAreListedUpToALimit()
    {
        QByteArray csv = kHeader;
        for (int i = 0; i < 30; ++i)
            csv += "5,4,4,4,4,4,4,4,4\n";
        const QStringList errors = errorsOf(csv);
        QCOMPARE(errors.size(), kMaxCsvErrors + 1);
        QVERIFY(errors.first().startsWith("row 2, column \"persyaratan\""));
        QCOMPARE(errors.last(), QStringLiteral("… and 10 more problems"));
    }

    void neverCrashesOnGarbage()
    {
        QFile f(kData + "shuffled-semicolon-bom.csv");
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray valid = f.readAll();
        QRandomGenerator rng(20260301);
        const QByteArray alphabet("1234;,\"\r\n x\xEF\xBB\xBF");
        for (int i = 0; i < 3000; ++i) {
            QByteArray input;
            if (i % 2) { // mutate a valid file
                input = valid;
                for (int k = 0; k < 1 + int(rng.bounded(8)); ++k)
                    input[int(rng.bounded(int(input.size())))] = alphabet.at(int(rng.bounded(int(alphabet.size()))));
            } else { // random bytes
                input.resize(int(rng.bounded(200)));
                for (char &c : input)
                    c = char(rng.bounded(256));
            }
            QStringList errors;
            const auto tally = readIkmCsv(input, &errors);
            QVERIFY(tally.has_value() != !errors.isEmpty()); // either a tally or a reason
            if (tally)
                (void)computeIkm(*tally);
        }
    }
};

QTEST_GUILESS_MAIN(TestIkmCsv)
#include "tst_ikmcsv.moc"
