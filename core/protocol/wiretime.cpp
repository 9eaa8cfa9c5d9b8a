#include "wiretime.h"

namespace suara::protocol {

QString formatTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> parseTime(const QString &text)
{
    const QString t = text.trimmed();
    const bool zoned = t.endsWith(QLatin1Char('Z'))
        || (t.size() > 6 && (t.at(t.size() - 6) == QLatin1Char('+') || t.at(t.size() - 6) == QLatin1Char('-')));
    if (!zoned)
        return std::nullopt;
    const QDateTime parsed = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

} // namespace suara::protocol
