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
        const int ms =
            ((digits(11, 2, &ok) * 60 + digits(14, 2, &ok)) * 60 + digits(17, 2, &ok)) * 1000 + digits(20, 3, &ok);
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

QJsonObject ExportRecord::object() const
{
    return canonical ? QJsonDocument::fromJson(body).object() : json;
}

int readBody(ExportRecord &r)
{
    static const QByteArray misuseFlag = flags::kSuspectedMisuse.toUtf8();
    r.canonical = r.scanned.scan(r.body);
    if (!r.canonical) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (!doc.isObject())
            return kNotAnObject;
        r.json = doc.object();
        r.misuse = r.json.value(QLatin1String("flags")).toArray().contains(QJsonValue(flags::kSuspectedMisuse));
        return r.json.value(QLatin1String("tz")).toInt();
    }
    r.json = QJsonObject();
    r.misuse = false;
    const JsonMembers top = r.scanned.top();
    for (const JsonSpan &e : r.scanned.elementsOf(member(top, "flags")))
        r.misuse = r.misuse || (e.is(JsonSpan::Kind::String) && e.bytes == QByteArrayView(misuseFlag));
    const JsonSpan tz = member(top, "tz");
    bool ok = false;
    const int minutes = tz.is(JsonSpan::Kind::Integer) ? tz.bytes.toInt(&ok) : 0;
    return ok ? minutes : 0; // as QJsonValue::toInt: 0 unless a whole number that fits
}

qint64 forEachRecord(Sql &sql, const reports::Scope &scope, const std::function<void(const ExportRecord &)> &each,
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
    // SQLite hands a TEXT column over as a QString (decoded from UTF-8, to be encoded again by
    // toByteArray()), a BLOB as the stored bytes: the cast spares two conversions of every body. The
    // keyset columns stay text, since they are bound back as text. PostgreSQL's driver has no such choice.
    const auto bytes = [&](const char *column) {
        return sql.isPostgres() ? QString::fromLatin1(column)
                                : QStringLiteral("CAST(%1 AS BLOB)").arg(QLatin1String(column));
    };
    const QString text = QStringLiteral("SELECT captured_at, device_id, seq, %3, %4, %5, %6 FROM records"
                                        " WHERE unit_code IN (%1) AND captured_at >= ? AND captured_at < ?"
                                        " AND (captured_at > ? OR device_id > ? OR (device_id = ? AND seq > ?))"
                                        " ORDER BY captured_at, device_id, seq LIMIT %2")
                             .arg(marks.join(QLatin1Char(',')))
                             .arg(pageSize)
                             .arg(bytes("record_id"), bytes("type"), bytes("received_at"), bytes("body"));
    QSqlQuery page = sql.prepare(text);
    page.setForwardOnly(true);
    const QString lower = utcBound(scope.period.from, -kEarliestOffsetS);
    const QString upper = utcBound(scope.period.to.addDays(1), kLatestOffsetS);
    QString lastAt;
    QVariant lastDevice = QString();
    qint64 lastSeq = -1;
    qint64 misuseLeftOut = 0;
    ExportRecord r; // reused: its buffers keep their capacity from row to row
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
            lastDevice = page.value(1);
            lastSeq = page.value(2).toLongLong();
            r.body = page.value(6).toByteArray();
            const int tzMinutes = readBody(r);
            if (tzMinutes == kNotAnObject)
                throw DbFailure(QSqlError(),
                                QStringLiteral("record %1/%2 has a body that is not a JSON object")
                                    .arg(lastDevice.toString())
                                    .arg(lastSeq));
            r.captured = QDateTime::fromMSecsSinceEpoch(storedUtcMs(lastAt), Qt::OffsetFromUTC, tzMinutes * 60);
            if (r.captured.date() < scope.period.from || r.captured.date() > scope.period.to)
                continue;
            if (r.misuse && !scope.includeMisuse) {
                ++misuseLeftOut;
                continue;
            }
            r.deviceId = lastDevice.toByteArray();
            r.seq = lastSeq;
            r.recordId = page.value(3).toByteArray();
            r.type = page.value(4).toByteArray();
            r.receivedAt = page.value(5).toByteArray();
            each(r);
        }
        if (page.lastError().isValid())
            throw DbFailure(page.lastError(), QStringLiteral("reading records for an export"));
        if (rows < pageSize)
            return misuseLeftOut;
    }
}

} // namespace suara::server::exports
