#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryFile>
#include <QUrl>

namespace suara::testing {

// A real suara-server process (SUARA_SERVER_BIN) on 127.0.0.1: started on a free port, ready once
// /healthz answers, killed or stopped on demand, restartable on the same port. Never outlives the test.
class ServerProcess
{
public:
    // databaseArgs: from TestBackend::freshDatabase(); extraArgs go to `serve` (e.g. {"--max-batch","5000"}).
    explicit ServerProcess(QStringList databaseArgs, QStringList extraArgs = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts (on the previous port after the first start) and waits until /healthz answers 200.
    bool start(QString *error);
    // SIGKILL: no goodbye, no cleanup, exactly like a power cut of the process.
    void kill();
    // SIGTERM and wait; the exit code, or -1 if it crashed or did not stop within timeoutMs.
    int terminate(int timeoutMs = 15'000);
    // Waits for an exit the server is already making (after a signal sent some other way).
    int waitForExit(int timeoutMs = 15'000);
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QStringList databaseArgs() const { return m_databaseArgs; }
    // Everything the server wrote to stderr (its JSON log lines), over all its starts. The log is a
    // file, not a pipe, so a server is never blocked by a test that does not read it.
    [[nodiscard]] QByteArray log() const;
    [[nodiscard]] QString logPath() const { return m_logFile.fileName(); }

    struct CliResult
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // Runs `suara-server <args> <databaseArgs>` (an admin command on the same database).
    [[nodiscard]] CliResult cli(const QStringList &args, const QByteArray &input = {}) const;
    // Runs the binary with exactly these arguments.
    [[nodiscard]] static CliResult run(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 120'000);

private:
    bool waitForHealth(QString *error);

    QStringList m_databaseArgs;
    QStringList m_extraArgs;
    QProcess m_process;
    QTemporaryFile m_logFile;
    quint16 m_port = 0;
};

[[nodiscard]] QString serverBinary();

} // namespace suara::testing
