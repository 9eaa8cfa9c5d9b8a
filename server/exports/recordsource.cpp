#include "recordsource.h"

#include "domain/record.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace suara::server::exports {

namespace {
// Local days run from UTC−12 to UTC+14: the stored UTC times are first narrowed by this margin,
// then each record is kept only if its own local day is in range.
constexpr qint64 kEarliestOffsetS = 14 * 3600;
constexpr qint64 kLatestOffsetS = 12 * 3600;

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
    // row of the one before: no OFFSET, no row read twice, whatever arrives meanwhile.
    const QString text = QStringLiteral("SELECT captured_at, device_id, seq, record_id, type, received_at, body FROM records"
                                        " WHERE unit_code IN (%1) AND captured_at >= ? AND captured_at < ?"
                                        " AND (captured_at > ? OR (captured_at = ? AND (device_id > ? OR (device_id = ? AND seq > ?))))"
                                        " ORDER BY captured_at, device_id, seq LIMIT %2")
                             .arg(marks.join(QLatin1Char(',')))
                             .arg(pageSize);
    QSqlQuery page = sql.prepare(text);
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
        binds << lower << upper << lastAt << lastAt << lastDevice << lastDevice << lastSeq;
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
            r.captured = QDateTime::fromString(lastAt, Qt::ISODateWithMs).toOffsetFromUtc(tzMinutes * 60);
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
