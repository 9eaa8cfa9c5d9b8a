// suara-faultproxy --listen PORT --upstream HOST:PORT [--script F,F,…] [--random P --menu F,F,… --seed N]
// A TCP proxy that injects network faults per HTTP request, for trying suara-sync by hand against a
// real server: e.g. --script portal,cut-response:100,502,hang,delay:3000. Faults: pass, cut-request:N,
// cut-response:N, delay:MS, 502, portal, hang.

#include "faultproxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace suara::faultproxy;

namespace {
std::optional<QList<Fault>> faults(const QString &list)
{
    QList<Fault> out;
    for (const QString &item : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<Fault> f = Fault::parse(item);
        if (!f)
            return std::nullopt;
        out.append(*f);
    }
    return out;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("A fault-injecting TCP proxy for HTTP (Suara's sync tests)."));
    p.addHelpOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Port to listen on (127.0.0.1)."),
                                    QStringLiteral("PORT"));
    const QCommandLineOption upstream(QStringLiteral("upstream"), QStringLiteral("The server, HOST:PORT."),
                                      QStringLiteral("HOST:PORT"));
    const QCommandLineOption script(QStringLiteral("script"),
                                    QStringLiteral("Faults for the first requests, in order."), QStringLiteral("LIST"));
    const QCommandLineOption random(QStringLiteral("random"), QStringLiteral("Probability of a fault afterwards."),
                                    QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption menu(QStringLiteral("menu"), QStringLiteral("Faults to pick from at random."),
                                  QStringLiteral("LIST"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"),
                                  QStringLiteral("1"));
    p.addOptions({listen, upstream, script, random, menu, seed});
    p.process(app);

    const QStringList up = p.value(upstream).split(QLatin1Char(':'));
    const auto scripted = faults(p.value(script));
    const auto menuFaults = faults(p.value(menu));
    if (up.size() != 2 || up.at(1).toUShort() == 0 || !scripted || !menuFaults) {
        std::fputs("suara-faultproxy: give --upstream HOST:PORT and valid fault lists\n", stderr);
        return 2;
    }
    FaultProxy proxy(QHostAddress(up.at(0) == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : up.at(0)),
                     up.at(1).toUShort());
    proxy.setScript(*scripted);
    proxy.setRandom(p.value(random).toDouble(), *menuFaults, p.value(seed).toUInt());
    if (!proxy.listen(QHostAddress::LocalHost, p.value(listen).toUShort())) {
        std::fputs("suara-faultproxy: cannot listen\n", stderr);
        return 1;
    }
    std::printf("listening on 127.0.0.1:%u\n", proxy.port());
    std::fflush(stdout);
    return app.exec();
}
