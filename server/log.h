#pragma once

#include <QJsonObject>
#include <QString>

namespace suara::server::log {

// Structured logs: one JSON object per line on stderr ({"ts","level","msg",…}), safe from any thread,
// so a log shipper or `jq` reads them without guessing.
void write(const QString &level, const QString &message, const QJsonObject &fields = {});
inline void info(const QString &message, const QJsonObject &fields = {}) { write(QStringLiteral("info"), message, fields); }
inline void warn(const QString &message, const QJsonObject &fields = {}) { write(QStringLiteral("warn"), message, fields); }
inline void error(const QString &message, const QJsonObject &fields = {}) { write(QStringLiteral("error"), message, fields); }

// Routes qDebug/qWarning/… (Qt's own messages included) through write().
void installQtMessageHandler();

} // namespace suara::server::log
