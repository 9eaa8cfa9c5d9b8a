// The same numbers everywhere (issue 6): one data set with the IKM on and just below each category
// boundary of PermenPAN-RB 14/2017 (88,31 / 76,61 / 65,00), sealed and signed by real kiosk stores,
// pushed to a real suara-server, then read back from every surface a user has — the kiosk's own
// summary (app/LocalSummary, the admin screen's library), suara-ikm on the exported records.csv, the
// API, the dashboard in headless Chromium, the XLSX as LibreOffice reads it, and the PDF as poppler
// reads it — each compared to the known answer to two decimals and the same category, and the 0,111
// reconciliation figure where a surface shows it. On SQLite and PostgreSQL.
#include "childprocess.h"
#include "spreadsheetreadback.h"
#include "kioskdevice.h"
#include "serverfixture.h"

#include "clock.h"
#include "domain/catalog.h"
#include "languagemanager.h"
#include "localsummary.h"
#include "scoring/csvtable.h"
#include "scoring/ikm.h"

#include <QDir>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace suara;
using namespace suara::testing;

namespace {
const QString kPassword = QStringLiteral("rahasia-angka-1");
const QStringList kUnsur = {QStringLiteral("persyaratan"), QStringLiteral("prosedur"),  QStringLiteral("waktu"),
                            QStringLiteral("biaya"),       QStringLiteral("produk"),    QStringLiteral("kompetensi"),
                            QStringLiteral("perilaku"),    QStringLiteral("pengaduan"), QStringLiteral("sarana")};

// One unit's visitors: n respondents answering all nine unsur with answers summing to `sum`, so the
// IKM is 25 × sum / (9 n) exactly (found by search; the comments give the unrounded values).
struct Case
{
    QString unit;
    int n;
    int sum;
    QString ikm; // to two decimals, dot notation
    QString category;
    QString ikm0111; // 25 × Σ (NRR × 0,111)
};

const QList<Case> kCases = {
    {QStringLiteral("SN-A1"), 24, 763, QStringLiteral("88.31"), QStringLiteral("A"),
     QStringLiteral("88.22")}, // 88,3102
    {QStringLiteral("SN-B1"), 19, 604, QStringLiteral("88.30"), QStringLiteral("B"),
     QStringLiteral("88.22")}, // 88,3041
    {QStringLiteral("SN-B2"), 19, 524, QStringLiteral("76.61"), QStringLiteral("B"),
     QStringLiteral("76.53")}, // 76,6082: rounds up into B
    {QStringLiteral("SN-C1"), 26, 717, QStringLiteral("76.60"), QStringLiteral("C"),
     QStringLiteral("76.53")}, // 76,6026
    {QStringLiteral("SN-C2"), 5, 117, QStringLiteral("65.00"), QStringLiteral("C"),
     QStringLiteral("64.94")}, // exactly 65
    {QStringLiteral("SN-D1"), 38, 889, QStringLiteral("64.99"), QStringLiteral("D"),
     QStringLiteral("64.92")}, // 64,9854
};

// The answers of `c`: every answer 3, then as many raised to 4 (or lowered to 2) as the sum needs,
// spread over the unsur so their NRRs differ.
QList<QList<int>> answersOf(const Case &c)
{
    QList<QList<int>> rows(c.n, QList<int>(9, 3));
    int delta = c.sum - 27 * c.n;
    for (int k = 0; delta != 0; ++k) {
        int &a = rows[k % c.n][(k / c.n + k) % 9];
        a += delta > 0 ? 1 : -1;
        delta += delta > 0 ? -1 : 1;
    }
    return rows;
}

RecordDraft draft(const QString &unit, const QList<int> &answers, const QStringList &flags = {})
{
    RecordDraft d;
    d.questionnaireId = QStringLiteral("skm");
    d.questionnaireVersion = 1;
    d.unitCode = unit;
    d.service = QStringLiteral("kunjungan");
    d.flags = flags;
    QJsonObject a;
    for (int u = 0; u < 9; ++u)
        a.insert(kUnsur.at(u), answers.at(u));
    d.data = QJsonObject{{QStringLiteral("answers"), a},
                         {QStringLiteral("scale"), QJsonObject{{QStringLiteral("min"), 1}, {QStringLiteral("max"), 4}}},
                         {QStringLiteral("profile"), QJsonObject{{QStringLiteral("gender"), QStringLiteral("L")}}},
                         {QStringLiteral("durationMs"), 40000}};
    return d;
}

QString fixed2(double v)
{
    return QString::number(v, 'f', 2);
}

QString thisQuarter()
{
    const QDate today = QDate::currentDate();
    return QStringLiteral("%1-Q%2").arg(today.year()).arg((today.month() - 1) / 3 + 1);
}

// The poster names the period in words, as a reader at the counter says it: "Triwulan IV 2026".
QString thisQuarterInWords(const QString &lang)
{
    const QDate today = QDate::currentDate();
    static const char *const roman[] = {"I", "II", "III", "IV"};
    return QStringLiteral("%1 %2 %3")
        .arg(lang == QLatin1String("id") ? QStringLiteral("Triwulan") : QStringLiteral("Quarter"),
             QLatin1String(roman[(today.month() - 1) / 3]))
        .arg(today.year());
}

QString categoryLabel(const QString &letter)
{
    for (const scoring::Category c :
         {scoring::Category::A, scoring::Category::B, scoring::Category::C, scoring::Category::D})
        if (scoring::categoryLetter(c) == letter)
            return scoring::categoryLabel(c).text(QStringLiteral("id"));
    return {};
}
} // namespace

class TestSameNumbers : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;
    QTemporaryDir m_files;
    std::vector<std::unique_ptr<KioskDevice>> m_devices; // one kiosk per unit, kCases order

    HttpClient admin()
    {
        HttpClient http = m_fx.client();
        http.setBasic(QStringLiteral("pusat"), kPassword);
        return http;
    }

    // GET an export of every unit into m_files as <unit>.<extension>.
    void download(const QString &file, const QString &extension, const QString &extra = {})
    {
        HttpClient http = admin();
        for (const Case &c : kCases) {
            const HttpResult r = http.get(
                QStringLiteral("/api/v1/exports/%1?unit=%2&period=%3%4").arg(file, c.unit, thisQuarter(), extra));
            QVERIFY2(r.status == 200, r.body.constData());
            QFile out(m_files.filePath(c.unit + QLatin1Char('.') + extension));
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(r.body), qint64(r.body.size()));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        SUARA_SERVER_FIXTURE_SETUP(m_fx);
        QString error;
        QVERIFY2(m_fx.createUser(QStringLiteral("pusat"), QStringLiteral("national_admin"), {}, kPassword, &error),
                 qPrintable(error));
        HttpClient http = m_fx.client();
        for (const Case &c : kCases) {
            QVERIFY2(m_fx.createUnit(c.unit, QStringLiteral("Unit ") + c.unit, &error), qPrintable(error));
            auto device = std::make_unique<KioskDevice>();
            QCOMPARE(device->enroll(http, m_fx.enrollmentCode(c.unit, &error)).status, 201);
            QList<RecordDraft> drafts;
            for (const QList<int> &row : answersOf(c))
                drafts << draft(c.unit, row);
            // A visit flagged as misuse, all 1s: left out by every surface, or the figures would move.
            drafts << draft(c.unit, QList<int>(9, 1), {flags::kSuspectedMisuse});
            QList<Record> sealed;
            const StoreError stored = device->store().append(drafts, &sealed);
            QVERIFY2(stored.ok(), qPrintable(stored.message));
            QVERIFY2(device->pushAll(http, 200, &error), qPrintable(error));
            m_devices.push_back(std::move(device));
        }
    }

    void theKioskSummaryShowsTheKnownIkm()
    {
        // The admin screen's own object over each kiosk's store, as the kiosk runs it.
        LanguageManager language;
        ManualClock clock;
        const Catalog catalog = Catalog::builtIn();
        for (size_t i = 0; i < size_t(kCases.size()); ++i) {
            const Case &c = kCases.at(qsizetype(i));
            LocalSummary summary(&m_devices.at(i)->store(), &catalog, &language, &clock);
            // The quarter is read on a worker thread, as on the kiosk: wait for the read to land.
            QSignalSpy read(&summary, &LocalSummary::refreshed);
            summary.refresh();
            QTRY_VERIFY_WITH_TIMEOUT(summary.ready() && !summary.reading(), 60'000);
            QVERIFY(!read.isEmpty() && read.last().first().toBool());
            QVERIFY2(summary.hasIkm(), qPrintable(c.unit));
            QCOMPARE(fixed2(summary.ikm()), c.ikm);
            QCOMPARE(summary.category(), c.category);
            QCOMPARE(summary.flagged(), 0); // flags are counted on the visit's acknowledgement, not here
            // The 0,111 figure by core/scoring on the same records, the way LocalSummary computes the IKM.
            const QList<Record> records = m_devices.at(i)->records();
            const scoring::IkmReport reconciliation =
                scoring::computeIkm(records, QStringLiteral("skm"), false, scoring::WeightMode::Rounded0111);
            QCOMPARE(fixed2(*reconciliation.ikmRounded()), c.ikm0111);
        }
    }

    void suaraIkmOnTheExportedCsvGivesTheKnownIkm()
    {
        download(QStringLiteral("records.csv"), QStringLiteral("csv"));
        for (const Case &c : kCases) {
            const QString path = m_files.filePath(c.unit + QStringLiteral(".csv"));
            for (const QString &weight : {QStringLiteral("exact"), QStringLiteral("0.111")}) {
                const ChildRun run =
                    runChild(QStringLiteral(SUARA_BINARY_DIR "/cli/suara-ikm/suara-ikm"),
                             {path, QStringLiteral("--json"), QStringLiteral("--weight"), weight}, {}, 60'000);
                QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
                const QJsonObject out = QJsonDocument::fromJson(run.out).object();
                QCOMPARE(out.value(QStringLiteral("respondents")).toInteger(), c.n);
                if (weight == QLatin1String("exact")) {
                    QCOMPARE(fixed2(out.value(QStringLiteral("ikm_rounded")).toDouble()), c.ikm);
                    QCOMPARE(out.value(QStringLiteral("category")).toString(), c.category);
                } else {
                    QCOMPARE(fixed2(out.value(QStringLiteral("ikm_rounded")).toDouble()), c.ikm0111);
                }
            }
        }
    }

    void theApiGivesTheKnownIkm()
    {
        HttpClient http = admin();
        for (const Case &c : kCases) {
            const HttpResult r =
                http.get(QStringLiteral("/api/v1/reports/skm?unit=%1&period=%2").arg(c.unit, thisQuarter()));
            QVERIFY2(r.status == 200, r.body.constData());
            const QJsonObject skm = r.json().value(QStringLiteral("skm")).toObject();
            QCOMPARE(r.json().value(QStringLiteral("respondents")).toInteger(), c.n);
            QCOMPARE(skm.value(QStringLiteral("ikm_hundredths")).toInteger(), qRound(c.ikm.toDouble() * 100));
            QCOMPARE(fixed2(skm.value(QStringLiteral("ikm_rounded")).toDouble()), c.ikm);
            QCOMPARE(skm.value(QStringLiteral("category")).toString(), c.category);
            const QJsonObject r0111 = r.json().value(QStringLiteral("reconciliation_0111")).toObject();
            QCOMPARE(fixed2(r0111.value(QStringLiteral("ikm_rounded")).toDouble()), c.ikm0111);
        }
    }

    void theDashboardShowsTheKnownIkm()
    {
        QStringList args = {QStringLiteral(SUARA_SOURCE_DIR "/tests/integration/samenumbers/dashboard-ikm.mjs"),
                            m_fx.server().baseUrl().toString(), QStringLiteral("pusat"), kPassword};
        for (const Case &c : kCases)
            args << c.unit;
        const ChildRun run = runChild(QStringLiteral(SUARA_NODE_BIN), args, {}, 240'000);
        QVERIFY2(run.finished && run.exitCode == 0, (run.out + run.err).constData());
        const QJsonObject seen = QJsonDocument::fromJson(run.out).object();
        for (const Case &c : kCases) {
            const QJsonObject unit = seen.value(c.unit).toObject();
            // Indonesian notation: a decimal comma.
            QCOMPARE(unit.value(QStringLiteral("ikm")).toString(), QString(c.ikm).replace('.', ','));
            QCOMPARE(unit.value(QStringLiteral("category")).toString(),
                     c.category + QStringLiteral(" · ") + categoryLabel(c.category));
            QVERIFY2(unit.value(QStringLiteral("ikm0111")).toString().endsWith(QString(c.ikm0111).replace('.', ',')),
                     qPrintable(unit.value(QStringLiteral("ikm0111")).toString()));
        }
    }

    void theXlsxReadBackByLibreOfficeGivesTheKnownIkm()
    {
        download(QStringLiteral("report.xlsx"), QStringLiteral("xlsx"));
        QStringList workbooks;
        for (const Case &c : kCases)
            workbooks << m_files.filePath(c.unit + QStringLiteral(".xlsx"));
        const QString failed = convertWithLibreOffice(workbooks, m_files.path(), Sheets::Every, 300'000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        for (const Case &c : kCases) {
            const auto table = readCsvRows(m_files.filePath(c.unit + QStringLiteral("-SKM.csv")));
            QVERIFY2(table, qPrintable(QDir(m_files.path()).entryList().join(' ')));
            QHash<QString, QStringList> rows;
            for (const QStringList &row : *table)
                rows.insert(row.value(0), row);
            // The cells as LibreOffice shows them: the two-decimal number format applied.
            QCOMPARE(rows.value(QStringLiteral("IKM")).value(1), c.ikm);
            QCOMPARE(rows.value(QStringLiteral("IKM")).value(2), c.category);
            QCOMPARE(rows.value(QStringLiteral("Kategori")).value(1), c.category);
            QCOMPARE(rows.value(QStringLiteral("Responden (n)")).value(1), QString::number(c.n));
            QCOMPARE(rows.value(QStringLiteral("IKM bobot 0,111 (rekonsiliasi, tidak resmi)")).value(1), c.ikm0111);
        }
    }

    void thePdfReadBackByPopplerGivesTheKnownIkm()
    {
        download(QStringLiteral("report.pdf"), QStringLiteral("pdf"), QStringLiteral("&lang=id"));
        for (const Case &c : kCases) {
            const ChildRun text = runChild(
                QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), m_files.filePath(c.unit + QStringLiteral(".pdf")), QStringLiteral("-")}, {},
                60'000);
            QVERIFY2(text.finished && text.exitCode == 0, text.err.constData());
            const QString out = QString::fromUtf8(text.out);
            // The IKM box: the figure in Indonesian notation next to its category, and the total row
            // of the unsur table ("Jumlah NRR tertimbang … IKM category").
            const QString ikm = QString(c.ikm).replace('.', ',');
            QVERIFY2(out.contains(QRegularExpression(
                         QRegularExpression::escape(ikm) + QStringLiteral("\\s+")
                         + QRegularExpression::escape(c.category + QStringLiteral(" · ") + categoryLabel(c.category)))),
                     qPrintable(out));
            QVERIFY2(out.contains(QRegularExpression(QStringLiteral("Jumlah NRR tertimbang\\s+[0-9,]+\\s+")
                                                     + QRegularExpression::escape(ikm) + QStringLiteral("\\s+")
                                                     + c.category)),
                     qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("%1 responden").arg(c.n)), qPrintable(out));
        }
    }

    void thePosterIsRefusedBeforePublicationAndCarriesThePublishedFigures()
    {
        const Case &c = kCases.first(); // 88,31: A exactly on its boundary
        HttpClient anyone = m_fx.client();
        const QString poster = QStringLiteral("/public/units/%1/poster.pdf").arg(c.unit);
        // Nothing unpublished is public: not the poster of a unit with data, nor of a unit that does not exist.
        QCOMPARE(anyone.get(poster).status, 404);
        QCOMPARE(anyone.get(QStringLiteral("/public/units/NOPE-1/poster.pdf")).status, 404);
        QVERIFY(!anyone.get(QStringLiteral("/public/units/") + c.unit).body.contains("poster.pdf"));

        HttpClient http = admin();
        const HttpResult pub =
            http.post(QStringLiteral("/api/v1/units/%1/publications?period=%2").arg(c.unit, thisQuarter()), {});
        QVERIFY2(pub.status == 201, pub.body.constData());
        const HttpResult page = anyone.get(QStringLiteral("/public/units/") + c.unit);
        QVERIFY2(page.body.contains("href=\"/public/units/" + c.unit.toLatin1() + "/poster.pdf?lang=id\""),
                 page.body.constData());
        for (const QString &lang : {QStringLiteral("id"), QStringLiteral("en")}) {
            const HttpResult r = anyone.get(poster + QStringLiteral("?lang=") + lang);
            QCOMPARE(r.status, 200);
            QVERIFY(r.header("content-type").startsWith("application/pdf"));
            QVERIFY(r.body.startsWith("%PDF-"));
            const QString path = m_files.filePath(QStringLiteral("poster-%1.pdf").arg(lang));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(r.body), qint64(r.body.size()));
            file.close();
            const ChildRun text = runChild(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}, {}, 60'000);
            QVERIFY2(text.finished && text.exitCode == 0, text.err.constData());
            const QString out = QString::fromUtf8(text.out);
            QVERIFY2(out.contains(lang == QLatin1String("id") ? QString(c.ikm).replace('.', ',') : c.ikm),
                     qPrintable(out));
            QVERIFY2(
                out.contains(lang == QLatin1String("id") ? QStringLiteral("Sangat baik") : QStringLiteral("Very good")),
                qPrintable(out));
            QVERIFY2(out.contains(thisQuarterInWords(lang)), qPrintable(out));
            QVERIFY(out.contains(QStringLiteral("Unit ") + c.unit));
            // SUARA_EXPORT_SHOTS=DIR keeps the rendered poster (docs/screenshots/ is made this way).
            const QString keep = qEnvironmentVariable("SUARA_EXPORT_SHOTS");
            if (!keep.isEmpty()) {
                const ChildRun png =
                    runChild(QStringLiteral("pdftoppm"),
                             {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("70"),
                              QStringLiteral("-singlefile"), path, keep + QStringLiteral("/poster-route-") + lang},
                             {}, 60'000);
                QVERIFY(png.finished && png.exitCode == 0);
            }
        }
        // Withdrawn, it is gone again.
        const qint64 id = pub.json().value(QStringLiteral("id")).toInteger();
        QCOMPARE(http.post(QStringLiteral("/api/v1/units/%1/publications/%2/unpublish").arg(c.unit).arg(id), {}).status,
                 200);
        QCOMPARE(anyone.get(poster).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSameNumbers)
#include "tst_samenumbers.moc"
