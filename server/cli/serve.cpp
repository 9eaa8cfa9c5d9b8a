// suara-server serve: the HTTP API on a worker pool, until SIGTERM/SIGINT.
#include "commands.h"

#include "api/api.h"
#include "http/httplistener.h"
#include "log.h"
#include "protocol/protocol.h"
#include "signalwatcher.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace suara::server::cli {

namespace {
// On SIGTERM, open connections get --stop-grace-seconds (60) to finish. After the event loop ends,
// requests still on a worker get --worker-grace-seconds (15) to commit or roll back. A worker stuck
// longer (a database that stopped answering) is cut off: the process exits without it, and its open
// transaction rolls back in the database, so nothing is half written.
constexpr int kStopGraceSeconds = 60;
constexpr int kWorkerGraceSeconds = 15;

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    if (!address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
}
// Dashboard sessions and sign-in limits (docs/api.md, "Sessions").
bool sessionOptions(const Options &options, ApiConfig *config, QString *error)
{
    const auto idle = options.integer(QStringLiteral("session-idle-minutes"), 30, 1, 24 * 60, error);
    const auto absolute = options.integer(QStringLiteral("session-max-hours"), 12, 1, 24 * 30, error);
    const auto account = options.integer(QStringLiteral("login-max-failures"), 5, 1, 1000, error);
    const auto address = options.integer(QStringLiteral("login-address-max-failures"), 20, 1, 100000, error);
    const auto window = options.integer(QStringLiteral("login-window-minutes"), 15, 1, 24 * 60, error);
    if (!idle || !absolute || !account || !address || !window)
        return false;
    config->sessions.idleSeconds = *idle * 60;
    config->sessions.absoluteSeconds = *absolute * 3600;
    config->sessions.maxAccountFailures = int(*account);
    config->sessions.maxAddressFailures = int(*address);
    config->sessions.failureWindowSeconds = *window * 60;
    const QString proxies = options.value(QStringLiteral("trusted-proxy"));
    for (const QString &text : proxies.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QHostAddress proxy;
        if (!proxy.setAddress(text.trimmed())) {
            *error = QStringLiteral("--trusted-proxy must be IP addresses separated by commas, not %1").arg(text);
            return false;
        }
        config->trustedProxies.append(proxy);
    }
    return true;
}
} // namespace

int serve(const Options &options, Database &database)
{
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(options.value(QStringLiteral("listen"), QStringLiteral("127.0.0.1:8080")), &address, &port)) {
        std::fprintf(stderr, "suara-server: --listen must be HOST:PORT, e.g. 127.0.0.1:8080 or 0.0.0.0:8080\n");
        return kUsage;
    }
    QString error;
    ApiConfig config;
    const auto workers = options.integer(QStringLiteral("workers"), 4, 1, 64, &error);
    const auto maxBody =
        options.integer(QStringLiteral("max-body-bytes"), protocol::kMaxBodyBytes, 1024, 1LL << 30, &error);
    const auto maxInflated = options.integer(QStringLiteral("max-decompressed-bytes"), protocol::kMaxDecompressedBytes,
                                             1024, 1LL << 31, &error);
    const auto maxBatch = options.integer(QStringLiteral("max-batch"), protocol::kMaxBatchRecords, 1, 100000, &error);
    const auto maxBundle =
        options.integer(QStringLiteral("max-bundle-bytes"), protocol::kMaxBundleBytes, 1024, 1LL << 31, &error);
    const auto stopGrace = options.integer(QStringLiteral("stop-grace-seconds"), kStopGraceSeconds, 0, 3600, &error);
    const auto workerGrace =
        options.integer(QStringLiteral("worker-grace-seconds"), kWorkerGraceSeconds, 0, 3600, &error);
    if (!workers || !maxBody || !maxInflated || !maxBatch || !maxBundle || !stopGrace || !workerGrace) {
        std::fprintf(stderr, "suara-server: %s\n", qPrintable(error));
        return kUsage;
    }
    config.maxBodyBytes = *maxBody;
    config.maxDecompressedBytes = *maxInflated;
    config.maxBatchRecords = int(*maxBatch);
    config.maxBundleBytes = *maxBundle;
    const std::optional<reports::ZiMinimums> zi =
        reports::ZiMinimums::parse(options.value(QStringLiteral("zi-minimums")), &error);
    if (!zi) {
        std::fprintf(stderr, "suara-server: %s\n", qPrintable(error));
        return kUsage;
    }
    config.ziMinimums = *zi;
    if (!sessionOptions(options, &config, &error)) {
        std::fprintf(stderr, "suara-server: %s\n", qPrintable(error));
        return kUsage;
    }

    database.resetThisThread(); // the main thread only migrated; requests use the workers' connections
    Api api(database, config);
    QThreadPool pool;
    pool.setMaxThreadCount(int(*workers));
    pool.setExpiryTimeout(-1); // threads keep their database connections for the server's lifetime
    HttpListener listener(&api, &pool);
    listener.setRequestLogger([](const HttpRequest &request, const HttpResponse &response, qint64 elapsedMs) {
        QJsonObject fields{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                           {QStringLiteral("path"), request.path},
                           {QStringLiteral("status"), response.status},
                           {QStringLiteral("ms"), elapsedMs},
                           {QStringLiteral("bytes_in"), qint64(request.body.size())},
                           {QStringLiteral("bytes_out"), qint64(response.body.size())},
                           {QStringLiteral("peer"), request.peer.toString()}};
        if (!response.logDevice.isEmpty())
            fields.insert(QStringLiteral("device"), response.logDevice);
        log::info(QStringLiteral("request"), fields);
    });
    if (!listener.listen(address, port, &error)) {
        log::error(QStringLiteral("cannot listen"),
                   {{QStringLiteral("address"), address.toString()},
                    {QStringLiteral("port"), int(port)},
                    {QStringLiteral("error"), error}});
        return kFailed;
    }

    SignalWatcher watcher;
    bool stopping = false;
    QObject::connect(&watcher, &SignalWatcher::terminate, &listener, [&](int number) {
        if (stopping) {
            log::info(QStringLiteral("already stopping"), {{QStringLiteral("signal"), number}});
            return; // the requests in hand end on their own; SIGKILL is the way to cut them short
        }
        stopping = true;
        log::info(QStringLiteral("stopping: finishing requests in hand"), {{QStringLiteral("signal"), number}});
        api.setShuttingDown();
        listener.stop();
        // A client that never reads its answer must not hold the exit forever.
        QTimer::singleShot(int(*stopGrace) * 1000, qApp, [] {
            log::warn(QStringLiteral("stop grace period over: closing remaining connections"));
            QCoreApplication::quit();
        });
    });
    QObject::connect(&listener, &HttpListener::stopped, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    log::info(QStringLiteral("listening"),
              {{QStringLiteral("address"), address.toString()},
               {QStringLiteral("port"), int(listener.port())},
               {QStringLiteral("database"), database.config().describe()},
               {QStringLiteral("workers"), int(*workers)},
               {QStringLiteral("version"), QStringLiteral(SUARA_SERVER_VERSION)}});
    QCoreApplication::exec();
    // An in-flight batch commits or rolls back; never half of it.
    const int workerGraceMs = int(*workerGrace) * 1000;
    if (!pool.waitForDone(workerGraceMs)) {
        log::error(
            QStringLiteral("stopped with requests still running: they are cut off and their transactions roll back"),
            {{QStringLiteral("requests"), pool.activeThreadCount()}, {QStringLiteral("waited_ms"), workerGraceMs}});
        log::flush();
        // The stuck workers still use `database` and `api`: returning would destroy them underneath.
        std::_Exit(kFailed);
    }
    log::info(QStringLiteral("stopped"));
    return kOk;
}

} // namespace suara::server::cli
