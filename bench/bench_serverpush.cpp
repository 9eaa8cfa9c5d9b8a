// What does a record cost on its way into suara-server? Records sealed by the kiosk's own store are
// pushed over real HTTP, gzip like the real client, in batches of 200 by --devices devices at once (each
// its own connection, one batch in flight per device, as a kiosk syncs) to a real server process
// (--workers, 4 by default) on SQLite, or on a throwaway PostgreSQL with SUARA_TEST_DATABASE=postgresql
// (durable: fsync, synchronous_commit and full_page_writes on, SUARA_TEST_PG_DURABLE=1 set here).
// Floor: the same records' hash and signature checks in process on every core, the part of the work no
// server can skip. Floor and push alternate, --rounds times, each push with devices of its own.
#include "benchargs.h"
#include "benchserver.h"
#include "benchstats.h"
#include "kioskdevice.h"
#include "protocol/gzip.h"
#include "protocol/wirerecord.h"
#include "serverfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QThread>
#include <atomic>
#include <thread>

using namespace suara;
using namespace suara::testing;

namespace {
struct Device
{
    std::unique_ptr<KioskDevice> kiosk;
    std::unique_ptr<HttpClient> http;
    QList<QByteArray> bodies; // gzip, one per batch
    QList<Record> records;
    int next = 0;
};

struct PushRun
{
    double seconds = 0;
    QList<double> latencyMs;
    bench::PushErrors errors;
};

// Every device pushes its batches one after another; all devices at once, on this thread's event loop.
PushRun pushAll(std::vector<Device> &devices)
{
    PushRun run;
    QEventLoop loop;
    int running = int(devices.size());
    std::function<void(Device &)> sendNext = [&](Device &d) {
        if (d.next == d.bodies.size()) {
            if (--running == 0)
                loop.quit();
            return;
        }
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        QNetworkReply *reply = d.http->start("POST", QStringLiteral("/api/v1/records"), d.bodies.at(d.next),
                                             {{"Content-Encoding", "gzip"}});
        const int batch = d.next++;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, started, batch] {
            run.latencyMs.append(double(started->nsecsElapsed()) / 1e6);
            const QByteArray answer = reply->readAll();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            run.errors.check(status, answer, d.records.mid(batch * 200, 200).size());
            sendNext(d);
        });
    };
    QElapsedTimer wall;
    wall.start();
    for (Device &d : devices)
        sendNext(d);
    loop.exec();
    run.seconds = double(wall.nsecsElapsed()) / 1e9;
    return run;
}

// Records checked per second with every core verifying its share.
double verifyRate(const std::vector<Device> &devices)
{
    const int threads = qMax(1, QThread::idealThreadCount());
    std::atomic<int> bad = 0;
    std::atomic<size_t> nextDevice = 0;
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&] {
            for (size_t i; (i = nextDevice++) < devices.size();) {
                const Device &d = devices.at(i);
                for (const Record &r : d.records)
                    bad += protocol::verify(r, d.kiosk->publicKey(), d.kiosk->id()) != protocol::Verdict::Ok;
            }
        });
    }
    for (std::thread &t : pool)
        t.join();
    qsizetype n = 0;
    for (const Device &d : devices)
        n += d.records.size();
    return bad ? -1 : double(n) / (double(wall.nsecsElapsed()) / 1e9);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const int deviceCount = bench::intOption(args, QStringLiteral("--devices"), quick ? 2 : 20);
    const int perDevice =
        bench::intOption(args, QStringLiteral("--records"), quick ? 200 : 1000); // per device and round
    const int rounds = bench::intOption(args, QStringLiteral("--rounds"), quick ? 1 : 3);
    const int workers = bench::intOption(args, QStringLiteral("--workers"), 4);
    QTextStream out(stdout);

    ServerFixture fx;
    QString error;
    if (!bench::startServer(fx, workers, QStringLiteral("BENCH"), QStringLiteral("Bench"), &error)) {
        out << "bench_serverpush: " << error << "\n";
        return 1;
    }
    std::vector<std::vector<Device>> sets(rounds);
    for (std::vector<Device> &set : sets) {
        for (int i = 0; i < deviceCount; ++i) {
            Device d;
            d.kiosk = std::make_unique<KioskDevice>();
            d.http = std::make_unique<HttpClient>(fx.server().baseUrl());
            d.records = d.kiosk->addResponses(perDevice);
            if (d.kiosk->enroll(*d.http, fx.enrollmentCode(QStringLiteral("BENCH"), &error)).status != 201) {
                out << "bench_serverpush: enrollment failed " << error << "\n";
                return 1;
            }
            d.http->setBearer(d.kiosk->token());
            for (qsizetype at = 0; at < d.records.size(); at += 200)
                d.bodies.append(gzip::compress(d.kiosk->pushBody(d.records.mid(at, 200))));
            set.push_back(std::move(d));
        }
    }

    QList<double> floorRates, pushRates, p50s, p99s;
    bench::PushErrors errors;
    const double perRound = double(deviceCount) * perDevice;
    for (std::vector<Device> &set : sets) {
        floorRates.append(verifyRate(set));
        const PushRun run = pushAll(set);
        pushRates.append(perRound / run.seconds);
        p50s.append(bench::quantile(run.latencyMs, 0.5));
        p99s.append(bench::quantile(run.latencyMs, 0.99));
        errors.count += run.errors.count;
        if (errors.first.isEmpty())
            errors.first = run.errors.first;
    }
    const double floorRate = bench::quantile(floorRates, 0.5);
    const double pushRate = bench::quantile(pushRates, 0.5);
    out << "serverpush (" << TestBackend::instance().name()
        << (TestBackend::instance().isPostgres() ? ", durable" : ", WAL synchronous=FULL") << "): " << deviceCount
        << " devices at once x " << perDevice << " records, batches of 200, gzip, " << workers << " workers, " << rounds
        << " rounds, " << QThread::idealThreadCount() << " cores\n"
        << "  verify hash + signature, all cores (floor)  " << qRound(floorRate) << " records/s\n"
        << "  push, stored                                " << qRound(pushRate) << " records/s  ("
        << pushRate / floorRate * 100 << " % of the floor)\n"
        << "  batch latency (median of rounds)            p50 " << bench::quantile(p50s, 0.5) << " ms  p99 "
        << bench::quantile(p99s, 0.5) << " ms  (p99/p50 " << bench::quantile(p99s, 0.5) / bench::quantile(p50s, 0.5)
        << ")\n"
        << "  errors: " << errors.count << errors.firstText() << "\n";
    return errors.count == 0 && floorRate > 0 ? 0 : 1;
}
