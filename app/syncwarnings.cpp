#include "syncwarnings.h"

#include <QLocale>

namespace suara::syncwarning {

namespace {
QDate localDate(const QDateTime &at, const QDateTime &now)
{
    return at.toOffsetFromUtc(now.offsetFromUtc()).date();
}
} // namespace

int daysBetween(const QDateTime &since, const QDateTime &now)
{
    return int(localDate(since, now).daysTo(now.date()));
}

bool offlineTooLong(const QDateTime &lastSuccess, const std::optional<QDateTime> &oldestWaiting, const QDateTime &now,
                    int warnDays)
{
    // Measured in elapsed time, not calendar days: "7 days" is a week after the last sync, not the
    // seventh midnight after it.
    const qint64 limitSecs = qint64(warnDays) * 24 * 3600;
    if (lastSuccess.isValid())
        return lastSuccess.secsTo(now) > limitSecs;
    return oldestWaiting && oldestWaiting->secsTo(now) > limitSecs;
}

QString dateInWords(const QDateTime &at, const QDateTime &now, const QString &language)
{
    const QLocale locale = language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                           : QLocale(QLocale::Indonesian, QLocale::Indonesia);
    return locale.toString(localDate(at, now), QStringLiteral("dddd, d MMMM yyyy"));
}

} // namespace suara::syncwarning
