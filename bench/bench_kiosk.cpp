// Issue 10.1, "the kiosk stays instant": the whole GUI-thread cost of saving one visit (the durable
// commit and the admin summary's update), on an empty store and on a store that holds N records this
// quarter, against the floor of the commit alone; samples of the three taken in turn. Then memory over
// many visits, each mode in a process of its own (this program, re-run with --memory MODE).
#include "benchstats.h"
#include "benchvisits.h"
#include "clock.h"
#include "domain/catalog.h"
#include "languagemanager.h"
#include "localsummary.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace suara;

namespace {
const QDateTime kNow(QDate(2026, 11, 24), QTime(14, 30), Qt::OffsetFromUTC, 7 * 3600);

// Some visits flagged, as on a real kiosk.
QList<RecordDraft> visit(int i, const QDateTime &at)
{
    return bench::visitDrafts(i, at, i % 7 == 0);
}

[[noreturn]] void die(const QString &why)
{
    QTextStream(stderr) << "bench_kiosk: " << why << "\n";
    std::exit(1);
}

void check(const StoreError &err)
{
    if (!err.ok())
        die(err.message);
}

// A kiosk's store and summary, as KioskContext wires them.
struct Kiosk
{
    explicit Kiosk(const QString &path, ManualClock *clock)
        : store(path)
        , summary(&store, &catalog, &language, clock)
    {
        check(store.setAutoCheckpoint(false));
        check(store.open());
    }
    // Fills the quarter with `records` records (two per visit), many visits per transaction.
    void seed(int records)
    {
        constexpr int kVisitsPerCommit = 500;
        for (int done = 0; done < records / 2;) {
            QList<RecordDraft> batch;
            for (int i = 0; i < kVisitsPerCommit && done < records / 2; ++i, ++done)
                batch += visit(done, kNow.addSecs(-(done % (50 * 24 * 3600))));
            check(store.append(batch));
            if (const StoreResult<LocalStore::Checkpoint> c = store.checkpoint(); !c.ok())
                die(c.error().message);
        }
    }
    // The first read of the quarter, as at start: off the GUI thread, waited for here.
    void load()
    {
        QEventLoop loop;
        bool ok = false;
        QObject::connect(&summary, &LocalSummary::refreshed, &loop, [&](bool worked) {
            ok = worked;
            loop.quit();
        });
        summary.refresh();
        loop.exec();
        if (!ok)
            die(QStringLiteral("the summary could not be read"));
    }
    // What the GUI thread does when a visitor sends: the commit, then the summary's fold.
    void saveVisit(int i, bool withSummary)
    {
        QList<Record> sealed;
        check(store.append(visit(i, kNow), &sealed));
        if (withSummary)
            summary.fold(sealed);
    }
    Catalog catalog = Catalog::builtIn();
    LanguageManager language;
    LocalStore store;
    LocalSummary summary;
};

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// One process, one mode: prints the growth of the resident set over `visits` visits, in KiB.
int memoryRun(const QString &mode, int visits)
{
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-kiosk-XXXXXX"));
    ManualClock clock(kNow);
    Kiosk kiosk(dir.filePath(QStringLiteral("kiosk.db")), &clock);
    const bool withSummary = mode == QLatin1String("summary");
    if (withSummary)
        kiosk.load();
    // Warm-up: the first visits fill caches that stay whatever follows.
    for (int i = 0; i < 200; ++i)
        kiosk.saveVisit(i, withSummary);
    const qint64 before = bench::residentKiB();
    for (int i = 0; i < visits; ++i) {
        kiosk.saveVisit(i, withSummary);
        if (i % 100 == 99)
            check(kiosk.store.checkpoint().error());
    }
    QTextStream(stdout) << bench::residentKiB() - before << "\n";
    return 0;
}

qint64 memoryGrowth(const QString &mode, int visits)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--memory"), mode, QStringLiteral("--visits"), QString::number(visits)});
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        die(QStringLiteral("the memory run (%1) failed: %2")
                .arg(mode, QString::fromLocal8Bit(p.readAllStandardError())));
    return p.readAllStandardOutput().trimmed().toLongLong();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const auto option = [&](const QString &name, int fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    if (const qsizetype at = args.indexOf(QStringLiteral("--memory")); at >= 0 && at + 1 < args.size())
        return memoryRun(args.at(at + 1), option(QStringLiteral("--visits"), 10000));

    const int records = option(QStringLiteral("--records"), quick ? 2000 : 100000);
    const int samples = option(QStringLiteral("--samples"), quick ? 20 : 300);
    const int memoryVisits = option(QStringLiteral("--memory-visits"), quick ? 200 : 10000);

    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-kiosk-XXXXXX")); // the disk under test
    ManualClock clock(kNow);
    Kiosk empty(dir.filePath(QStringLiteral("empty.db")), &clock);
    Kiosk full(dir.filePath(QStringLiteral("full.db")), &clock);
    Kiosk floorKiosk(dir.filePath(QStringLiteral("floor.db")), &clock);
    full.seed(records);
    for (Kiosk *k : {&empty, &full})
        k->load();

    QList<double> floorMs, emptyMs, fullMs;
    for (int i = 0; i < samples; ++i) {
        QElapsedTimer t;
        t.start();
        floorKiosk.saveVisit(i, false);
        floorMs.append(elapsedMs(t));
        t.restart();
        empty.saveVisit(i, true);
        emptyMs.append(elapsedMs(t));
        t.restart();
        full.saveVisit(i, true);
        fullMs.append(elapsedMs(t));
        if (i % 50 == 49) { // the idle-time checkpoint, outside the timed visits
            for (Kiosk *k : {&floorKiosk, &empty, &full})
                check(k->store.checkpoint().error());
        }
    }
    if (full.summary.quarter() != records / 2 + samples)
        die(QStringLiteral("the summary counts %1 visits, not %2")
                .arg(full.summary.quarter())
                .arg(records / 2 + samples));

    // Before: the same visit followed by a read of the whole quarter on the GUI thread.
    QList<double> rereadMs;
    for (int i = 0; i < qMin(samples, 10); ++i) {
        QElapsedTimer t;
        t.start();
        full.saveVisit(i, false);
        const SummaryRead read = readSummary(full.store.path(), kNow);
        check(read.error);
        rereadMs.append(elapsedMs(t));
    }

    const qint64 floorGrowth = memoryGrowth(QStringLiteral("floor"), memoryVisits);
    const qint64 summaryGrowth = memoryGrowth(QStringLiteral("summary"), memoryVisits);

    const double floor50 = bench::quantile(floorMs, 0.5);
    QTextStream out(stdout);
    out << "kiosk: one visit on the GUI thread (commit + summary), " << samples << " samples each, interleaved\n";
    const auto line = [&](const char *name, const QList<double> &ms) {
        out << "  " << name << ": p50 " << bench::quantile(ms, 0.5) << " ms (" << bench::quantile(ms, 0.5) / floor50
            << "x the commit alone), p99 " << bench::quantile(ms, 0.99) << " ms\n";
    };
    line("commit alone (floor)            ", floorMs);
    line("visit, empty store              ", emptyMs);
    out << "  visit, " << records << " records this quarter: p50 " << bench::quantile(fullMs, 0.5) << " ms ("
        << bench::quantile(fullMs, 0.5) / floor50 << "x the floor, "
        << bench::quantile(fullMs, 0.5) / bench::quantile(emptyMs, 0.5) << "x the empty store), p99 "
        << bench::quantile(fullMs, 0.99) << " ms\n";
    line("before: visit + re-read quarter ", rereadMs);
    out << "memory over " << memoryVisits << " visits: commit alone +" << floorGrowth << " KiB, with the summary +"
        << summaryGrowth << " KiB (difference " << summaryGrowth - floorGrowth << " KiB)\n";
    return 0;
}
