// What does a report cost on a server holding millions of records? Aggregates worth ~5 million visits
// (100 units under 10 regional offices, one year, 2 services × 2 devices per unit, 35 visits per
// service, device and day) are inserted directly; then a unit-quarter SKM report (reports::skmReport:
// totals, 0,111, profile, by service, four-quarter trend) and the national roll-up over every unit
// (reports::overview) run in process on SQLite (default) or PostgreSQL (SUARA_TEST_DATABASE=postgresql).
// Floor: one primary-key lookup in the same aggregate table, interleaved with the reports.
#include "benchclock.h"
#include "db/database.h"
#include "db/schema.h"
#include "reports/overview.h"
#include "reports/skmreport.h"
#include "service/units.h"
#include "testbackend.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace suara;
using namespace suara::server;
using suara::testing::TestBackend;

namespace {
struct Shape
{
    int regions = 10;
    int unitsPerRegion = 10;
    int days = 365;
    int perCell = 35; // visits per (unit, day, service, device)
};

QString unitCode(int region, int unit)
{
    return QStringLiteral("U%1-%2").arg(region, 2, 10, QLatin1Char('0')).arg(unit, 2, 10, QLatin1Char('0'));
}

// Multi-row INSERTs of generated numbers and codes (no user text), in one transaction.
void fill(Sql &sql, const Shape &s, qint64 *answerRows, qint64 *visits)
{
    const QStringList unsur = {"persyaratan", "prosedur", "waktu",     "biaya", "produk",
                               "kompetensi",  "perilaku", "pengaduan", "sarana"};
    const QDate first(2026, 1, 1);
    Transaction tx(sql);
    for (int r = 0; r < s.regions; ++r) {
        units::create(sql, QStringLiteral("R%1").arg(r, 2, 10, QLatin1Char('0')), QStringLiteral("Region %1").arg(r));
        for (int u = 0; u < s.unitsPerRegion; ++u)
            units::create(sql, unitCode(r, u), QStringLiteral("Unit %1").arg(unitCode(r, u)), {},
                          QStringLiteral("R%1").arg(r, 2, 10, QLatin1Char('0')));
    }
    QStringList answers, respondents;
    auto flush = [&](bool force) {
        if (answers.size() >= 400 || (force && !answers.isEmpty())) {
            sql.run(QStringLiteral("INSERT INTO agg_answers (unit_code, questionnaire, day, service, device_id, "
                                   "misuse, item_key, value, n)"
                                   " VALUES ")
                    + answers.join(QLatin1Char(',')));
            answers.clear();
        }
        if (respondents.size() >= 400 || (force && !respondents.isEmpty())) {
            sql.run(QStringLiteral(
                        "INSERT INTO agg_respondents (unit_code, questionnaire, day, service, device_id, misuse, n)"
                        " VALUES ")
                    + respondents.join(QLatin1Char(',')));
            respondents.clear();
        }
    };
    quint32 seed = 1;
    for (int r = 0; r < s.regions; ++r) {
        for (int u = 0; u < s.unitsPerRegion; ++u) {
            const QString unit = unitCode(r, u);
            for (int d = 0; d < s.days; ++d) {
                const QString day = first.addDays(d).toString(Qt::ISODate);
                for (int sv = 0; sv < 2; ++sv) {
                    for (int dev = 0; dev < 2; ++dev) {
                        const QString key =
                            QStringLiteral("('%1','skm','%2','svc%3','%1-d%4',0").arg(unit, day).arg(sv).arg(dev);
                        respondents << key + QStringLiteral(",%1)").arg(s.perCell);
                        *visits += s.perCell;
                        for (const QString &item : unsur) {
                            // Three answer values per unsur, adding up to the cell's visits.
                            seed = seed * 1103515245u + 12345u;
                            const int a = 5 + int(seed >> 16) % 10, b = 10 + int(seed >> 8) % 10;
                            const int counts[3] = {a, b, s.perCell - a - b};
                            for (int v = 0; v < 3; ++v) {
                                answers << key + QStringLiteral(",'%1',%2,%3)").arg(item).arg(v + 2).arg(counts[v]);
                                ++*answerRows;
                            }
                            flush(false);
                        }
                    }
                }
            }
        }
    }
    flush(true);
    // The monthly tables, as ingest keeps them.
    sql.run(QStringLiteral(
        "INSERT INTO agg_answers_month (unit_code, questionnaire, month, misuse, item_key, value, n)"
        " SELECT unit_code, questionnaire, substr(day, 1, 7), misuse, item_key, value, SUM(n) FROM agg_answers"
        " GROUP BY unit_code, questionnaire, substr(day, 1, 7), misuse, item_key, value"));
    sql.run(QStringLiteral("INSERT INTO agg_respondents_month (unit_code, questionnaire, month, misuse, n)"
                           " SELECT unit_code, questionnaire, substr(day, 1, 7), misuse, SUM(n) FROM agg_respondents"
                           " GROUP BY unit_code, questionnaire, substr(day, 1, 7), misuse"));
    tx.commit();
    if (sql.isPostgres())
        sql.run(QStringLiteral("ANALYZE"));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    Shape shape;
    if (quick)
        shape = Shape{2, 2, 30, 35};
    constexpr int kRounds = 7;
    QTextStream out(stdout);

    QString error;
    const QStringList args = TestBackend::instance().freshDatabase(&error);
    if (args.size() != 2) {
        out << "bench_reports: " << error << "\n";
        return 1;
    }
    const std::optional<DatabaseConfig> config = args.at(0) == QLatin1String("--data-dir")
        ? DatabaseConfig::sqliteIn(args.at(1))
        : DatabaseConfig::fromUrl(args.at(1), &error);
    if (!config) {
        out << "bench_reports: " << error << "\n";
        return 1;
    }
    Database database(*config);
    Sql sql = database.sql();
    schema::migrate(sql);
    qint64 rows = 0, visits = 0;
    bench::medianMs(1, [&] { fill(sql, shape, &rows, &visits); });

    const QList<units::TreeNode> all = units::tree(sql);
    reports::Scope scope;
    scope.unitCode = unitCode(0, 1);
    scope.units = {scope.unitCode};
    scope.period = *reports::Period::parse(QStringLiteral("2026-Q2"), {}, {}, &error);
    QSqlQuery floorQuery =
        sql.prepare(QStringLiteral("SELECT n FROM agg_respondents WHERE unit_code = ? AND questionnaire = 'skm'"
                                   " AND day = ? AND service = 'svc0' AND device_id = ? AND misuse = 0"));
    qint64 checksum = 0;
    QList<double> floorMs, unitMs, nationalMs;
    for (int round = 0; round < kRounds; ++round) {
        // Interleaved, so drift on the shared machine hits all three alike.
        floorMs << bench::medianMs(1, [&] {
            sql.exec(
                floorQuery,
                {scope.unitCode, QStringLiteral("2026-05-%1").arg(10 + round), scope.unitCode + QStringLiteral("-d0")});
            if (floorQuery.next())
                checksum += floorQuery.value(0).toLongLong();
            floorQuery.finish();
        });
        unitMs << bench::medianMs(
            1, [&] { checksum += reports::skmReport(sql, scope, reports::GroupBy::None, 1000).ikm.respondents; });
        nationalMs << bench::medianMs(1, [&] { checksum += reports::overview(sql, all, scope.period, false).size(); });
    }
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    const double f = median(floorMs), u = median(unitMs), n = median(nationalMs);
    out << "reports (" << TestBackend::instance().name() << "): " << all.size() << " units, " << visits
        << " visits' worth, " << rows << " answer-count rows; medians of " << kRounds
        << " interleaved rounds (checksum " << checksum << ")\n"
        << "  floor: one primary-key lookup           " << f << " ms\n"
        << "  unit-quarter SKM report                 " << u << " ms  (ratio " << u / f << ")\n"
        << "  national roll-up, every unit + trend    " << n << " ms  (ratio " << n / f << ")\n";
    return 0;
}
