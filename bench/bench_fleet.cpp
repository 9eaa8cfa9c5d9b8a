// A fleet through the real server: --devices (20,000) devices with --records (25) records each, pushed
// over loopback HTTP, gzip, at most --concurrency (32) requests at once, to a real suara-server process
// (--workers, 4) on SQLite or, with SUARA_TEST_DATABASE=postgresql, a durable throwaway PostgreSQL.
// Devices are pre-made rows (real Ed25519 keys, token hashes as enrollment stores them) written straight
// into the database, because one-time enrollment codes are a CLI process each; every record is sealed
// as a kiosk seals it (body, hash chain, signature) and checked in full by the server.
// Reports the wall time of the push, records/s, batch latency and the errors (the target is 0).
#include "benchargs.h"
#include "benchstats.h"
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
    static const QStringList unsur = {
        QStringLiteral("persyaratan"), QStringLiteral("prosedur"),  QStringLiteral("waktu"),
        QStringLiteral("biaya"),       QStringLiteral("produk"),    QStringLiteral("kompetensi"),
        QStringLiteral("perilaku"),    QStringLiteral("pengaduan"), QStringLiteral("sarana")};
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
        QJsonObject answers;
        for (int u = 0; u < unsur.size(); ++u)
            answers.insert(unsur.at(u), 1 + (seq + u) % 4);
        draft.data =
            QJsonObject{{QStringLiteral("answers"), answers},
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
    qputenv("SUARA_TEST_PG_DURABLE", "1");
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const int deviceCount = bench::intOption(args, QStringLiteral("--devices"), quick ? 200 : 20'000);
    const int perDevice = bench::intOption(args, QStringLiteral("--records"), 25);
    const int concurrency = bench::intOption(args, QStringLiteral("--concurrency"), 32);
    const int workers = bench::intOption(args, QStringLiteral("--workers"), 4);
    const QString unit = QStringLiteral("FLEET");
    QTextStream out(stdout);

    ServerFixture fx;
    QString error;
    if (!fx.setUp(&error, {QStringLiteral("--workers"), QString::number(workers)})
        || !fx.createUnit(unit, QStringLiteral("Fleet"), &error)) {
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
    int errors = 0;
    QString firstError;
    int sent = 0, done = 0;
    QEventLoop loop;
    std::function<void(int)> sendNext = [&](int client) {
        if (sent == deviceCount) {
            if (done == deviceCount)
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
            protocol::ApiError parseError;
            const auto response = protocol::PushResponse::parse(answer, &parseError);
            bool stored = status == 200 && response && response->results.size() == perDevice;
            for (qsizetype i = 0; stored && i < response->results.size(); ++i)
                stored = response->results.at(i).status == protocol::RecordStatus::Accepted;
            if (!stored && ++errors == 1)
                firstError = QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromUtf8(answer.left(300)));
            ++done;
            sendNext(client);
        });
    };
    phase.restart();
    for (int i = 0; i < concurrency; ++i)
        sendNext(i / 4);
    if (deviceCount > 0)
        loop.exec();
    const double pushSeconds = double(phase.nsecsElapsed()) / 1e9;
    const qint64 stored = fx.scalar(QStringLiteral("SELECT COUNT(*) FROM records")).toLongLong();
    const qint64 expected = qint64(deviceCount) * perDevice;

    out << "fleet (" << TestBackend::instance().name()
        << (TestBackend::instance().isPostgres() ? ", durable" : ", WAL synchronous=FULL") << "): " << deviceCount
        << " devices x " << perDevice << " records, gzip, " << concurrency << " requests at once, " << workers
        << " workers, " << QThread::idealThreadCount() << " cores\n"
        << "  sealing (client side, not timed with the push) " << sealSeconds << " s; device rows " << rowSeconds
        << " s\n"
        << "  push: " << pushSeconds << " s, " << qRound(double(expected) / pushSeconds) << " records/s, "
        << qRound(deviceCount / pushSeconds) << " devices/s\n"
        << "  batch latency p50 " << bench::quantile(latencyMs, 0.5) << " ms  p99 " << bench::quantile(latencyMs, 0.99)
        << " ms\n"
        << "  stored " << stored << " of " << expected << ", errors " << errors
        << (firstError.isEmpty() ? QString() : QStringLiteral("  first: ") + firstError) << "\n";
    return errors == 0 && stored == expected ? 0 : 1;
}
