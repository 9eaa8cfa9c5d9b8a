#pragma once

#include <QJsonObject>
#include <QString>

namespace suara::server::log {

// Structured logs: one JSON object per line on stderr ({"ts","level","msg",…}), safe from any thread,
// so a log shipper or `jq` reads them without guessing. A caller only queues the line; one writer
// thread writes them in order (a slow stderr never blocks the I/O thread), and a full queue is
// reported as a count of dropped lines, never silently.
void write(const QString &level, const QString &message, const QJsonObject &fields = {});
inline void info(const QString &message, const QJsonObject &fields = {})
{
    write(QStringLiteral("info"), message, fields);
}
inline void warn(const QString &message, const QJsonObject &fields = {})
{
    write(QStringLiteral("warn"), message, fields);
}
inline void error(const QString &message, const QJsonObject &fields = {})
{
    write(QStringLiteral("error"), message, fields);
}

// Blocks until every line queued so far is on stderr (before exit, and in tests).
void flush();
// The line write() queues, for tests.
[[nodiscard]] QByteArray format(const QString &level, const QString &message, const QJsonObject &fields = {});

// Routes qDebug/qWarning/… (Qt's own messages included) through write().
void installQtMessageHandler();

} // namespace suara::server::log
