#include "recordsource.h"

#include "domain/record.h"

#include <QSqlDriver>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace suara::server::exports {

namespace {
// Local days run from UTC−12 to UTC+14: the stored UTC times are first narrowed by this margin,
// then each record is kept only if its own local day is in range.
constexpr qint64 kEarliestOffsetS = 14 * 3600;
constexpr qint64 kLatestOffsetS = 12 * 3600;

// The stored "2026-07-14T02:12:03.000Z" (protocol::formatTime) in milliseconds since the epoch, read by
// hand: QDateTime::fromString costs more than the rest of a CSV row. Anything else falls back to it.
qint64 storedUtcMs(QByteArrayView s)
{
    const auto digits = [&](int from, int count, bool *ok) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            const char c = s.at(i);
            if (c < '0' || c > '9')
                *ok = false;
            v = v * 10 + (c - '0');
        }
        return v;
    };
    bool ok = s.size() == 24 && s.at(4) == '-' && s.at(10) == 'T' && s.at(19) == '.' && s.at(23) == 'Z';
    if (ok) {
        const QDate day(digits(0, 4, &ok), digits(5, 2, &ok), digits(8, 2, &ok));
        const int ms =
            ((digits(11, 2, &ok) * 60 + digits(14, 2, &ok)) * 60 + digits(17, 2, &ok)) * 1000 + digits(20, 3, &ok);
        if (ok && day.isValid())
            return (day.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86'400'000LL + ms;
    }
    return QDateTime::fromString(QString::fromUtf8(s), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// `to` = `from`, keeping to's capacity (Qt 6.4 has no QByteArray::assign).
void setBytes(QByteArray &to, QByteArrayView from)
{
    to.resize(from.size());
    if (!from.isEmpty())
        std::memcpy(to.data(), from.data(), size_t(from.size()));
}

QString utcBound(const QDate &day, qint64 shiftS)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(shiftS).toString(Qt::ISODateWithMs);
}

// (captured_at, device_id, seq) is unique and ordered, so each page starts right after the last
// row of the one before: no OFFSET, no row read twice, whatever arrives meanwhile. The page's lower
// bound is a plain `captured_at >= ?` (the later of the range start and the last row) so both
// engines walk the (unit_code, captured_at) index instead of rescanning the range for every page;
// the OR only sorts out rows captured in the same millisecond as the last one.
QString pageQuery(qsizetype units, int pageSize)
{
    QStringList marks;
    for (qsizetype i = 0; i < units; ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("SELECT captured_at, device_id, seq, record_id, type, received_at, body FROM records"
                          " WHERE unit_code IN (%1) AND captured_at >= ? AND captured_at < ?"
                          " AND (captured_at > ? OR device_id > ? OR (device_id = ? AND seq > ?))"
                          " ORDER BY captured_at, device_id, seq LIMIT %2")
        .arg(marks.join(QLatin1Char(',')))
        .arg(pageSize);
}

// Where the last page ended, and the bounds every page shares.
struct Keyset
{
    QStringList units;
    QString lower;
    QString upper;
    QByteArray at;
    QByteArray device;
    qint64 seq = -1;

    [[nodiscard]] QByteArray from() const
    {
        const QByteArray low = lower.toLatin1();
        return std::max(low, at);
    }
};

// SQLite, below QtSql: its own prepared statement on the driver's connection, every column read as the
// stored bytes. Qt's driver copies each value into a QVariant (a TEXT decoded to UTF-16) and caches it,
// which cost more than the whole export of the row (docs/benchmarks.md).
class SqliteRows
{
public:
    SqliteRows(Sql &sql, const QString &text)
    {
        const QVariant handle = sql.db().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_db = *static_cast<sqlite3 *const *>(handle.constData());
        if (!m_db)
            throw DbFailure(QSqlError(), QStringLiteral("the SQLite driver gave no connection handle"));
        const QByteArray utf8 = text.toUtf8();
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
            != SQLITE_OK)
            fail("preparing the export's read");
        m_stmt.reset(stmt);
    }

    // Runs one page; `each` gets the row's columns, valid until it returns. Returns the rows read.
    int page(const Keyset &k, const std::function<void(const StoredRow &)> &each)
    {
        sqlite3_stmt *s = m_stmt.get();
        sqlite3_reset(s);
        int i = 0;
        QList<QByteArray> keep; // bound text must outlive the step (SQLITE_STATIC)
        const auto text = [&](const QByteArray &v) {
            keep << v;
            return sqlite3_bind_text(s, ++i, v.constData(), int(v.size()), SQLITE_STATIC) == SQLITE_OK;
        };
        bool ok = true;
        for (const QString &u : k.units)
            ok = ok && text(u.toUtf8());
        ok = ok && text(k.from()) && text(k.upper.toLatin1()) && text(k.at) && text(k.device) && text(k.device)
            && sqlite3_bind_int64(s, ++i, k.seq) == SQLITE_OK;
        if (!ok)
            fail("binding the export's read");
        int rows = 0;
        StoredRow row;
        for (;;) {
            const int rc = sqlite3_step(s);
            if (rc == SQLITE_DONE)
                return rows;
            if (rc != SQLITE_ROW)
                fail("reading records for an export");
            ++rows;
            row.capturedAt = bytes(0);
            row.deviceId = bytes(1);
            row.seq = sqlite3_column_int64(s, 2);
            row.recordId = bytes(3);
            row.type = bytes(4);
            row.receivedAt = bytes(5);
            row.body = bytes(6);
            each(row);
        }
    }

private:
    struct Finalize
    {
        void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
    };

    [[nodiscard]] QByteArrayView bytes(int column) const
    {
        // The pointer first, then the size: sqlite3_column_bytes after _text is the documented order.
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt.get(), column));
        return {p, sqlite3_column_bytes(m_stmt.get(), column)};
    }
    [[noreturn]] void fail(const char *what) const
    {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        throw DbFailure(QSqlError(message, message, QSqlError::StatementError), QString::fromLatin1(what));
    }

    sqlite3 *m_db = nullptr;
    std::unique_ptr<sqlite3_stmt, Finalize> m_stmt;
};

// PostgreSQL through QtSql, as before.
class QtSqlRows
{
public:
    QtSqlRows(Sql &sql, const QString &text)
        : m_sql(sql)
        , m_query(sql.prepare(text))
    {
        m_query.setForwardOnly(true);
    }

    int page(const Keyset &k, const std::function<void(const StoredRow &)> &each)
    {
        QVariantList binds;
        for (const QString &u : k.units)
            binds << u;
        binds << QString::fromLatin1(k.from()) << k.upper << QString::fromLatin1(k.at) << QString::fromUtf8(k.device)
              << QString::fromUtf8(k.device) << k.seq;
        m_sql.exec(m_query, binds);
        int rows = 0;
        StoredRow row;
        while (m_query.next()) {
            ++rows;
            for (int c = 0; c < 7; ++c)
                m_values[c] = c == 2 ? QByteArray() : m_query.value(c).toString().toUtf8();
            row.capturedAt = m_values[0];
            row.deviceId = m_values[1];
            row.seq = m_query.value(2).toLongLong();
            row.recordId = m_values[3];
            row.type = m_values[4];
            row.receivedAt = m_values[5];
            row.body = m_values[6];
            each(row);
        }
        if (m_query.lastError().isValid())
            throw DbFailure(m_query.lastError(), QStringLiteral("reading records for an export"));
        return rows;
    }

private:
    Sql &m_sql;
    QSqlQuery m_query;
    QByteArray m_values[7];
};

template<typename Rows>
void readPages(Rows &rows, Keyset &k, int pageSize, const std::function<void(const StoredRow &)> &each)
{
    for (;;) {
        const int n = rows.page(k, [&](const StoredRow &row) {
            setBytes(k.at, row.capturedAt);
            setBytes(k.device, row.deviceId);
            k.seq = row.seq;
            each(row);
        });
        if (n < pageSize)
            return;
    }
}
} // namespace

bool RecordKinds::holds(QByteArrayView type) const
{
    if (type == QByteArrayView("gratification_ack"))
        return visitorAcknowledgements;
    if (type == QByteArrayView("gratification_report"))
        return officerReports;
    return true;
}

void forEachStoredRow(Sql &sql, const reports::Scope &scope, const std::function<void(const StoredRow &)> &each,
                      int pageSize)
{
    Keyset k;
    k.units = scope.units;
    k.lower = utcBound(scope.period.from, -kEarliestOffsetS);
    k.upper = utcBound(scope.period.to.addDays(1), kLatestOffsetS);
    const QString text = pageQuery(scope.units.size(), pageSize);
    if (sql.isPostgres()) {
        QtSqlRows rows(sql, text);
        readPages(rows, k, pageSize, each);
    } else {
        SqliteRows rows(sql, text);
        readPages(rows, k, pageSize, each);
    }
}

qint64 forEachRecord(Sql &sql, const reports::Scope &scope, const RecordKinds &kinds,
                     const std::function<void(const ExportRecord &)> &each, int pageSize)
{
    qint64 misuseLeftOut = 0;
    // The period's first and last local day as day numbers, once: each record's local day is compared
    // with them as a number.
    const qint64 epoch = QDate(1970, 1, 1).toJulianDay();
    const qint64 firstDay = scope.period.from.toJulianDay() - epoch;
    const qint64 lastDay = scope.period.to.toJulianDay() - epoch;
    ExportRecord r; // reused: its buffers keep their capacity from row to row
    forEachStoredRow(
        sql, scope,
        [&](const StoredRow &row) {
            if (!kinds.holds(row.type))
                return;
            // The body's bytes stay where the reader has them while `each` runs: the scanner's spans
            // point into them, and nothing keeps them past this row.
            r.body = QByteArray::fromRawData(row.body.data(), row.body.size());
            const int tzMinutes = readBody(r);
            if (tzMinutes == kNotAnObject)
                throw DbFailure(QSqlError(),
                                QStringLiteral("record %1/%2 has a body that is not a JSON object")
                                    .arg(QString::fromUtf8(row.deviceId))
                                    .arg(row.seq));
            // The intake refuses such a body (parseBody); one in the store came some other way.
            if (tzMinutes < -recordformat::kMaxTzMinutes || tzMinutes > recordformat::kMaxTzMinutes)
                throw DbFailure(QSqlError(),
                                QStringLiteral("record %1/%2 has a time zone offset of %3 minutes, past ±14 hours")
                                    .arg(QString::fromUtf8(row.deviceId))
                                    .arg(row.seq)
                                    .arg(tzMinutes));
            r.captured = CapturedTime(storedUtcMs(row.capturedAt), tzMinutes * 60);
            const qint64 day = r.captured.localDay();
            if (day < firstDay || day > lastDay)
                return;
            if (r.misuse && !scope.includeMisuse) {
                ++misuseLeftOut;
                return;
            }
            setBytes(r.deviceId, row.deviceId);
            r.seq = row.seq;
            setBytes(r.recordId, row.recordId);
            setBytes(r.type, row.type);
            setBytes(r.receivedAt, row.receivedAt);
            each(r);
        },
        pageSize);
    return misuseLeftOut;
}

} // namespace suara::server::exports
