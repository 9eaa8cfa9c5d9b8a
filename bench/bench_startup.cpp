// Kiosk cold start to its first frame, against the floor of an empty Qt Quick Controls window
// (bench/startup_floor.cpp), both spawned the same way and interleaved, --runs (15) times each.
// Each child runs offscreen with the software renderer; the kiosk gets a fresh temporary store every
// time (a first start: the PIN setup screen). The time is taken here, from just before the process is
// started to the moment its "first frame" line arrives, so process creation and library loading count
// for both. `--before BIN` adds an arm (another suara-kiosk build) to the same rounds, `--with-speech`
// one with the platform's speech engine (for the --before build as well). A second floor arm puts one
// Label in the empty window.
#include "benchargs.h"
#include "benchstats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <optional>

using namespace suara;

namespace {
struct Arm
{
    QString name;
    QString program;
    QStringList args; // the kiosk's: a fresh store is added each run
    bool isKiosk;
    QList<double> ms;
};

// Milliseconds from start to the child's "first frame" line, or nothing (with `error` set).
std::optional<double> timeToFirstFrame(const Arm &arm, QString *error)
{
    QTemporaryDir store;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args = arm.args;
    if (arm.isKiosk)
        args << QStringLiteral("--exit-after-first-frame") << QStringLiteral("--data-dir") << store.path();
    QElapsedTimer clock;
    clock.start();
    child.start(arm.program, args);
    QByteArray out;
    std::optional<double> ms;
    while (!ms && child.waitForReadyRead(30'000)) {
        out += child.readAllStandardOutput();
        if (out.contains("first frame\n"))
            ms = double(clock.nsecsElapsed()) / 1e6;
    }
    if (!child.waitForFinished(30'000)) {
        child.kill();
        child.waitForFinished();
    }
    if (!ms || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        *error = QStringLiteral("%1 (%2): no first frame or a bad exit (code %3): %4")
                     .arg(arm.name, arm.program)
                     .arg(child.exitCode())
                     .arg(QString::fromLocal8Bit(child.readAllStandardError().right(600)));
        return std::nullopt;
    }
    return ms;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const int runs = bench::intOption(args, QStringLiteral("--runs"), quick ? 2 : 15);
    QTextStream out(stdout);

    // Both beside this build's benchmarks: build/<preset>/bench/ and build/<preset>/app/.
    const QString here = QCoreApplication::applicationDirPath();
    // The speech engine is left out of the main comparison (--speech-engine none): Qt 6.4 opens it on the
    // GUI thread, and speech-dispatcher's connection takes 1-7 s on a machine where it is not running.
    // Its own arm shows that cost.
    const QStringList noSpeech{QStringLiteral("--speech-engine"), QStringLiteral("none")};
    const QString kiosk = here + QStringLiteral("/../app/suara-kiosk");
    std::vector<Arm> arms;
    arms.push_back({QStringLiteral("empty Quick Controls window (floor)"),
                    here + QStringLiteral("/bench_startup_floor"),
                    {},
                    false,
                    {}});
    // The same window with one Label: what the first line of text costs (fontconfig, the font engine,
    // shaping). Not the floor of the ratios, which stays the empty window the issue names.
    arms.push_back({QStringLiteral("the same with one Label"),
                    here + QStringLiteral("/bench_startup_floor"),
                    {QStringLiteral("--text")},
                    false,
                    {}});
    arms.push_back({QStringLiteral("suara-kiosk"), kiosk, noSpeech, true, {}});
    if (args.contains(QStringLiteral("--with-speech")))
        arms.push_back({QStringLiteral("suara-kiosk, platform speech engine"), kiosk, {}, true, {}});
    const qsizetype before = args.indexOf(QStringLiteral("--before"));
    if (before >= 0 && before + 1 < args.size()) {
        arms.push_back({QStringLiteral("suara-kiosk --before"), args.at(before + 1), noSpeech, true, {}});
        // With --with-speech the other build runs with the speech engine too, to compare where it opens.
        if (args.contains(QStringLiteral("--with-speech")))
            arms.push_back(
                {QStringLiteral("suara-kiosk --before, platform speech engine"), args.at(before + 1), {}, true, {}});
    }

    // One warm-up each (page cache, ccache'd libraries), not counted; then rounds in a rotating order,
    // so no arm is always the one that follows another.
    QString error;
    for (const Arm &arm : arms) {
        if (!timeToFirstFrame(arm, &error)) {
            out << "bench_startup: " << error << "\n";
            return 1;
        }
    }
    for (int round = 0; round < runs; ++round) {
        for (size_t k = 0; k < arms.size(); ++k) {
            Arm &arm = arms[(k + size_t(round)) % arms.size()];
            const std::optional<double> ms = timeToFirstFrame(arm, &error);
            if (!ms) {
                out << "bench_startup: " << error << "\n";
                return 1;
            }
            arm.ms.append(*ms);
        }
    }

    const double floor = bench::quantile(arms.front().ms, 0.5);
    out << "start to first frame, offscreen, software renderer, " << runs << " runs each, interleaved (medians)\n";
    for (const Arm &arm : arms) {
        const double median = bench::quantile(arm.ms, 0.5);
        out << "  " << arm.name << ": " << QString::number(median, 'f', 1) << " ms (p10 "
            << QString::number(bench::quantile(arm.ms, 0.1), 'f', 1) << ", p90 "
            << QString::number(bench::quantile(arm.ms, 0.9), 'f', 1) << ")  ratio "
            << QString::number(median / floor, 'f', 2) << "\n";
    }
    return 0;
}
