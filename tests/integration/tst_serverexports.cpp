// Exports (docs/api.md "Exports"): the raw-record CSV, the XLSX workbook read back by LibreOffice,
// the PDF report read back by poppler, streamed from a temporary file that is gone afterwards, and
// every refusal — on SQLite and PostgreSQL.
#include "childprocess.h"
#include "spreadsheetreadback.h"
#include "kioskdevice.h"
#include "serverfixture.h"

#include "scoring/csvtable.h"
#include "scoring/ikm.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;
using namespace suara::testing;

namespace {
const QString kUnit = QStringLiteral("DEMO-01");
const QString kUnitName = QStringLiteral("Lapas Kelas IIA Yogyakarta");
const QString kOther = QStringLiteral("DEMO-02");
const QString kPassword = QStringLiteral("rahasia-ekspor-1");
// A comment that needs every quoting rule at once, and one a spreadsheet would run as a formula.
const QString kTrickyComment = QStringLiteral("Antri lama; petugas bilang \"tunggu\"\nbaris kedua, koma");
const QString kFormulaComment = QStringLiteral("=HYPERLINK(\"http://x\",\"klik\")");

QString ikmBinary()
{
    return QStringLiteral(SUARA_BINARY_DIR "/cli/suara-ikm/suara-ikm");
}

QByteArray bom()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QString fixed2(double v)
{
    return QString::number(v, 'f', 2);
}
} // namespace

class TestServerExports : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;
    QTemporaryDir m_serverTmp; // the server's TMPDIR: its export files must not outlive a download
    QList<Record> m_sealed;
    QString m_period;

    HttpClient as(const QString &user)
    {
        HttpClient http = m_fx.client();
        http.setBasic(user, kPassword);
        return http;
    }

    QString query(const QString &extra = {}) const
    {
        return QStringLiteral("?unit=%1&%2%3").arg(kUnit, m_period, extra.isEmpty() ? QString() : "&" + extra);
    }

    // The records of one visit: SKM answers, profile and comment, as the kiosk seals them.
    static RecordDraft skmDraft(const QList<int> &answers, const QString &comment, const QStringList &flags = {})
    {
        static const QStringList unsur = {
            QStringLiteral("persyaratan"), QStringLiteral("prosedur"),  QStringLiteral("waktu"),
            QStringLiteral("biaya"),       QStringLiteral("produk"),    QStringLiteral("kompetensi"),
            QStringLiteral("perilaku"),    QStringLiteral("pengaduan"), QStringLiteral("sarana")};
        RecordDraft d;
        d.questionnaireId = QStringLiteral("skm");
        d.questionnaireVersion = 1;
        d.unitCode = kUnit;
        d.service = QStringLiteral("kunjungan");
        d.flags = flags;
        QJsonObject a;
        for (int u = 0; u < unsur.size(); ++u)
            if (answers.at(u) > 0)
                a.insert(unsur.at(u), answers.at(u));
        d.data =
            QJsonObject{{QStringLiteral("answers"), a},
                        {QStringLiteral("scale"), QJsonObject{{QStringLiteral("min"), 1}, {QStringLiteral("max"), 4}}},
                        {QStringLiteral("profile"),
                         QJsonObject{{QStringLiteral("gender"), QStringLiteral("P")},
                                     {QStringLiteral("age"), QStringLiteral("25-34")},
                                     {QStringLiteral("education"), QStringLiteral("SMA")},
                                     {QStringLiteral("occupation"), QStringLiteral("SWASTA")}}},
                        {QStringLiteral("durationMs"), 31000}};
        if (!comment.isEmpty())
            d.data.insert(QStringLiteral("comment"), comment);
        return d;
    }

    scoring::IkmReport expected() const { return scoring::computeIkm(m_sealed, QStringLiteral("skm")); }

    QStringList leftoverExportFiles() const
    {
        return QDir(m_serverTmp.path()).entryList({QStringLiteral("suara-export-*")}, QDir::Files);
    }

    static QList<QStringList> parse(const QByteArray &csv)
    {
        QString text = QString::fromUtf8(csv);
        scoring::CsvParseError error;
        const auto table = scoring::parseCsv(text, &error);
        if (!table)
            qWarning("CSV does not parse: row %d: %s", error.row, qPrintable(error.message));
        return table ? table->rows : QList<QStringList>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_serverTmp.isValid());
        // PostgreSQL (another user) makes its cluster under TMPDIR too.
        QVERIFY(QFile::setPermissions(m_serverTmp.path(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                          | QFileDevice::ExeGroup));
        qputenv("TMPDIR", m_serverTmp.path().toLocal8Bit()); // inherited by the server process
        SUARA_SERVER_FIXTURE_SETUP(m_fx);
        QString error;
        QVERIFY2(m_fx.createUnit(kUnit, kUnitName, &error), qPrintable(error));
        QVERIFY2(m_fx.createUnit(kOther, QStringLiteral("Rutan Kelas I Surakarta"), &error), qPrintable(error));
        QVERIFY2(m_fx.createUser(QStringLiteral("pusat"), QStringLiteral("national_admin"), {}, kPassword, &error),
                 qPrintable(error));
        QVERIFY2(m_fx.createUser(QStringLiteral("admin-demo"), QStringLiteral("unit_admin"), kUnit, kPassword, &error),
                 qPrintable(error));
        QVERIFY2(m_fx.createUser(QStringLiteral("admin-lain"), QStringLiteral("unit_admin"), kOther, kPassword, &error),
                 qPrintable(error));

        HttpClient http = m_fx.client();
        KioskDevice device;
        QCOMPARE(device.enroll(http, m_fx.enrollmentCode(kUnit, &error)).status, 201);
        // 40 visits with spread answers; one leaves U4 blank, one comment needs quoting, one is a
        // formula, and one record is flagged as misuse (left out unless asked for).
        QList<RecordDraft> drafts;
        for (int i = 0; i < 40; ++i) {
            QList<int> answers;
            for (int u = 0; u < 9; ++u)
                answers << 1 + (i * 7 + u * 3) % 4 / (u == 5 ? 2 : 1) + (u == 5 ? 2 : 0);
            if (i == 3)
                answers[3] = 0;
            const QString comment = i == 1 ? kTrickyComment : i == 2 ? kFormulaComment : QString();
            drafts << skmDraft(answers, comment);
        }
        drafts << skmDraft({1, 1, 1, 1, 1, 1, 1, 1, 1}, QStringLiteral("diisi berulang"),
                           {QStringLiteral("suspected_misuse")});
        QList<Record> sealed;
        const StoreError stored = device.store().append(drafts, &sealed);
        QVERIFY2(stored.ok(), qPrintable(stored.message));
        QCOMPARE(device.push(http, sealed).status, 200);
        m_sealed = sealed;
        const QDate today = QDate::currentDate();
        m_period = QStringLiteral("from=%1&to=%2")
                       .arg(today.addDays(-1).toString(Qt::ISODate), today.addDays(1).toString(Qt::ISODate));
        QVERIFY(expected().hasIkm());
        // The follow-up the unit decided for the period, which the PDF's plan must carry.
        HttpClient admin = as(QStringLiteral("admin-demo"));
        const HttpResult followUp =
            admin.send("POST", QStringLiteral("/api/v1/units/%1/followups?%2").arg(kUnit, m_period),
                       R"({"unsur":"waktu","action":"Tambah loket pada jam sibuk","owner":"Kasubsi Registrasi",)"
                       R"("due_date":"2027-01-31","status":"in_progress"})",
                       {}, "application/json");
        QVERIFY2(followUp.status == 201, followUp.body.constData());
    }

    void csvIsUtf8WithBomAndSemicolonsByDefault()
    {
        HttpClient http = as(QStringLiteral("admin-demo"));
        const HttpResult r = http.get(QStringLiteral("/api/v1/exports/records.csv") + query());
        QCOMPARE(r.status, 200);
        QVERIFY2(r.header("content-type").startsWith("text/csv"), r.header("content-type").constData());
        QVERIFY(r.header("content-disposition").startsWith("attachment; filename=\"suara-DEMO-01-"));
        QCOMPARE(r.header("content-length").toLongLong(), qint64(r.body.size()));
        QVERIFY(r.body.startsWith(bom()));
        const QByteArray headerLine = r.body.mid(3, r.body.indexOf("\r\n") - 3);
        QVERIFY2(headerLine.contains("record_id;device_id;seq;"), headerLine.constData());
        QVERIFY(headerLine.contains(";persyaratan;prosedur;waktu;biaya;produk;kompetensi;perilaku;pengaduan;sarana;"));
        const QList<QStringList> rows = parse(r.body);
        QCOMPARE(rows.size(), 1 + 40); // the misuse-flagged record is left out
        QCOMPARE(leftoverExportFiles(), QStringList());
    }

    void csvQuotesSeparatorsQuotesAndNewlinesAndDefusesFormulas()
    {
        HttpClient http = as(QStringLiteral("admin-demo"));
        for (const QString &sep : {QStringLiteral(";"), QStringLiteral(",")}) {
            const HttpResult r = http.get(QStringLiteral("/api/v1/exports/records.csv")
                                          + query("sep=" + QString::fromLatin1(QUrl::toPercentEncoding(sep))));
            QCOMPARE(r.status, 200);
            QVERIFY(r.body.mid(3, 20).startsWith("record_id" + sep.toLatin1() + "device_id"));
            // The raw bytes: RFC 4180 quoting, doubled quotes, the line break kept inside the cell.
            QVERIFY2(r.body.contains("\"Antri lama; petugas bilang \"\"tunggu\"\"\nbaris kedua, koma\""),
                     r.body.left(2000).constData());
            const QList<QStringList> rows = parse(r.body);
            QCOMPARE(rows.size(), 41);
            const int comment = int(rows.at(0).indexOf(QStringLiteral("comment")));
            QVERIFY(comment > 0);
            QStringList comments;
            for (const QStringList &row : rows.mid(1))
                comments << row.value(comment);
            QVERIFY2(comments.contains(kTrickyComment), qPrintable(comments.join('|')));
            QVERIFY(comments.contains("'" + kFormulaComment));
            QVERIFY(!comments.contains(kFormulaComment));
            // Plain text is not prefixed: the normal case is not taken for an attack.
            QVERIFY(!r.body.contains("'kunjungan"));
        }
    }

    void suaraIkmReadsTheCsvAndGivesTheSameIkm()
    {
        HttpClient http = as(QStringLiteral("pusat"));
        const HttpResult r = http.get(QStringLiteral("/api/v1/exports/records.csv") + query());
        QCOMPARE(r.status, 200);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("records.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(r.body), qint64(r.body.size()));
        file.close();
        const ChildRun run = runChild(ikmBinary(), {path, QStringLiteral("--json")}, {}, 60'000);
        QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
        const QJsonObject out = QJsonDocument::fromJson(run.out).object();
        const scoring::IkmReport want = expected();
        QCOMPARE(fixed2(out.value(QStringLiteral("ikm_rounded")).toDouble()), fixed2(*want.ikmRounded()));
        QCOMPARE(out.value(QStringLiteral("category")).toString(), scoring::categoryLetter(*want.category));
        QCOMPARE(out.value(QStringLiteral("respondents")).toInteger(), want.respondents);
    }

    void misuseRecordsOnlyWhenAskedFor()
    {
        HttpClient http = as(QStringLiteral("admin-demo"));
        const HttpResult r = http.get(QStringLiteral("/api/v1/exports/records.csv") + query("include_misuse=1"));
        QCOMPARE(r.status, 200);
        const QList<QStringList> rows = parse(r.body);
        QCOMPARE(rows.size(), 1 + 41);
        QVERIFY(r.body.contains("suspected_misuse"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        for (const QString &file :
             {QStringLiteral("records.csv"), QStringLiteral("report.xlsx"), QStringLiteral("report.pdf")}) {
            const QString base = QStringLiteral("/api/v1/exports/") + file;
            QTest::addRow("%s unauthenticated", qPrintable(file))
                << QString() << base + "?unit=DEMO-01&period=2026" << 401 << "unauthorized"
                << "";
            QTest::addRow("%s other unit", qPrintable(file))
                << "admin-lain" << base + "?unit=DEMO-01&period=2026" << 403 << "forbidden"
                << "";
            QTest::addRow("%s other unit subtree", qPrintable(file))
                << "admin-lain" << base + "?unit=DEMO-01&subtree=1&period=2026" << 403 << "forbidden"
                << "";
            QTest::addRow("%s bad period", qPrintable(file))
                << "admin-demo" << base + "?unit=DEMO-01&period=2026-Q5" << 400 << "invalid_field"
                << "2026-Q3";
            QTest::addRow("%s reversed dates", qPrintable(file))
                << "admin-demo" << base + "?unit=DEMO-01&from=" + today + "&to=2020-01-01" << 400 << "invalid_field"
                << "before";
            QTest::addRow("%s no period", qPrintable(file))
                << "admin-demo" << base + "?unit=DEMO-01" << 400 << "invalid_field"
                << "period";
            QTest::addRow("%s service filter", qPrintable(file))
                << "admin-demo" << base + "?unit=DEMO-01&period=2026&service=kunjungan" << 400 << "invalid_field"
                << "every service";
            QTest::addRow("%s unknown unit", qPrintable(file))
                << "pusat" << base + "?unit=NOPE-9&period=2026" << 404 << "not_found"
                << "";
        }
        QTest::addRow("csv bad separator")
            << "admin-demo"
            << "/api/v1/exports/records.csv?unit=DEMO-01&period=2026&sep=%7C" << 400 << "invalid_field"
            << "sep";
        QTest::addRow("pdf bad language")
            << "admin-demo"
            << "/api/v1/exports/report.pdf?unit=DEMO-01&period=2026&lang=fr" << 400 << "invalid_field"
            << "lang";
    }

    void refusals()
    {
        QFETCH(QString, user);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        HttpClient http = user.isEmpty() ? m_fx.client() : as(user);
        const HttpResult r = http.get(path);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QVERIFY(r.header("content-type").startsWith("application/json"));
        const QString said =
            r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(said.contains(message), qPrintable(said));
        QCOMPARE(leftoverExportFiles(), QStringList());
    }

    void xlsxReadBackByLibreOfficeGivesTheSameNumbers()
    {
        HttpClient http = as(QStringLiteral("admin-demo"));
        const HttpResult r = http.get(QStringLiteral("/api/v1/exports/report.xlsx") + query());
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.startsWith("PK\x03\x04"));
        QCOMPARE(r.header("content-length").toLongLong(), qint64(r.body.size()));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("report.xlsx")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(r.body), qint64(r.body.size()));
        file.close();
        const QString failed = convertWithLibreOffice({file.fileName()}, dir.path(), Sheets::Every);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const auto sheet = [&](const QString &name) {
            const auto rows = readCsvRows(dir.filePath(QStringLiteral("report-%1.csv").arg(name)));
            if (!rows)
                qWarning("no sheet %s among %s", qPrintable(name), qPrintable(QDir(dir.path()).entryList().join(' ')));
            return rows.value_or(QList<QStringList>());
        };
        const scoring::IkmReport want = expected();
        const QList<QStringList> skm = sheet(QStringLiteral("SKM"));
        QVERIFY(!skm.isEmpty());
        QString ikm, category, n;
        QHash<QString, QString> nrr;
        for (const QStringList &row : skm) {
            if (row.value(0) == QLatin1String("IKM"))
                ikm = row.value(1);
            else if (row.value(0) == QLatin1String("Kategori"))
                category = row.value(1);
            else if (row.value(0) == QLatin1String("Responden (n)"))
                n = row.value(1);
            else if (want.find(row.value(0)))
                nrr.insert(row.value(0), row.value(7));
        }
        QCOMPARE(ikm, fixed2(*want.ikmRounded()));
        QCOMPARE(category, scoring::categoryLetter(*want.category));
        QCOMPARE(n, QString::number(want.respondents));
        for (const scoring::UnsurResult &u : want.unsur)
            QCOMPARE(nrr.value(u.key), fixed2(*u.nrr));
        const QList<QStringList> data = sheet(QStringLiteral("Data"));
        QCOMPARE(data.size(), 1 + 40);
        const QList<QStringList> profile = sheet(QStringLiteral("Profil"));
        bool women = false;
        for (const QStringList &row : profile)
            women = women
                || (row.value(0) == QLatin1String("gender") && row.value(1) == QLatin1String("P")
                    && row.value(2) == QLatin1String("40"));
        QVERIFY(women);
        QCOMPARE(leftoverExportFiles(), QStringList());
    }

    void pdfCarriesTheFiguresInBothLanguages_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QChar>("decimal");
        // What the plan and the profile say in the report's language: the follow-up's status and due day,
        // and the visitors' answers in the words the kiosk showed them (stored as P, SMA, SWASTA).
        QTest::addColumn<QStringList>("words");
        QTest::newRow("id") << "id"
                            << "LAPORAN SURVEI KEPUASAN MASYARAKAT" << QChar(',')
                            << QStringList{"Berjalan", "31 Januari 2027", "Perempuan", "SMA/SMK", "Pegawai swasta"};
        QTest::newRow("en") << "en"
                            << "PUBLIC SATISFACTION SURVEY REPORT" << QChar('.')
                            << QStringList{"In progress", "31 January 2027", "Female", "Senior high (SMA/SMK)",
                                           "Private employee"};
    }

    void pdfCarriesTheFiguresInBothLanguages()
    {
        QFETCH(QString, lang);
        QFETCH(QString, title);
        QFETCH(QChar, decimal);
        QFETCH(QStringList, words);
        HttpClient http = as(QStringLiteral("admin-demo"));
        const HttpResult r =
            http.get(QStringLiteral("/api/v1/exports/report.pdf") + query("lang=" + lang + "&population=120"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.startsWith("%PDF-"));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("report.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(r.body), qint64(r.body.size()));
        file.close();
        const ChildRun text = runChild(QStringLiteral("pdftotext"),
                                       {QStringLiteral("-layout"), file.fileName(), QStringLiteral("-")}, {}, 60'000);
        QVERIFY2(text.finished && text.exitCode == 0, text.err.constData());
        const QString out = QString::fromUtf8(text.out);
        const scoring::IkmReport want = expected();
        QVERIFY2(out.contains(title), qPrintable(out));
        QVERIFY(out.contains(kUnitName));
        QVERIFY2(out.contains(fixed2(*want.ikmRounded()).replace('.', decimal)), qPrintable(out));
        QVERIFY(out.contains(scoring::categoryLabel(*want.category).text(lang)));
        QVERIFY(out.contains(QStringLiteral("%1 respon").arg(want.respondents)));
        QVERIFY2(out.contains(QStringLiteral("92")), qPrintable(out)); // Krejcie–Morgan minimum for 120
        // The plan holds the action the unit recorded, with its owner, and not only the proposed unsur.
        QVERIFY2(out.contains(QStringLiteral("Tambah loket pada jam sibuk")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Kasubsi Registrasi")));
        for (const QString &w : words)
            QVERIFY2(out.contains(w), qPrintable(w + QStringLiteral(" not in:\n") + out));
        // No stored code where a word belongs, and the period named in words, not as its key.
        QVERIFY2(
            !QRegularExpression(QStringLiteral("^\\s*(P|SMA|SWASTA)\\s+40\\s*$"), QRegularExpression::MultilineOption)
                 .match(out)
                 .hasMatch(),
            qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("..")), qPrintable(out));
        const ChildRun png = runChild(QStringLiteral("pdftoppm"),
                                      {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                       file.fileName(), dir.filePath(QStringLiteral("page"))},
                                      {}, 60'000);
        QVERIFY2(png.finished && png.exitCode == 0, png.err.constData());
        const QStringList pages = QDir(dir.path()).entryList({QStringLiteral("page*.png")});
        QVERIFY2(!pages.isEmpty(), "pdftoppm rendered no page");
        // SUARA_EXPORT_SHOTS=DIR keeps the rendered pages (docs/screenshots/ is made this way).
        const QString keep = qEnvironmentVariable("SUARA_EXPORT_SHOTS");
        if (!keep.isEmpty()) {
            const ChildRun big = runChild(QStringLiteral("pdftoppm"),
                                          {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                                           file.fileName(), keep + QStringLiteral("/report-pdf-") + lang},
                                          {}, 60'000);
            QVERIFY(big.finished && big.exitCode == 0);
        }
        QCOMPARE(leftoverExportFiles(), QStringList());
    }

    // A failure while writing is a JSON error, never a file that looks complete.
    void aFailedWriteIsAJsonErrorNotAFile()
    {
        // A TMPDIR that is a file: the export file cannot be created, as on a full or broken disk.
        QFile notADir(m_serverTmp.filePath(QStringLiteral("not-a-directory")));
        QVERIFY(notADir.open(QIODevice::WriteOnly));
        notADir.close();
        QCOMPARE(m_fx.server().terminate(), 0);
        qputenv("TMPDIR", notADir.fileName().toLocal8Bit());
        QString error;
        const bool started = m_fx.server().start(&error);
        qputenv("TMPDIR", m_serverTmp.path().toLocal8Bit());
        QVERIFY2(started, qPrintable(error));
        HttpClient http = as(QStringLiteral("admin-demo"));
        const HttpResult r = http.get(QStringLiteral("/api/v1/exports/records.csv") + query());
        QCOMPARE(r.status, 500);
        QCOMPARE(r.errorCode(), QStringLiteral("internal"));
        QVERIFY(r.header("content-disposition").isEmpty());
        QVERIFY2(r.json().value("error").toObject().value("message").toString().contains("could not be written"),
                 r.body.constData());
        QCOMPARE(m_fx.server().terminate(), 0);
        QVERIFY(notADir.remove());
        QVERIFY2(m_fx.server().start(&error), qPrintable(error));
    }

    // Last: it adds 60,000 records. A client that stops reading and goes away mid-download leaves no
    // file behind; while it is connected, the server holds the file, not the whole download in memory.
    void aClientThatGoesAwayLeavesNoFile()
    {
        const QString device = m_sealed.first().json().value(QStringLiteral("device")).toString();
        const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QString body =
            QStringLiteral(
                R"({"data":{"answers":{"waktu":3},"comment":"%1"},"flags":[],"q":{"id":"skm","version":1},"tz":0,"type":"response"})")
                .arg(QString(200, QLatin1Char('x')));
        QVERIFY(m_fx.execute(
            QStringLiteral("INSERT INTO records (device_id, record_id, seq, type, unit_code, captured_at, received_at,"
                           " source, body, prev_hash, hash, sig)"
                           " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000)"
                           " SELECT ?, 'bulk-' || i, 100000 + i, 'response', ?, ?, ?, 'push', ?, 'p', 'h', 's' FROM n"),
            {device, kUnit, at, at, body}));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_fx.server().port());
        QVERIFY(socket.waitForConnected(10'000));
        socket.setReadBufferSize(64 * 1024); // and then it stops reading: TCP holds the server back
        const QByteArray auth = "Basic " + QStringLiteral("admin-demo:%1").arg(kPassword).toUtf8().toBase64();
        socket.write("GET /api/v1/exports/records.csv" + query().toUtf8()
                     + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + auth + "\r\n\r\n");
        QVERIFY(socket.waitForBytesWritten(10'000));
        QVERIFY(socket.bytesAvailable() > 0 || socket.waitForReadyRead(120'000)); // once the file is written
        const QByteArray head = socket.peek(4096);
        QVERIFY2(head.startsWith("HTTP/1.1 200"), head.left(300).constData());
        const qint64 length = QRegularExpression(QStringLiteral("Content-Length: (\\d+)"))
                                  .match(QString::fromLatin1(head))
                                  .captured(1)
                                  .toLongLong();
        QVERIFY2(length > 16'000'000, qPrintable(QString::number(length)));
        QCOMPARE(leftoverExportFiles().size(), 1); // still being sent from its file
        socket.abort();
        QTRY_COMPARE_WITH_TIMEOUT(leftoverExportFiles(), QStringList(), 30'000);
    }

    void aSubtreeExportHoldsEveryUnitBelow()
    {
        // A regional office above the demo unit: its own export is empty, its subtree's holds the unit's.
        QString error;
        QVERIFY2(m_fx.createUnit(QStringLiteral("KW-EX"), QStringLiteral("Kanwil Ekspor"), &error), qPrintable(error));
        const auto moved = m_fx.server().cli({"move-unit", "--code", kUnit, "--parent", "KW-EX"});
        QVERIFY2(moved.exitCode == 0, moved.err.constData());
        QVERIFY2(m_fx.createUser(QStringLiteral("admin-kw"), QStringLiteral("unit_admin"), QStringLiteral("KW-EX"),
                                 kPassword, &error),
                 qPrintable(error));
        HttpClient http = as(QStringLiteral("admin-kw"));
        const QString base = QStringLiteral("/api/v1/exports/records.csv?unit=KW-EX&") + m_period;
        const HttpResult own = http.get(base);
        QCOMPARE(own.status, 200);
        QCOMPARE(parse(own.body).size(), 1); // the header only: the Kanwil has no kiosk of its own
        const HttpResult tree = http.get(base + QStringLiteral("&subtree=1"));
        QCOMPARE(tree.status, 200);
        // Exactly the demo unit's rows (its 40 visits and whatever earlier tests added), header apart.
        const HttpResult unit =
            as(QStringLiteral("admin-demo")).get(QStringLiteral("/api/v1/exports/records.csv") + query());
        QCOMPARE(unit.status, 200);
        QVERIFY(parse(unit.body).size() >= 1 + 40);
        QCOMPARE(parse(tree.body).size(), parse(unit.body).size());
    }
};

QTEST_GUILESS_MAIN(TestServerExports)
#include "tst_serverexports.moc"
