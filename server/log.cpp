#include "log.h"

#include "protocol/wiretime.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMutex>

#include <cstdio>

namespace suara::server::log {

void write(const QString &level, const QString &message, const QJsonObject &fields)
{
    QJsonObject line = fields;
    line.insert(QStringLiteral("ts"), protocol::formatTime(QDateTime::currentDateTimeUtc()));
    line.insert(QStringLiteral("level"), level);
    line.insert(QStringLiteral("msg"), message);
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

void installQtMessageHandler()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        switch (type) {
        case QtDebugMsg:
        case QtInfoMsg: write(QStringLiteral("debug"), message); break;
        case QtWarningMsg: write(QStringLiteral("warn"), message); break;
        case QtCriticalMsg:
        case QtFatalMsg: write(QStringLiteral("error"), message); break;
        }
    });
}

} // namespace suara::server::log
