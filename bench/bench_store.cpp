// What does "the thank-you screen appears only after a durable commit" cost, next to what the disk
// itself costs? One kiosk visit = one transaction of 2 sealed records (SKM response + gratification
// acknowledgement), signed and chained, synchronous=FULL. The floor is the disk's own durable write:
// 4 KiB written and fdatasync'ed to a file beside the store. Samples of the floor, of the shipped
// commit (WAL checkpoints out of the visit) and of SQLite's default (a checkpoint inside every ~128th
// commit) are taken in turn, so all three see the same disk and the same load (issue 10 items 3, 6).
#include "benchstats.h"
#include "benchvisits.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <fcntl.h>
#include <unistd.h>

using namespace suara;

namespace {
double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

[[noreturn]] void die(const QString &why)
{
    QTextStream(stderr) << "bench_store: " << why << "\n";
    std::exit(1);
}

struct Series
{
    QString name;
    QList<double> ms;
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int visits = app.arguments().contains(QStringLiteral("--quick")) ? 40 : 2000;
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-store-XXXXXX")); // the disk under test
    if (!dir.isValid())
        die(QStringLiteral("cannot make a directory here"));

    LocalStore shipped(dir.filePath(QStringLiteral("shipped.db")));
    if (const StoreError err = shipped.setAutoCheckpoint(false); !err.ok())
        die(err.message);
    LocalStore sqliteDefault(dir.filePath(QStringLiteral("default.db")));
    for (LocalStore *s : {&shipped, &sqliteDefault}) {
        if (const StoreError err = s->open(); !err.ok())
            die(err.message);
    }
    const QByteArray path = dir.filePath(QStringLiteral("fsync.bin")).toLocal8Bit();
    const int fd = ::open(path.constData(), O_CREAT | O_WRONLY, 0600);
    if (fd < 0)
        die(QStringLiteral("cannot open %1").arg(QString::fromLocal8Bit(path)));
    const QByteArray block(4096, 'x');

    Series floor{QStringLiteral("4 KiB write + fdatasync (floor)"), {}};
    Series visitShipped{QStringLiteral("visit commit, checkpoint when idle (shipped)"), {}};
    Series visitDefault{QStringLiteral("visit commit, SQLite's autocheckpoint (before)"), {}};
    for (int i = 0; i < visits; ++i) {
        QElapsedTimer t;
        t.start();
        // A fresh block each time, as each commit appends to the WAL.
        if (::pwrite(fd, block.constData(), block.size(), off_t(i % 256) * block.size()) != block.size()
            || ::fdatasync(fd) != 0)
            die(QStringLiteral("the floor's write failed"));
        floor.ms.append(elapsedMs(t));

        const QList<RecordDraft> drafts = bench::visitDrafts(i);
        t.restart();
        if (const StoreError err = shipped.append(drafts); !err.ok())
            die(err.message);
        visitShipped.ms.append(elapsedMs(t));

        t.restart();
        if (const StoreError err = sqliteDefault.append(drafts); !err.ok())
            die(err.message);
        visitDefault.ms.append(elapsedMs(t));

        // The kiosk's idle-time checkpoint, outside the timed commits (app/walcheckpointer.h).
        if (i % 50 == 49) {
            if (const StoreResult<LocalStore::Checkpoint> c = shipped.checkpoint(); !c.ok())
                die(c.error().message);
        }
    }
    ::close(fd);

    const double floorP50 = bench::quantile(floor.ms, 0.5);
    const double floorP99 = bench::quantile(floor.ms, 0.99);
    QTextStream out(stdout);
    out << "store: " << visits << " visits (2 records each, signed, chained, synchronous=FULL), interleaved\n";
    for (const Series *s : {&floor, &visitShipped, &visitDefault}) {
        const double p50 = bench::quantile(s->ms, 0.5);
        const double p99 = bench::quantile(s->ms, 0.99);
        out << "  " << s->name << ": p50 " << p50 << " ms (" << p50 / floorP50 << "x), p99 " << p99 << " ms ("
            << p99 / floorP99 << "x), max " << bench::quantile(s->ms, 1.0) << " ms\n";
    }
    return 0;
}
