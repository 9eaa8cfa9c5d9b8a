// What does a record cost on its way into suara-server? Records sealed by the kiosk's own store are
// pushed over real HTTP in batches of 200 to a real server process (SQLite by default;
// SUARA_TEST_DATABASE=postgresql for a throwaway PostgreSQL). Baseline: checking the same records'
// hashes and signatures in process, the part of the work no server can skip.
#include "benchclock.h"
#include "kioskdevice.h"
#include "protocol/wirerecord.h"
#include "serverfixture.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace suara;
using namespace suara::testing;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int records = app.arguments().contains(QStringLiteral("--quick")) ? 400 : 10'000;
    constexpr int kRuns = 3;
    QTextStream out(stdout);

    ServerFixture fx;
    QString error;
    if (!fx.setUp(&error) || !fx.createUnit(QStringLiteral("BENCH"), QStringLiteral("Bench"), &error)) {
        out << "bench_serverpush: " << error << "\n";
        return 1;
    }
    // One device per run, so every timed push stores new records.
    std::vector<std::unique_ptr<KioskDevice>> devices;
    HttpClient http = fx.client();
    for (int i = 0; i < kRuns; ++i) {
        devices.push_back(std::make_unique<KioskDevice>());
        devices.back()->addResponses(records);
        if (devices.back()->enroll(http, fx.enrollmentCode(QStringLiteral("BENCH"), &error)).status != 201) {
            out << "bench_serverpush: enrollment failed\n";
            return 1;
        }
    }

    const QList<Record> sample = devices.front()->records();
    const QByteArray key = devices.front()->store().publicKey();
    const QString id = devices.front()->id();
    const double verify = bench::medianMs(kRuns, [&] {
        for (const Record &r : sample)
            (void)protocol::verify(r, key, id);
    });
    int run = 0;
    bool ok = true;
    const double accepted = bench::medianMs(kRuns, [&] { ok &= devices.at(run++)->pushAll(http, 200, &error); });
    const double duplicate = bench::medianMs(kRuns, [&] { ok &= devices.front()->pushAll(http, 200, &error); });
    if (!ok) {
        out << "bench_serverpush: " << error << "\n";
        return 1;
    }
    const double n = records;
    out << "serverpush (" << TestBackend::instance().name() << "): " << records << " records, batches of 200\n"
        << "  verify hash + signature, in process (baseline) " << verify / n * 1000 << " us/record\n"
        << "  push, stored (accepted)                        " << accepted / n * 1000 << " us/record  ("
        << qRound(n / accepted * 1000) << " records/s)\n"
        << "  push again (all duplicate)                     " << duplicate / n * 1000 << " us/record\n"
        << "  ratio accepted/baseline: " << accepted / verify << "\n";
    return 0;
}
