#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace suara::protocol {

// Protocol times: ISO 8601 UTC with milliseconds, "2026-11-22T03:14:15.123Z".
[[nodiscard]] QString formatTime(const QDateTime &time);
// Any ISO 8601 time with an offset or Z; nullopt for anything else (a time without a zone is ambiguous).
[[nodiscard]] std::optional<QDateTime> parseTime(const QString &text);

} // namespace suara::protocol
