// What does an export cost? N records are inserted straight into a SQLite `records` table (valid
// bodies; ingest is not measured), then each export runs in a fresh child process, interleaved, three
// times, and reports its wall time and its own peak RSS:
//   csv         writeRecordsCsv, the GET /api/v1/exports/records.csv path without HTTP
//   xlsx        writeReportXlsx (report sheets + raw data sheets)
//   floor-read  the export's own keyset-paged reader over every row, nothing parsed or written (CSV floor)
//   floor-write one representative CSV row's bytes written N times through the CSV writer (CSV floor)
//   floor-xlsx  libxlsxwriter alone, constant-memory, writing the same cells from memory (XLSX floor)
// bench_exports [--quick] [--records N] [--keep | --database DIR] [--only csv|xlsx]   (--quick: one run; 2,000 records
// unless --records)
#include "benchclock.h"
#include "db/database.h"
#include "db/schema.h"
#include "exports/csvexport.h"
#include "exports/csvwriter.h"
#include "exports/recordcolumns.h"
#include "exports/xlsxexport.h"
#include "reports/skmreport.h"
#include "reports/zireport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>
#include <xlsxwriter.h>

using namespace suara::server;

namespace {
const QString kUnit = QStringLiteral("BENCH-01");

reports::Scope scopeOfEverything()
{
    reports::Scope scope;
    scope.unitCode = kUnit;
    scope.units = {kUnit};
    scope.period = *reports::Period::parse(QStringLiteral("2026"), {}, {}, nullptr);
    return scope;
}

QByteArray body(qint64 i, const QString &time)
{
    static const QStringList unsur = {
        QStringLiteral("persyaratan"), QStringLiteral("prosedur"),  QStringLiteral("waktu"),
        QStringLiteral("biaya"),       QStringLiteral("produk"),    QStringLiteral("kompetensi"),
        QStringLiteral("perilaku"),    QStringLiteral("pengaduan"), QStringLiteral("sarana")};
    QJsonObject answers;
    for (int u = 0; u < unsur.size(); ++u)
        answers.insert(unsur.at(u), int(1 + (i + u) % 4));
    QJsonObject data{{QStringLiteral("answers"), answers},
                     {QStringLiteral("scale"), QJsonObject{{QStringLiteral("min"), 1}, {QStringLiteral("max"), 4}}},
                     {QStringLiteral("durationMs"), int(20000 + i % 5000)},
                     {QStringLiteral("profile"),
                      QJsonObject{{QStringLiteral("gender"), i % 2 ? QStringLiteral("L") : QStringLiteral("P")},
                                  {QStringLiteral("age"), QStringLiteral("25-34")},
                                  {QStringLiteral("education"), QStringLiteral("SMA")},
                                  {QStringLiteral("occupation"), QStringLiteral("SWASTA")}}}};
    if (i % 10 == 0)
        data.insert(QStringLiteral("comment"), QStringLiteral("Pelayanan cepat; petugas ramah, terima kasih"));
    QJsonObject o{{QStringLiteral("v"), 1},
                  {QStringLiteral("id"), QStringLiteral("rec-%1").arg(i)},
                  {QStringLiteral("type"), QStringLiteral("response")},
                  {QStringLiteral("device"), QStringLiteral("bench-device")},
                  {QStringLiteral("seq"), i + 1},
                  {QStringLiteral("time"), time},
                  {QStringLiteral("tz"), 420},
                  {QStringLiteral("lang"), QStringLiteral("id")},
                  {QStringLiteral("mode"), QStringLiteral("kiosk")},
                  {QStringLiteral("unit"), kUnit},
                  {QStringLiteral("service"), QStringLiteral("kunjungan")},
                  {QStringLiteral("q"),
                   QJsonObject{{QStringLiteral("id"), QStringLiteral("skm")}, {QStringLiteral("version"), 1}}},
                  {QStringLiteral("flags"), QJsonArray()},
                  {QStringLiteral("data"), data}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void prepare(const QString &dir, qint64 records)
{
    Database db(DatabaseConfig::sqliteIn(dir));
    Sql sql = db.sql();
    (void)schema::migrate(sql);
    const QString now = QStringLiteral("2026-06-01T00:00:00.000Z");
    sql.run(QStringLiteral("INSERT INTO units (code, name, settings, settings_version, created_at, updated_at) VALUES "
                           "(?, ?, '{}', 1, ?, ?)"),
            {kUnit, QStringLiteral("Bench"), now, now});
    sql.run(QStringLiteral("INSERT INTO devices (id, unit_code, public_key, token_hash, enrolled_at) VALUES "
                           "('bench-device', ?, 'k', 't', ?)"),
            {kUnit, now});
    QSqlQuery insert =
        sql.prepare(QStringLiteral("INSERT INTO records (device_id, record_id, seq, type, unit_code, captured_at, "
                                   "received_at, source, body, prev_hash, hash, sig)"
                                   " VALUES ('bench-device', ?, ?, 'response', ?, ?, ?, 'push', ?, 'p', 'h', 's')"));
    const QDateTime start(QDate(2026, 3, 1), QTime(1, 0), Qt::UTC);
    for (qint64 i = 0; i < records;) {
        Transaction tx(sql);
        for (int k = 0; k < 10'000 && i < records; ++k, ++i) {
            const QString time = start.addSecs(i * 7).toString(Qt::ISODateWithMs);
            sql.exec(insert, {QStringLiteral("rec-%1").arg(i), i + 1, kUnit, time, time, body(i, time)});
        }
        tx.commit();
    }
}

exports::CellRow representativeRow()
{
    exports::ExportRecord r;
    r.body = body(1, QStringLiteral("2026-03-01T01:00:07.000Z"));
    r.canonical = exports::readBody(r) != exports::kNotAnObject && r.canonical;
    r.captured = QDateTime(QDate(2026, 3, 1), QTime(8, 0, 7), Qt::OffsetFromUTC, 7 * 3600);
    r.recordId = "rec-1";
    r.deviceId = "bench-device";
    r.type = "response";
    r.receivedAt = "2026-03-01T01:00:07.000Z";
    exports::CellRow row;
    exports::RecordColumns().fill(r, row);
    return row;
}

// One measurement in this (fresh) process; prints "<ms> <peak RSS in KB>".
int measure(const QString &mode, const QString &dir, qint64 records)
{
    Database db(DatabaseConfig::sqliteIn(dir));
    Sql sql = db.sql();
    const reports::Scope scope = scopeOfEverything();
    QElapsedTimer t;
    t.start();
    qint64 n = 0;
    if (mode == QLatin1String("csv")) {
        QFile out(dir + QStringLiteral("/out.csv"));
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        n = exports::writeRecordsCsv(sql, scope, exports::RecordKinds::all(), ';', &out);
    } else if (mode == QLatin1String("xlsx")) {
        exports::XlsxOptions o;
        o.path = dir + QStringLiteral("/out.xlsx");
        o.tmpDir = dir;
        // The report sheets as the endpoint makes them (from the aggregates), then the data.
        exports::ReportContent content;
        content.unitName = QStringLiteral("Bench");
        content.skm = reports::skmReport(sql, scope, reports::GroupBy::None, std::nullopt);
        content.zi = reports::ziReport(sql, scope, QString(), reports::ZiMinimums());
        content.records = exports::RecordKinds::all();
        n = exports::writeReportXlsx(sql, content, o);
    } else if (mode == QLatin1String("floor-read")) {
        // forEachRecord's own reader (on SQLite its own statement below QtSql), every column's bytes touched,
        // nothing parsed.
        qint64 bytes = 0;
        exports::forEachStoredRow(sql, scope, [&](const exports::StoredRow &row) {
            bytes += row.capturedAt.size() + row.deviceId.size() + row.recordId.size() + row.type.size()
                + row.receivedAt.size() + row.body.size();
            ++n;
        });
        if (bytes == 0)
            return 1;
    } else if (mode == QLatin1String("floor-write")) {
        // The bytes of one representative CSV row, N times, through the same 256 KiB buffered writes.
        QFile out(dir + QStringLiteral("/floor.csv"));
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        exports::CsvWriter csv(&out, ';');
        const exports::CellRow cells = representativeRow();
        for (; n < records; ++n)
            csv.writeRow(cells);
        if (!csv.finish())
            return 1;
    } else if (mode == QLatin1String("floor-xlsx")) {
        // The cells of one representative record, converted once; libxlsxwriter writes them N times.
        const exports::CellRow cells = representativeRow();
        const exports::RecordColumns columns;
        QList<QByteArray> text;
        for (int c = 0; c < cells.size(); ++c)
            text << cells.cell(c).toByteArray();
        lxw_workbook_options o{};
        o.constant_memory = LXW_TRUE;
        const QByteArray tmp = dir.toLocal8Bit();
        o.tmpdir = const_cast<char *>(tmp.constData());
        o.use_zip64 = LXW_TRUE;
        lxw_workbook *book = workbook_new_opt((dir + QStringLiteral("/floor.xlsx")).toLocal8Bit().constData(), &o);
        lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
        for (qint64 row = 0; row < records; ++row, ++n) {
            if (row > 0 && row % exports::kXlsxDataRowsPerSheet == 0)
                sheet = workbook_add_worksheet(book, nullptr);
            const lxw_row_t at = lxw_row_t(row % exports::kXlsxDataRowsPerSheet);
            for (int c = 0; c < cells.size(); ++c) {
                if (text.at(c).isEmpty())
                    continue;
                bool isNumber = false;
                const double v =
                    columns.kind(c) == exports::RecordColumns::Kind::Number ? text.at(c).toDouble(&isNumber) : 0;
                if (isNumber)
                    worksheet_write_number(sheet, at, lxw_col_t(c), v, nullptr);
                else
                    worksheet_write_string(sheet, at, lxw_col_t(c), text.at(c).constData(), nullptr);
            }
        }
        if (workbook_close(book) != LXW_NO_ERROR)
            return 1;
    }
    const double ms = t.nsecsElapsed() / 1e6;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double cpuMs =
        (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    QTextStream(stdout) << ms << ' ' << usage.ru_maxrss << ' ' << n << ' ' << cpuMs << '\n';
    return n == records ? 0 : 2;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    const qsizetype at = args.indexOf(QStringLiteral("--records"));
    const qint64 records = at > 0                  ? args.value(at + 1).toLongLong()
        : args.contains(QStringLiteral("--quick")) ? 2000
                                                   : 1'000'000;
    const qsizetype m = args.indexOf(QStringLiteral("--measure"));
    try {
        if (m > 0)
            return measure(args.value(m + 1), args.value(m + 2), records);
        // --database DIR: a directory an earlier run prepared with the same --records (kept with --keep).
        const qsizetype d = args.indexOf(QStringLiteral("--database"));
        QTemporaryDir temporary;
        temporary.setAutoRemove(!args.contains(QStringLiteral("--keep")));
        const QString dir = d > 0 ? args.value(d + 1) : temporary.path();
        if (d < 0) {
            QElapsedTimer t;
            t.start();
            prepare(dir, records);
            out << "bench_exports: " << records << " records inserted in " << t.elapsed() / 1000.0 << " s into " << dir
                << "\n";
        }
        out.flush();
        // --only csv: the CSV and its floors; --only xlsx: the XLSX and its floor.
        const QString only = args.value(args.indexOf(QStringLiteral("--only")) + 1);
        QStringList modes;
        if (only != QLatin1String("xlsx"))
            modes << QStringLiteral("csv") << QStringLiteral("floor-read") << QStringLiteral("floor-write");
        if (only != QLatin1String("csv"))
            modes << QStringLiteral("xlsx") << QStringLiteral("floor-xlsx");
        const int runs = args.contains(QStringLiteral("--quick")) ? 1 : 3;
        QHash<QString, QList<double>> ms;
        QHash<QString, QList<double>> cpu; // user + system time of the child: what the work costs on a shared machine
        QHash<QString, qint64> rss;
        for (int run = 0; run < runs; ++run) {
            for (const QString &mode : modes) {
                QProcess child;
                child.start(
                    app.applicationFilePath(),
                    {QStringLiteral("--measure"), mode, dir, QStringLiteral("--records"), QString::number(records)});
                if (!child.waitForFinished(-1) || child.exitCode() != 0) {
                    out << "bench_exports: " << mode << " failed: " << child.readAllStandardError() << "\n";
                    return 1;
                }
                const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
                ms[mode] << parts.value(0).toDouble();
                cpu[mode] << parts.value(3).toDouble();
                rss[mode] = std::max(rss.value(mode), parts.value(1).toLongLong());
            }
        }
        const auto medianOf = [&](const QHash<QString, QList<double>> &times, const QString &mode) {
            QList<double> v = times.value(mode);
            std::sort(v.begin(), v.end());
            return v.at(v.size() / 2);
        };
        const auto median = [&](const QString &mode) { return medianOf(ms, mode); };
        const auto cpuOf = [&](const QString &mode) { return medianOf(cpu, mode); };
        const auto mb = [&](const QString &mode) { return rss.value(mode) / 1024; };
        out << "medians of " << runs << " interleaved runs, each in its own process:\n";
        if (modes.contains(QStringLiteral("csv"))) {
            const double csv = median(QStringLiteral("csv"));
            const double read = median(QStringLiteral("floor-read"));
            const double write = median(QStringLiteral("floor-write"));
            out << "  csv          " << csv << " ms  " << qRound64(records / csv * 1000) << " records/s  peak RSS "
                << mb("csv") << " MB  (" << csv / read << "x the read floor, " << csv / write << "x the write floor, "
                << csv / (read + write) << "x both)\n"
                << "               CPU " << cpuOf(QStringLiteral("csv")) << " ms  "
                << qRound64(records / cpuOf(QStringLiteral("csv")) * 1000) << " records/s of CPU  ("
                << cpuOf(QStringLiteral("csv")) / cpuOf(QStringLiteral("floor-read")) << "x the read floor's CPU)\n"
                << "  floor-read   " << read << " ms  CPU " << cpuOf(QStringLiteral("floor-read")) << " ms  peak RSS "
                << mb("floor-read") << " MB\n"
                << "  floor-write  " << write << " ms  peak RSS " << mb("floor-write") << " MB\n";
        }
        if (modes.contains(QStringLiteral("xlsx"))) {
            const double xlsx = median(QStringLiteral("xlsx"));
            const double floorXlsx = median(QStringLiteral("floor-xlsx"));
            out << "  xlsx         " << xlsx << " ms  peak RSS " << mb("xlsx") << " MB  (" << xlsx / floorXlsx
                << "x libxlsxwriter alone; CPU " << cpuOf(QStringLiteral("xlsx")) << " ms, "
                << cpuOf(QStringLiteral("xlsx")) / cpuOf(QStringLiteral("floor-xlsx")) << "x its CPU)\n"
                << "  floor-xlsx   " << floorXlsx << " ms  peak RSS " << mb("floor-xlsx") << " MB\n";
        }
    } catch (const DbFailure &f) {
        out << "bench_exports: " << f.context << ": " << f.error.text() << "\n";
        return 1;
    } catch (const std::exception &e) {
        out << "bench_exports: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
