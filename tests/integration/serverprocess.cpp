#include "serverprocess.h"

#include "childprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

#include <csignal>

namespace suara::testing {

QString serverBinary()
{
    // A benchmark can compare another build of the server (e.g. before a change) on the same harness.
    const QString other = qEnvironmentVariable("SUARA_TEST_SERVER_BIN");
    return other.isEmpty() ? QStringLiteral(SUARA_SERVER_BIN) : other;
}

ServerProcess::ServerProcess(QStringList databaseArgs, QStringList extraArgs)
    : m_databaseArgs(std::move(databaseArgs))
    , m_extraArgs(std::move(extraArgs))
{
    guardChild(m_process, SIGKILL);
    m_logFile.setFileTemplate(QDir::tempPath() + QStringLiteral("/suara-server-log-XXXXXX.jsonl"));
    // SUARA_TEST_KEEP_LOGS=1 keeps every server log for a post-mortem (the path is printed).
    if (qEnvironmentVariableIntValue("SUARA_TEST_KEEP_LOGS")) {
        m_logFile.setAutoRemove(false);
        m_logFile.open();
        qInfo("suara-server log: %s", qPrintable(m_logFile.fileName()));
    } else {
        m_logFile.open();
    }
}

ServerProcess::~ServerProcess()
{
    kill();
}

bool ServerProcess::start(QString *error)
{
    if (isRunning())
        return true;
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setStandardErrorFile(m_logFile.fileName(), QIODevice::Append);
    const qint64 logStart = QFileInfo(m_logFile.fileName()).size();
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(m_port); // 0 the first time: the kernel picks
    m_process.start(serverBinary(),
                    QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), listen} + m_databaseArgs
                        + m_extraArgs);
    if (!m_process.waitForStarted(10'000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(serverBinary(), m_process.errorString());
        return false;
    }
    // The port is in the "listening" log line of this start.
    const QDeadlineTimer deadline(60'000);
    quint16 port = 0;
    while (port == 0 && !deadline.hasExpired() && isRunning()) {
        for (const QByteArray &line : log().mid(logStart).split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QLatin1String("msg")).toString() == QLatin1String("listening"))
                port = quint16(o.value(QLatin1String("port")).toInt());
        }
        if (port == 0)
            m_process.waitForFinished(50);
    }
    if (port == 0) {
        *error = QStringLiteral("suara-server did not start listening: ")
            + QString::fromUtf8(log().mid(logStart).right(3000));
        kill();
        return false;
    }
    m_port = port;
    return waitForHealth(error);
}

bool ServerProcess::waitForHealth(QString *error)
{
    QNetworkAccessManager nam;
    const QDeadlineTimer deadline(30'000);
    while (!deadline.hasExpired()) {
        QNetworkReply *reply = nam.get(QNetworkRequest(baseUrl().resolved(QUrl(QStringLiteral("/healthz")))));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5'000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (status == 200)
            return true;
        if (!isRunning())
            break;
        QThread::msleep(50);
    }
    *error = QStringLiteral("suara-server never answered /healthz: ") + QString::fromUtf8(log().right(3000));
    return false;
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10'000);
}

int ServerProcess::terminate(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        kill();
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

int ServerProcess::waitForExit(int timeoutMs)
{
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(timeoutMs)) {
        kill();
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

bool ServerProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QUrl ServerProcess::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
}

QByteArray ServerProcess::log() const
{
    QFile f(m_logFile.fileName());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ServerProcess::CliResult ServerProcess::cli(const QStringList &args, const QByteArray &input) const
{
    return run(args + m_databaseArgs, input);
}

ServerProcess::CliResult ServerProcess::run(const QStringList &args, const QByteArray &input, int timeoutMs)
{
    const ChildRun run = runChild(serverBinary(), args, input, timeoutMs);
    return {run.exitCode, run.out, run.err};
}

} // namespace suara::testing
