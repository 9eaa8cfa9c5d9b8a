// What does one sync batch cost the kiosk on a LAN, against what the server itself spends on it?
// Batches of 200 sealed records, gzip like the real client, are pushed one after another over one
// kept-alive connection through QNetworkAccessManager (the kiosk's transport) to a real suara-server
// process on 127.0.0.1. The client times each exchange; the server says in Server-Timing how long its
// workers worked on it (authorization, parsing, checks, the write transaction). The ratio of the two,
// batch by batch, is what the network layer adds: delayed ACKs and Nagle showed up here as ~40 ms.
#include "benchstats.h"
#include "kioskdevice.h"
#include "protocol/gzip.h"
#include "serverfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace suara;
using namespace suara::testing;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int batches = quick ? 5 : 60;
    // --plain: uncompressed bodies (~120 KB a batch, as the earlier benchmark sent them)
    const bool plain = app.arguments().contains(QStringLiteral("--plain"));
    constexpr int kBatch = 200;
    QTextStream out(stdout);

    ServerFixture fx;
    QString error;
    if (!fx.setUp(&error) || !fx.createUnit(QStringLiteral("BENCH"), QStringLiteral("Bench"), &error)) {
        out << "bench_sync: " << error << "\n";
        return 1;
    }
    KioskDevice device;
    HttpClient http = fx.client();
    device.addResponses(batches * kBatch);
    if (device.enroll(http, fx.enrollmentCode(QStringLiteral("BENCH"), &error)).status != 201) {
        out << "bench_sync: enrollment failed " << error << "\n";
        return 1;
    }
    http.setBearer(device.token());
    // A first request opens the connection, so every timed batch runs on a kept-alive one, as a sync does.
    if (http.get(QStringLiteral("/api/v1/settings")).status != 200) {
        out << "bench_sync: settings failed\n";
        return 1;
    }

    QList<double> client, server, ratio;
    const QList<Record> all = device.records();
    for (int b = 0; b < batches; ++b) {
        const QList<Record> batch = all.mid(b * kBatch, kBatch);
        const QByteArray json = device.pushBody(batch);
        const QByteArray body = plain ? json : gzip::compress(json);
        QElapsedTimer t;
        t.start();
        const HttpResult r =
            http.post(QStringLiteral("/api/v1/records"), body,
                      plain ? HttpClient::Headers{} : HttpClient::Headers{{"Content-Encoding", "gzip"}});
        const double clientMs = double(t.nsecsElapsed()) / 1e6;
        const QByteArray timing = r.header("server-timing");
        if (r.status != 200 || !timing.startsWith("app;dur=")) {
            out << "bench_sync: batch " << b << ": HTTP " << r.status << " " << r.body.left(300) << " Server-Timing '"
                << timing << "'\n";
            return 1;
        }
        const double serverMs = timing.mid(8).toDouble();
        client.append(clientMs);
        server.append(serverMs);
        ratio.append(clientMs / serverMs);
    }
    out << "sync batch (" << TestBackend::instance().name() << "): " << batches << " batches of " << kBatch
        << " records, " << (plain ? "uncompressed" : "gzip") << ", one kept-alive connection\n"
        << "  server's own time (floor)  p50 " << bench::quantile(server, 0.5) << " ms  p90 "
        << bench::quantile(server, 0.9) << " ms\n"
        << "  client's exchange          p50 " << bench::quantile(client, 0.5) << " ms  p90 "
        << bench::quantile(client, 0.9) << " ms\n"
        << "  ratio client/server, batch by batch: p50 " << bench::quantile(ratio, 0.5) << "  p90 "
        << bench::quantile(ratio, 0.9) << "\n";
    return 0;
}
