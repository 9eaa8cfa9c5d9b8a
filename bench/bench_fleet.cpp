// A fleet through the real server: --devices (20,000) devices with --records (25) records each, pushed
// over loopback HTTP, gzip, at most --concurrency (32) requests at once, to a real suara-server process
// (--workers, 4) on SQLite or, with SUARA_TEST_DATABASE=postgresql, a durable throwaway PostgreSQL.
// Devices are pre-made rows (real Ed25519 keys, token hashes as enrollment stores them) written straight
// into the database, because one-time enrollment codes are a CLI process each; every record is sealed
// as a kiosk seals it (body, hash chain, signature) and checked in full by the server.
// Reports the wall time of the push, records/s, batch latency and the errors (the target is 0).
// Every --progress-seconds (5) it prints how far the push is (devices done, records/s, errors), and
// it is bounded: at --max-seconds (600, the target) of push it sends no more, lets the requests in
// flight finish, and reports what was stored and the time the whole fleet would need at that rate.
#include "benchargs.h"
#include "benchserver.h"
#include "benchstats.h"
#include "benchvisits.h"
#include "crypto/devicekey.h"
#include "crypto/hashchain.h"
#include "domain/record.h"
#include "protocol/gzip.h"
#include "protocol/pushbatch.h"
#include "serverfixture.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <atomic>
#include <thread>

using namespace suara;
using namespace suara::testing;

namespace {
struct FleetDevice
{
    QString id;
    QString token;
    QByteArray publicKey;
    QByteArray body; // the one push, gzip
};

// One device's records, sealed as LocalStore::append seals them.
FleetDevice makeDevice(int records, const QString &unit)
{
    FleetDevice d;
    const DeviceKey key = DeviceKey::generate();
    d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.publicKey = key.publicKey();
    d.token = QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64(), 16)
                                  + QByteArray::number(QRandomGenerator::system()->generate64(), 16));
    QList<Record> sealed;
    QByteArray prev = hashchain::genesis();
    for (int seq = 1; seq <= records; ++seq) {
        RecordDraft draft;
        draft.questionnaireId = QStringLiteral("skm");
        draft.questionnaireVersion = 1;
        draft.unitCode = unit;
        draft.service = QStringLiteral("kunjungan");
        draft.data =
            QJsonObject{{QStringLiteral("answers"), bench::skmAnswers(seq, 1)},
                        {QStringLiteral("scale"), QJsonObject{{QStringLiteral("min"), 1}, {QStringLiteral("max"), 4}}},
                        {QStringLiteral("durationMs"), 20000 + seq}};
        Record r;
        r.seq = seq;
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.type = draft.type;
        r.body = recordformat::body(draft, r.id, d.id, r.seq);
        r.prevHash = prev;
        r.hash = hashchain::link(r.body, prev);
        r.signature = key.sign(r.hash);
        prev = r.hash;
        sealed.append(r);
    }
    d.body = gzip::compress(protocol::PushRequest{d.id, records, sealed}.toJson());
    return d;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const int deviceCount = bench::intOption(args, QStringLiteral("--devices"), quick ? 200 : 20'000);
    const int perDevice = bench::intOption(args, QStringLiteral("--records"), 25);
    const int concurrency = bench::intOption(args, QStringLiteral("--concurrency"), 32);
    const int workers = bench::intOption(args, QStringLiteral("--workers"), 4);
    const int progressSeconds = qMax(1, bench::intOption(args, QStringLiteral("--progress-seconds"), 5));
    const int maxSeconds = bench::intOption(args, QStringLiteral("--max-seconds"), 600);
    const QString unit = QStringLiteral("FLEET");
    QTextStream out(stdout);

    ServerFixture fx;
    QString error;
    if (!bench::startServer(fx, workers, unit, QStringLiteral("Fleet"), &error)) {
        out << "bench_fleet: " << error << "\n";
        return 1;
    }

    // Seal every device's records on every core.
    if (!ensureSodium()) {
        out << "bench_fleet: libsodium did not initialise\n";
        return 1;
    }
    QElapsedTimer phase;
    phase.start();
    std::vector<FleetDevice> fleet(static_cast<size_t>(deviceCount));
    std::atomic<int> nextDevice = 0;
    std::vector<std::thread> sealers;
    for (int t = 0; t < qMax(1, QThread::idealThreadCount()); ++t) {
        sealers.emplace_back([&] {
            for (int i; (i = nextDevice++) < deviceCount;)
                fleet[size_t(i)] = makeDevice(perDevice, unit);
        });
    }
    for (std::thread &t : sealers)
        t.join();
    const double sealSeconds = double(phase.nsecsElapsed()) / 1e9;
    out << "  sealed " << deviceCount << " devices' records in " << sealSeconds << " s" << Qt::endl;

    // The device rows, 500 to a statement, in one transaction.
    phase.restart();
    bool ok = fx.execute(QStringLiteral("BEGIN"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (int at = 0; ok && at < deviceCount; at += 500) {
        QStringList rows;
        QVariantList binds;
        for (int i = at; i < qMin(deviceCount, at + 500); ++i) {
            const FleetDevice &d = fleet[size_t(i)];
            rows << QStringLiteral("(?, ?, ?, ?, 'Fleet', 'bench', ?)");
            binds << d.id << unit << QString::fromLatin1(d.publicKey.toBase64())
                  << QString::fromLatin1(
                         QCryptographicHash::hash(d.token.toLatin1(), QCryptographicHash::Sha256).toHex())
                  << now;
        }
        ok =
            fx.execute(QStringLiteral("INSERT INTO devices (id, unit_code, public_key, token_hash, label, app_version, "
                                      "enrolled_at) VALUES ")
                           + rows.join(QLatin1Char(',')),
                       binds);
    }
    if (!ok || !fx.execute(QStringLiteral("COMMIT"))) {
        out << "bench_fleet: could not write the device rows\n";
        return 1;
    }
    const double rowSeconds = double(phase.nsecsElapsed()) / 1e9;

    // Push: at most `concurrency` requests in flight, spread over clients of 4 connections each
    // (QNetworkAccessManager opens up to 6 per host and client).
    std::vector<std::unique_ptr<HttpClient>> clients;
    for (int c = 0; c < (concurrency + 3) / 4; ++c)
        clients.push_back(std::make_unique<HttpClient>(fx.server().baseUrl()));
    QList<double> latencyMs;
    bench::PushErrors errors;
    int sent = 0, done = 0;
    bool stopped = false; // the time limit came before the last device
    QEventLoop loop;
    std::function<void(int)> sendNext = [&](int client) {
        if (sent == deviceCount || stopped) {
            if (done == sent)
                loop.quit();
            return;
        }
        const FleetDevice &d = fleet[size_t(sent++)];
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        QNetworkReply *reply = clients[size_t(client)]->start(
            "POST", QStringLiteral("/api/v1/records"), d.body,
            {{"Content-Encoding", "gzip"}, {"Authorization", "Bearer " + d.token.toLatin1()}});
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, started, client] {
            latencyMs.append(double(started->nsecsElapsed()) / 1e6);
            const QByteArray answer = reply->readAll();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            errors.check(status, answer, perDevice);
            ++done;
            sendNext(client);
        });
    };
    phase.restart();
    // Progress on the same event loop as the replies, so the figures are never half-updated.
    QTimer progress;
    int doneAtLastTick = 0;
    QObject::connect(&progress, &QTimer::timeout, &loop, [&] {
        const double seconds = double(phase.nsecsElapsed()) / 1e9;
        out << "  " << qRound(seconds) << " s: " << done << " of " << deviceCount << " devices, "
            << qRound(double(done - doneAtLastTick) * perDevice / progressSeconds) << " records/s now, "
            << qRound(double(done) * perDevice / seconds) << " on average, errors " << errors.count << Qt::endl;
        doneAtLastTick = done;
        if (maxSeconds > 0 && seconds >= maxSeconds && !stopped && sent < deviceCount) {
            stopped = true;
            out << "  time limit (" << maxSeconds << " s): no more devices; the " << sent - done
                << " requests in flight finish" << Qt::endl;
        }
    });
    progress.start(progressSeconds * 1000);
    for (int i = 0; i < concurrency; ++i)
        sendNext(i / 4);
    if (deviceCount > 0)
        loop.exec();
    progress.stop();
    const double pushSeconds = double(phase.nsecsElapsed()) / 1e9;
    const qint64 stored = fx.scalar(QStringLiteral("SELECT COUNT(*) FROM records")).toLongLong();
    const qint64 expected = qint64(done) * perDevice; // every device that was sent, all of them unless stopped

    out << "fleet (" << TestBackend::instance().name()
        << (TestBackend::instance().isPostgres() ? ", durable" : ", WAL synchronous=FULL") << "): " << deviceCount
        << " devices x " << perDevice << " records, gzip, " << concurrency << " requests at once, " << workers
        << " workers, " << QThread::idealThreadCount() << " cores\n"
        << "  sealing (client side, not timed with the push) " << sealSeconds << " s; device rows " << rowSeconds
        << " s\n"
        << "  push: " << pushSeconds << " s, " << qRound(double(expected) / pushSeconds) << " records/s, "
        << qRound(done / pushSeconds) << " devices/s\n"
        << "  batch latency p50 " << bench::quantile(latencyMs, 0.5) << " ms  p99 " << bench::quantile(latencyMs, 0.99)
        << " ms\n"
        << "  stored " << stored << " of " << expected << ", errors " << errors.count << errors.firstText() << "\n";
    if (stopped) {
        out << "  NOT FINISHED: " << done << " of " << deviceCount << " devices within the " << maxSeconds
            << " s limit; the whole fleet would take " << qRound(pushSeconds * deviceCount / qMax(1, done))
            << " s at this rate\n";
    }
    return errors.count == 0 && stored == expected && !stopped ? 0 : 1;
}
