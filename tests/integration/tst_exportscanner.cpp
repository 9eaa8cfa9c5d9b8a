// The export's byte scanner against its reference (server/exports/bodyscanner, RecordColumns): for
// every body the kiosk writes and for thousands of random ones, canonical or not, the cells read in
// place are byte for byte the cells of the QJsonDocument path, and so are tz and the misuse flag. And
// the other shortcuts of the export's row: captured_local and the local day from numbers against
// QDateTime, the CSV row writer against the cell encoder.
#include "exportstore.h"

#include "db/database.h"
#include "db/schema.h"
#include "domain/record.h"
#include "exports/bodyscanner.h"
#include "exports/csvwriter.h"
#include "exports/recordcolumns.h"
#include "exports/recordsource.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;
using namespace suara::recordexport;

namespace {
const QStringList kUnsur = {QStringLiteral("persyaratan"), QStringLiteral("prosedur"),  QStringLiteral("waktu"),
                            QStringLiteral("biaya"),       QStringLiteral("produk"),    QStringLiteral("kompetensi"),
                            QStringLiteral("perilaku"),    QStringLiteral("pengaduan"), QStringLiteral("sarana")};

ExportRecord recordOf(const QByteArray &body, int *tz)
{
    ExportRecord r;
    r.body = body;
    *tz = readBody(r);
    r.recordId = "3f2c1a9e-0000-4000-8000-000000000001";
    r.deviceId = "dev-1";
    r.seq = 42;
    r.type = "response";
    r.receivedAt = "2026-07-14T02:12:03.000Z";
    r.captured = QDateTime(QDate(2026, 7, 14), QTime(9, 12, 3), Qt::OffsetFromUTC,
                           *tz == kNotAnObject || std::abs(*tz) > recordformat::kMaxTzMinutes ? 0 : (*tz) * 60);
    return r;
}

// What the reference path makes of `body`: its cells, tz and flag, straight from QJsonDocument.
struct Reference
{
    QList<QByteArray> cells;
    int tz = 0;
    bool misuse = false;
};

Reference reference(const RecordColumns &columns, const ExportRecord &r)
{
    const QJsonObject json = QJsonDocument::fromJson(r.body).object();
    Reference out;
    for (const QString &c : columns.referenceCells(r, json))
        out.cells << c.toUtf8();
    out.tz = json.value(QLatin1String("tz")).toInt();
    out.misuse = json.value(QLatin1String("flags")).toArray().contains(QJsonValue(flags::kSuspectedMisuse));
    return out;
}

// Compares the two paths on one body; "" when they agree, else what differs.
QString differences(const RecordColumns &columns, const QByteArray &body)
{
    int tz = 0;
    const ExportRecord r = recordOf(body, &tz);
    if (tz == kNotAnObject)
        return QJsonDocument::fromJson(body).isObject() ? QStringLiteral("refused a JSON object") : QString();
    const Reference want = reference(columns, r);
    CellRow row;
    columns.fill(r, row);
    QStringList out;
    if (tz != want.tz)
        out << QStringLiteral("tz %1, reference %2").arg(tz).arg(want.tz);
    if (r.misuse != want.misuse)
        out << QStringLiteral("misuse %1, reference %2").arg(r.misuse).arg(want.misuse);
    for (int c = 0; c < row.size(); ++c)
        if (row.cell(c) != QByteArrayView(want.cells.at(c)))
            out << QStringLiteral("%1: \"%2\", reference \"%3\"")
                       .arg(columns.header().at(c), QString::fromUtf8(row.cell(c).toByteArray()),
                            QString::fromUtf8(want.cells.at(c)));
    return out.isEmpty() ? QString()
                         : out.join(QStringLiteral("; ")) + QStringLiteral(" in ") + QString::fromUtf8(body);
}

RecordDraft skm(const QList<int> &answers, const QJsonObject &extra = {})
{
    RecordDraft d;
    d.questionnaireId = QStringLiteral("skm");
    d.questionnaireVersion = 1;
    d.unitCode = QStringLiteral("LPYK-01");
    d.service = QStringLiteral("kunjungan");
    QJsonObject a;
    for (int u = 0; u < answers.size(); ++u)
        if (answers.at(u) > 0)
            a.insert(kUnsur.at(u), answers.at(u));
    d.data = QJsonObject{{QStringLiteral("answers"), a},
                         {QStringLiteral("scale"), QJsonObject{{QStringLiteral("min"), 1}, {QStringLiteral("max"), 4}}},
                         {QStringLiteral("durationMs"), 31000}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        d.data.insert(it.key(), it.value());
    return d;
}

QByteArray bodyOf(const RecordDraft &d, qint64 seq = 7)
{
    return recordformat::body(d, QStringLiteral("3f2c1a9e-0000-4000-8000-%1").arg(seq, 12, 10, QLatin1Char('0')),
                              QStringLiteral("dev-1"), seq);
}

// Random JSON values: every type, strings with quotes, escapes, control characters, non-ASCII and
// astral characters, integers around the 15-digit and int limits, fractions and exponents.
class Random
{
public:
    explicit Random(quint32 seed)
        : m_rng(seed)
    {
    }
    int below(int n) { return int(m_rng.bounded(n)); }
    QString string()
    {
        // Mostly what QJsonDocument writes as is or with \" \\ \n \r \t; now and then a character it
        // writes as \u00XX or that the scanner leaves to the reference (noncharacters).
        static const QList<char32_t> easy = {U'a',  U'Z',  U'0', U' ', U';', U',', U'"',   U'\\',  U'/',    U'\n',
                                             U'\r', U'\t', 0x7F, U'=', U'-', 0xE9, 0x2028, 0xFFFD, 0x1F600, 0x4E2D};
        static const QList<char32_t> hard = {0x01, 0x1F, 0x08, 0x0C, 0xFDD0, 0xFFFE, 0x10FFFF};
        QString s;
        const int n = below(12);
        for (int i = 0; i < n; ++i) {
            const bool rare = below(60) == 0;
            const char32_t c = rare ? hard.at(below(int(hard.size()))) : easy.at(below(int(easy.size())));
            s += QString::fromUcs4(&c, 1);
        }
        return s;
    }
    QJsonValue scalar()
    {
        const int kind = below(40);
        if (kind < 15)
            return string();
        if (kind < 30)
            return below(5);
        switch (kind - 19) {
        case 11:
            return qint64(m_rng.generate64() % 2'000'000'000'000'000LL) - 1'000'000'000'000'000LL;
        case 12:
            return double(below(1000)) / 8.0;
        case 13:
            return 1e300 * below(3);
        case 14:
            return below(2) == 0;
        case 15:
            return QJsonValue::Null;
        case 16:
            return qint64(std::numeric_limits<int>::max()) + below(3) - 1;
        case 17:
            return qint64(999'999'999'999'999LL) + below(3) - 1;
        default:
            return QJsonValue(double(below(7)) - 3.0);
        }
    }
    QJsonValue value(int depth)
    {
        const int kind = depth > 2 ? 0 : below(5);
        if (kind == 3) {
            QJsonArray a;
            for (int i = below(4); i > 0; --i)
                a.append(value(depth + 1));
            return a;
        }
        if (kind == 4)
            return object(depth + 1, {});
        return scalar();
    }
    // A key: mostly a plain word (as every real key is), sometimes any string (left to the reference).
    QString key()
    {
        return below(100) == 0 ? string() : QStringLiteral("k%1_%2").arg(below(30)).arg(QChar(u'A' + below(26)));
    }
    QJsonObject object(int depth, const QStringList &keys)
    {
        QJsonObject o;
        for (int i = below(5); i > 0; --i)
            o.insert(keys.isEmpty() || below(4) == 0 ? key() : keys.at(below(int(keys.size()))), value(depth));
        return o;
    }
    // A body with the record's keys, each usually of its own type, sometimes of any other.
    QJsonObject body()
    {
        const auto maybe = [&](const QJsonValue &usual) { return below(6) == 0 ? value(1) : usual; };
        QJsonObject answers;
        for (const QString &k : kUnsur)
            if (below(4) != 0)
                answers.insert(k, maybe(1 + below(4)));
        for (int i = below(3); i > 0; --i)
            answers.insert(key(), scalar());
        QJsonObject profile = object(2,
                                     {QStringLiteral("gender"), QStringLiteral("age"), QStringLiteral("education"),
                                      QStringLiteral("occupation")});
        QJsonObject data =
            object(2, {QStringLiteral("scale"), QStringLiteral("durationMs"), QStringLiteral("statement")});
        data.insert(QStringLiteral("answers"), maybe(answers));
        data.insert(QStringLiteral("profile"), maybe(profile));
        if (below(2) == 0)
            data.insert(QStringLiteral("comment"), maybe(string()));
        static const QStringList qids = {QStringLiteral("skm"), QStringLiteral("spkp"), QStringLiteral("spak"),
                                         QStringLiteral("x")};
        QJsonArray flagList;
        for (int i = below(3); i > 0; --i)
            flagList.append(below(2) == 0 ? QJsonValue(flags::kSuspectedMisuse) : value(2));
        return QJsonObject{{QStringLiteral("v"), 1},
                           {QStringLiteral("tz"), maybe(QJsonValue(below(2) == 0 ? 420 : -below(720)))},
                           {QStringLiteral("service"), maybe(string())},
                           {QStringLiteral("q"),
                            maybe(QJsonObject{{QStringLiteral("id"), maybe(qids.at(below(4)))},
                                              {QStringLiteral("version"), maybe(1 + below(3))}})},
                           {QStringLiteral("flags"), maybe(flagList)},
                           {QStringLiteral("data"), maybe(data)},
                           {key(), value(1)}};
    }
    // Valid JSON QJsonDocument does not write: whitespace, \u and \/ escapes, unsorted keys, 1.0.
    QByteArray uncanonical(const QByteArray &compact)
    {
        QByteArray out = compact;
        switch (below(5)) {
        case 0:
            return QJsonDocument::fromJson(compact).toJson(QJsonDocument::Indented);
        case 1:
            out.replace("\"a", "\"\\u0061");
            return out;
        case 2:
            out.replace("\"v\":1", "\"v\":1.0");
            return out;
        case 3:
            out.replace("{\"", "{\"zz\":0,\"");
            return out;
        default:
            out.replace("\"", " \"");
            return out;
        }
    }

private:
    QRandomGenerator m_rng;
};
} // namespace

class TestExportScanner : public QObject
{
    Q_OBJECT

    const RecordColumns m_columns;

private slots:
    void everyKindOfKioskBodyIsReadInPlaceLikeTheReference_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QJsonObject profile{{QStringLiteral("gender"), QStringLiteral("P")},
                                  {QStringLiteral("age"), QStringLiteral("25-34")},
                                  {QStringLiteral("education"), QStringLiteral("S1")},
                                  {QStringLiteral("occupation"), QStringLiteral("PNS")}};
        QTest::newRow("skm, all nine") << bodyOf(
            skm({4, 3, 3, 4, 3, 3, 4, 3, 3}, {{QStringLiteral("profile"), profile}}));
        QTest::newRow("skm, one blank") << bodyOf(skm({4, 3, 3, 0, 3, 3, 4, 3, 3}));
        QTest::newRow("comment to quote")
            << bodyOf(skm({2, 2, 2, 2, 2, 2, 2, 2, 2},
                          {{QStringLiteral("comment"), QStringLiteral("Antri lama; \"tunggu\"\nbaris, dua\t\\ é 😀")}}));
        QTest::newRow("formula comment") << bodyOf(
            skm({1, 1, 1, 1, 1, 1, 1, 1, 1}, {{QStringLiteral("comment"), QStringLiteral("=1+1")}}));
        RecordDraft flagged =
            skm({1, 1, 1, 1, 1, 1, 1, 1, 1}, {{QStringLiteral("misuse"), QJsonArray{QStringLiteral("too_fast")}}});
        flagged.flags = {flags::kSuspectedMisuse};
        QTest::newRow("misuse") << bodyOf(flagged);
        RecordDraft spkp = skm({});
        spkp.questionnaireId = QStringLiteral("spkp");
        spkp.data[QStringLiteral("answers")] = QJsonObject{
            {QStringLiteral("waktu"), 5}, {QStringLiteral("informasi"), 6}, {QStringLiteral("tidak_dikenal"), 2}};
        spkp.data[QStringLiteral("scale")] = QJsonObject{{QStringLiteral("min"), 1}, {QStringLiteral("max"), 6}};
        QTest::newRow("spkp, unknown item") << bodyOf(spkp);
        RecordDraft ack;
        ack.type = RecordType::GratificationAck;
        ack.unitCode = QStringLiteral("LPYK-01");
        ack.data = QJsonObject{{QStringLiteral("statement"), QStringLiteral("reward_requested")},
                               {QStringLiteral("statementText"), QStringLiteral("Saya dimintai imbalan")},
                               {QStringLiteral("report"),
                                QJsonObject{{QStringLiteral("kind"), QStringLiteral("asked")},
                                            {QStringLiteral("what"), QStringLiteral("money")},
                                            {QStringLiteral("when"), QStringLiteral("today")},
                                            {QStringLiteral("counter"), QStringLiteral("Loket 2")}}}};
        QTest::newRow("gratification report") << bodyOf(ack);
        RecordDraft west = skm({3, 3, 3, 3, 3, 3, 3, 3, 3});
        west.capturedAt = QDateTime(QDate(2026, 9, 30), QTime(23, 30), Qt::OffsetFromUTC, -5 * 3600);
        QTest::newRow("negative offset") << bodyOf(west);
    }

    void everyKindOfKioskBodyIsReadInPlaceLikeTheReference()
    {
        QFETCH(QByteArray, body);
        int tz = 0;
        const ExportRecord r = recordOf(body, &tz);
        QVERIFY2(r.canonical, body.constData()); // the kiosk's own bodies must take the fast path
        const QString diff = differences(m_columns, body);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void theSkmCellsAreTheAnswers()
    {
        // Not only equal to the reference: right. A row a user would check by eye.
        int tz = 0;
        const ExportRecord r = recordOf(
            bodyOf(skm({4, 3, 2, 1, 4, 3, 2, 1, 4}, {{QStringLiteral("comment"), QStringLiteral("ok")}})), &tz);
        CellRow row;
        m_columns.fill(r, row);
        const auto at = [&](const QString &name) {
            return row.cell(int(m_columns.header().indexOf(name))).toByteArray();
        };
        QCOMPARE(tz, QDateTime::currentDateTime().offsetFromUtc() / 60);
        QCOMPARE(at(QStringLiteral("questionnaire_id")), QByteArray("skm"));
        QCOMPARE(at(QStringLiteral("waktu")), QByteArray("2"));
        QCOMPARE(at(QStringLiteral("sarana")), QByteArray("4"));
        QCOMPARE(at(QStringLiteral("comment")), QByteArray("ok"));
        QCOMPARE(at(QStringLiteral("other_data")), QByteArray(R"({"durationMs":31000,"scale":{"max":4,"min":1}})"));
        QCOMPARE(at(QStringLiteral("other_answers")), QByteArray());
    }

    void randomBodiesCanonicalOrNotGiveTheReferenceCells()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        Random random(seed);
        int canonical = 0;
        for (int i = 0; i < 5000; ++i) {
            const QByteArray compact = QJsonDocument(random.body()).toJson(QJsonDocument::Compact);
            const QByteArray body = i % 4 == 3 ? random.uncanonical(compact) : compact;
            int tz = 0;
            canonical += recordOf(body, &tz).canonical ? 1 : 0;
            const QString diff = differences(m_columns, body);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(diff)));
        }
        qInfo("%d of 5000 random bodies read in place", canonical);
        // Both paths were exercised: most bodies are read in place, the bent ones are not.
        QVERIFY2(canonical > 1500 && canonical < 3750, qPrintable(QString::number(canonical)));
    }

    void uncanonicalBodiesAreNeverReadInPlace_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("space") << QByteArray(R"({"a": 1})");
        QTest::newRow("unsorted") << QByteArray(R"({"b":1,"a":2})");
        QTest::newRow("duplicate") << QByteArray(R"({"a":1,"a":2})");
        QTest::newRow("u escape") << QByteArray(R"({"a":"\u0041"})");
        QTest::newRow("slash escape") << QByteArray(R"({"a":"\/"})");
        QTest::newRow("fraction") << QByteArray(R"({"a":1.5})");
        QTest::newRow("exponent") << QByteArray(R"({"a":1e2})");
        QTest::newRow("minus zero") << QByteArray(R"({"a":-0})");
        QTest::newRow("16 digits") << QByteArray(R"({"a":1234567890123456})");
        QTest::newRow("leading zero") << QByteArray(R"({"a":01})");
        QTest::newRow("overlong utf-8") << QByteArray("{\"a\":\"\xC0\xAF\"}");
        QTest::newRow("surrogate") << QByteArray("{\"a\":\"\xED\xA0\x80\"}");
        QTest::newRow("raw newline") << QByteArray("{\"a\":\"\n\"}");
        QTest::newRow("trailing") << QByteArray(R"({"a":1}x)");
        QTest::newRow("array") << QByteArray(R"([1])");
        QTest::newRow("cut") << QByteArray(R"({"a":{"b":1})");
    }

    void uncanonicalBodiesAreNeverReadInPlace()
    {
        QFETCH(QByteArray, body);
        JsonBody scanned;
        QVERIFY(!scanned.scan(body));
        const QString diff = differences(m_columns, body);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // captured_local is formatted from the instant and the offset as numbers: it must say what
    // QDateTime says at that offset, whatever the era, the sign of the offset or the day it moves to.
    void capturedLocalIsTheDevicesWallClock_data()
    {
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<int>("offsetMinutes");
        const QDateTime t(QDate(2026, 7, 14), QTime(2, 12, 3, 456), Qt::UTC);
        QTest::newRow("west of UTC") << t << -180;
        QTest::newRow("east of UTC") << t << 420;
        QTest::newRow("UTC") << t << 0;
        QTest::newRow("half hours") << t << 330;
        QTest::newRow("a day later, +14:00") << QDateTime(QDate(2026, 12, 31), QTime(10, 0), Qt::UTC) << 840;
        QTest::newRow("a day earlier, -12:00") << QDateTime(QDate(2027, 1, 1), QTime(11, 59, 59, 999), Qt::UTC) << -720;
        QTest::newRow("leap day") << QDateTime(QDate(2024, 2, 28), QTime(20, 0), Qt::UTC) << 420;
        QTest::newRow("not a leap century") << QDateTime(QDate(2100, 2, 28), QTime(20, 0), Qt::UTC) << 420;
        QTest::newRow("a leap century") << QDateTime(QDate(2000, 2, 29), QTime(23, 30), Qt::UTC) << 60;
        QTest::newRow("the epoch, west") << QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC) << -1;
        QTest::newRow("before the epoch") << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 1), Qt::UTC) << 0;
        QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC) << 0;
        QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC) << 0;
    }

    void capturedLocalIsTheDevicesWallClock()
    {
        QFETCH(QDateTime, utc);
        QFETCH(int, offsetMinutes);
        int tz = 0;
        ExportRecord r = recordOf(bodyOf(skm({4, 3, 2, 1, 4, 3, 2, 1, 4}, {})), &tz);
        r.captured = CapturedTime(utc.toMSecsSinceEpoch(), offsetMinutes * 60);
        const QDateTime local = utc.toOffsetFromUtc(offsetMinutes * 60);
        const int a = std::abs(offsetMinutes);
        const QString expected = local.date().toString(Qt::ISODate) + QLatin1Char('T')
            + local.time().toString(QStringLiteral("HH:mm:ss")) + (offsetMinutes < 0 ? u'-' : u'+')
            + QStringLiteral("%1:%2").arg(a / 60, 2, 10, QLatin1Char('0')).arg(a % 60, 2, 10, QLatin1Char('0'));
        QCOMPARE(r.captured.localDay(), local.date().toJulianDay() - QDate(1970, 1, 1).toJulianDay());
        CellRow row;
        m_columns.fill(r, row);
        const int column = int(m_columns.header().indexOf(QStringLiteral("captured_local")));
        QCOMPARE(row.cell(column).toByteArray(), expected.toLatin1());
        QCOMPARE(m_columns.referenceCells(r, r.object()).at(column), expected);
    }

    // A record belongs to the day of its capture in the device's local time, not to its UTC day: at
    // both ends of a period, records a millisecond either side of local midnight, east and west of UTC.
    void aRecordBelongsToItsLocalDay()
    {
        using namespace suara::server;
        QTemporaryDir dir;
        Database db(DatabaseConfig::sqliteIn(dir.path()));
        Sql sql = db.sql();
        const QString now = QStringLiteral("2026-06-01T00:00:00.000Z");
        suara::testing::seedUnitAndDevice(sql, now);
        if (QTest::currentTestFailed())
            return;
        struct Capture
        {
            const char *id;
            const char *utc;
            int tz;
            bool inJune;
        };
        const Capture captures[] = {
            {"east-may-31", "2026-05-31T16:59:59.999Z", 420, false}, // 23:59:59.999 on 31 May at +07:00
            {"east-june-1", "2026-05-31T17:00:00.000Z", 420, true}, // midnight of 1 June at +07:00
            {"far-east-june-1", "2026-05-31T10:00:00.000Z", 840, true}, // midnight at +14:00
            {"west-may-31", "2026-06-01T11:59:59.999Z", -720, false}, // still 31 May at -12:00
            {"west-june-30", "2026-07-01T02:59:59.999Z", -180, true}, // 23:59:59.999 on 30 June at -03:00
            {"west-july-1", "2026-07-01T03:00:00.000Z", -180, false}, // midnight of 1 July at -03:00
            {"east-july-1", "2026-06-30T20:00:00.000Z", 240, false}, // midnight of 1 July at +04:00
            {"utc-june-30", "2026-06-30T23:59:59.999Z", 0, true},
        };
        int seq = 0;
        for (const Capture &c : captures) {
            const QJsonObject body{
                {QStringLiteral("type"), QStringLiteral("response")},
                {QStringLiteral("time"), QString::fromLatin1(c.utc)},
                {QStringLiteral("tz"), c.tz},
                {QStringLiteral("q"),
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("skm")}, {QStringLiteral("version"), 1}}},
                {QStringLiteral("flags"), QJsonArray()},
                {QStringLiteral("data"), QJsonObject()}};
            sql.run(QStringLiteral("INSERT INTO records (device_id, record_id, seq, type, unit_code, captured_at,"
                                   " received_at, source, body, prev_hash, hash, sig) VALUES ('d', ?, ?, 'response',"
                                   " 'U-1', ?, ?, 'push', ?, 'p', 'h', 's')"),
                    {QString::fromLatin1(c.id), ++seq, QString::fromLatin1(c.utc), QString::fromLatin1(c.utc),
                     QJsonDocument(body).toJson(QJsonDocument::Compact)});
        }
        reports::Scope scope;
        scope.unitCode = QStringLiteral("U-1");
        scope.units = {scope.unitCode};
        scope.period = *reports::Period::parse(QStringLiteral("2026-06"), {}, {}, nullptr);
        QStringList exported;
        exports::forEachRecord(sql, scope, exports::RecordKinds::all(),
                               [&](const ExportRecord &r) { exported << QString::fromUtf8(r.recordId); });
        QStringList expected;
        for (const Capture &c : captures)
            if (c.inJune)
                expected << QString::fromLatin1(c.id);
        exported.sort();
        expected.sort();
        QCOMPARE(exported, expected);
    }

    void csvCellsAreQuotedAndDefused_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("plain") << QStringLiteral("plain é") << QByteArray("plain \xC3\xA9");
        QTest::newRow("separator") << QStringLiteral("a;b") << QByteArray("\"a;b\"");
        QTest::newRow("other separator") << QStringLiteral("a,b") << QByteArray("a,b");
        QTest::newRow("quotes") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("formula") << QStringLiteral("=SUM(A1)") << QByteArray("'=SUM(A1)");
        QTest::newRow("minus") << QStringLiteral("-3") << QByteArray("'-3");
        QTest::newRow("line break") << QStringLiteral("two\nlines") << QByteArray("\"two\nlines\"");
        QTest::newRow("formula to quote") << QStringLiteral("@x;\"y\"") << QByteArray("\"'@x;\"\"y\"\"\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
        QTest::newRow("tab first") << QStringLiteral("\tx") << QByteArray("'\tx");
        QTest::newRow("quote only") << QStringLiteral("\"") << QByteArray("\"\"\"\"");
        QTest::newRow("non-ASCII then separator")
            << QStringLiteral("Pelayanan é; ok") << QByteArray("\"Pelayanan \xC3\xA9; ok\"");
    }

    void csvCellsAreQuotedAndDefused()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, written);
        QCOMPARE(CsvWriter::encodeCell(cell, ';'), written);
    }

    // The row writer (the buffer written through a pointer, a quoting table per separator) against
    // encodeCell, cell for cell, with both separators: random cells of the bytes that matter, one row
    // longer than the writer's whole buffer, and the BOM first.
    void csvRowsAreTheirCellsEncoded()
    {
        for (const char separator : {';', ','}) {
            QBuffer file;
            QVERIFY(file.open(QIODevice::WriteOnly));
            CsvWriter csv(&file, separator);
            QByteArray expected("\xEF\xBB\xBF");
            QRandomGenerator random(7);
            const QList<QString> alphabet = {QStringLiteral("a"),  QStringLiteral(";"),  QStringLiteral(","),
                                             QStringLiteral("\""), QStringLiteral("\n"), QStringLiteral("\r"),
                                             QStringLiteral("="),  QStringLiteral("-"),  QStringLiteral("é"),
                                             QStringLiteral("'"),  QStringLiteral("\t"), QStringLiteral(" ")};
            for (int r = 0; r < 300; ++r) {
                CellRow row;
                const int columns = 1 + int(random.bounded(8));
                row.reset(columns);
                QList<QByteArray> encoded;
                for (int c = 0; c < columns; ++c) {
                    QString cell;
                    const int length = r == 299 && c == 0 ? 300'000 : int(random.bounded(6));
                    for (int k = 0; k < length; ++k)
                        cell += alphabet.at(int(random.bounded(int(alphabet.size()))));
                    row.set(c, cell.toUtf8());
                    encoded << CsvWriter::encodeCell(cell, separator);
                }
                csv.writeRow(row);
                expected += encoded.join(separator) + "\r\n";
            }
            QVERIFY(csv.finish());
            QCOMPARE(file.data().size(), expected.size());
            QVERIFY(file.data() == expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestExportScanner)
#include "tst_exportscanner.moc"
