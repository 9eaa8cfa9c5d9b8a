#include "recordsource.h"

#include "domain/record.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

namespace suara::server::exports {

namespace {
// Local days run from UTC−12 to UTC+14: the stored UTC times are first narrowed by this margin,
// then each record is kept only if its own local day is in range.
constexpr qint64 kEarliestOffsetS = 14 * 3600;
constexpr qint64 kLatestOffsetS = 12 * 3600;

// The stored "2026-07-14T02:12:03.000Z" (protocol::formatTime) in milliseconds since the epoch, read by
// hand: QDateTime::fromString costs more than the rest of a CSV row. Anything else falls back to it.
qint64 storedUtcMs(const QString &s)
{
    const auto digits = [&](int from, int count, bool *ok) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = s.at(i).unicode();
            if (c < u'0' || c > u'9')
                *ok = false;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    bool ok = s.size() == 24 && s.at(4) == u'-' && s.at(10) == u'T' && s.at(19) == u'.' && s.at(23) == u'Z';
    if (ok) {
        const QDate day(digits(0, 4, &ok), digits(5, 2, &ok), digits(8, 2, &ok));
        const int ms = ((digits(11, 2, &ok) * 60 + digits(14, 2, &ok)) * 60 + digits(17, 2, &ok)) * 1000 + digits(20, 3, &ok);
        if (ok && day.isValid())
            return (day.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86'400'000LL + ms;
    }
    return QDateTime::fromString(s, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QString utcBound(const QDate &day, qint64 shiftS)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(shiftS).toString(Qt::ISODateWithMs);
}
} // namespace

qint64 forEachRecord(Sql &sql, const ExportScope &scope, const std::function<void(const ExportRecord &)> &each,
                     int pageSize)
{
    QStringList marks;
    for (qsizetype i = 0; i < scope.units.size(); ++i)
        marks << QStringLiteral("?");
    // (captured_at, device_id, seq) is unique and ordered, so each page starts right after the last
    // row of the one before: no OFFSET, no row read twice, whatever arrives meanwhile. The page's lower
    // bound is a plain `captured_at >= ?` (the later of the range start and the last row) so both
    // engines walk the (unit_code, captured_at) index instead of rescanning the range for every page;
    // the OR only sorts out rows captured in the same millisecond as the last one.
    const QString text = QStringLiteral("SELECT captured_at, device_id, seq, record_id, type, received_at, body FROM records"
                                        " WHERE unit_code IN (%1) AND captured_at >= ? AND captured_at < ?"
                                        " AND (captured_at > ? OR device_id > ? OR (device_id = ? AND seq > ?))"
                                        " ORDER BY captured_at, device_id, seq LIMIT %2")
                             .arg(marks.join(QLatin1Char(',')))
                             .arg(pageSize);
    QSqlQuery page = sql.prepare(text);
    page.setForwardOnly(true);
    const QString lower = utcBound(scope.range.from, -kEarliestOffsetS);
    const QString upper = utcBound(scope.range.to.addDays(1), kLatestOffsetS);
    QString lastAt;
    QString lastDevice;
    qint64 lastSeq = -1;
    qint64 misuseLeftOut = 0;
    for (;;) {
        QVariantList binds;
        for (const QString &u : scope.units)
            binds << u;
        binds << std::max(lower, lastAt) << upper << lastAt << lastDevice << lastDevice << lastSeq;
        sql.exec(page, binds);
        int rows = 0;
        while (page.next()) {
            ++rows;
            lastAt = page.value(0).toString();
            lastDevice = page.value(1).toString();
            lastSeq = page.value(2).toLongLong();
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(page.value(6).toByteArray(), &parseError);
            if (!doc.isObject())
                throw DbFailure(QSqlError(), QStringLiteral("record %1/%2 has a body that is not a JSON object: %3")
                                                 .arg(lastDevice)
                                                 .arg(lastSeq)
                                                 .arg(parseError.errorString()));
            ExportRecord r;
            r.json = doc.object();
            const int tzMinutes = r.json.value(QLatin1String("tz")).toInt();
            r.captured = QDateTime::fromMSecsSinceEpoch(storedUtcMs(lastAt), Qt::OffsetFromUTC, tzMinutes * 60);
            if (!scope.range.contains(r.captured.date()))
                continue;
            r.misuse = r.json.value(QLatin1String("flags")).toArray().contains(QJsonValue(flags::kSuspectedMisuse));
            if (r.misuse && !scope.includeMisuse) {
                ++misuseLeftOut;
                continue;
            }
            r.deviceId = lastDevice;
            r.seq = lastSeq;
            r.recordId = page.value(3).toString();
            r.type = page.value(4).toString();
            r.receivedAt = page.value(5).toString();
            each(r);
        }
        if (page.lastError().isValid())
            throw DbFailure(page.lastError(), QStringLiteral("reading records for an export"));
        if (rows < pageSize)
            return misuseLeftOut;
    }
}

} // namespace suara::server::exports
