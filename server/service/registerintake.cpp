#include "registerintake.h"

#include "domain/record.h"
#include "failure.h"

#include <QDateTime>
#include <QJsonDocument>

namespace suara::server::registry {

namespace {
QString str(const QJsonObject &o, const QString &key)
{
    return o.value(key).toString().trimmed();
}

QString localDay(const QJsonObject &body)
{
    const QDateTime utc = QDateTime::fromString(body.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    if (!utc.isValid())
        return {};
    return utc.toUTC().addSecs(body.value(QLatin1String("tz")).toInteger(0) * 60).date().toString(Qt::ISODate);
}

QString officerLabel(const QJsonObject &officer)
{
    const QString name = str(officer, QStringLiteral("name"));
    const QString nip = str(officer, QStringLiteral("nip"));
    const QString id = str(officer, QStringLiteral("id"));
    QString out = name.isEmpty() ? id : name;
    if (!nip.isEmpty())
        out += QStringLiteral(" (NIP %1)").arg(nip);
    return out;
}
} // namespace

QString originName(Origin origin)
{
    return origin == Origin::Visitor ? QStringLiteral("visitor") : QStringLiteral("officer");
}

std::optional<NewEntry> entryOf(const QByteArray &body)
{
    return entryOf(QJsonDocument::fromJson(body).object());
}

std::optional<NewEntry> entryOf(const QJsonObject &o)
{
    const std::optional<RecordType> type = recordTypeFromName(o.value(QLatin1String("type")).toString());
    const QString day = localDay(o);
    if (!type || day.isEmpty() || *type == RecordType::Response)
        return std::nullopt;
    const QJsonObject data = o.value(QLatin1String("data")).toObject();
    NewEntry e;
    e.reportedAt = o.value(QLatin1String("time")).toString();
    e.service = str(o, QStringLiteral("service"));
    e.receivedOn = day;
    // A visitor's report rides on the acknowledgement, or comes as its own record with data.report
    // (ADR 0023); an officer's report is a gratification_report without it.
    const QJsonObject visitorReport = data.value(QLatin1String("report")).toObject();
    if (*type == RecordType::GratificationAck || !visitorReport.isEmpty()) {
        const QJsonObject &report = visitorReport;
        if (report.isEmpty() && str(data, QStringLiteral("statement")) != QLatin1String("reward_requested"))
            return std::nullopt;
        e.origin = Origin::Visitor;
        e.kind = str(report, QStringLiteral("kind"));
        e.details = report;
        return e;
    }
    e.origin = Origin::Officer;
    e.kind = str(data, QStringLiteral("kind"));
    e.officer = officerLabel(data.value(QLatin1String("officer")).toObject());
    const QJsonValue value = data.value(QLatin1String("valueIdr"));
    if (value.isDouble() && value.toDouble() >= 0 && value.toDouble() == double(qint64(value.toDouble())))
        e.valueIdr = qint64(value.toDouble());
    // The law counts from the day the gratification was received (or offered, for a refusal); without
    // a readable day the record's own day stands in, and the entry says the field is missing.
    const QDate occurred = QDate::fromString(str(data, QStringLiteral("occurredOn")), Qt::ISODate);
    if (occurred.isValid() && occurred.toString(Qt::ISODate) <= day)
        e.receivedOn = occurred.toString(Qt::ISODate);
    e.details = data;
    return e;
}

QStringList missingFields(Origin origin, const QJsonObject &d)
{
    if (origin == Origin::Visitor)
        return {};
    QStringList missing;
    static const QStringList kinds = {QStringLiteral("refusal"), QStringLiteral("receipt"), QStringLiteral("request")};
    if (!kinds.contains(str(d, QStringLiteral("kind"))))
        missing << QStringLiteral("kind");
    const QJsonObject officer = d.value(QLatin1String("officer")).toObject();
    for (const char *f : {"id", "name", "position"}) {
        if (str(officer, QString::fromLatin1(f)).isEmpty())
            missing << QStringLiteral("officer.%1").arg(QLatin1String(f));
    }
    if (str(d.value(QLatin1String("giver")).toObject(), QStringLiteral("name")).isEmpty())
        missing << QStringLiteral("giver.name");
    for (const char *f : {"form", "description", "place", "chronology"}) {
        if (str(d, QString::fromLatin1(f)).isEmpty())
            missing << QString::fromLatin1(f);
    }
    const QJsonValue value = d.value(QLatin1String("valueIdr"));
    if (!value.isDouble() || value.toDouble() < 0)
        missing << QStringLiteral("valueIdr");
    if (!QDate::fromString(str(d, QStringLiteral("occurredOn")), Qt::ISODate).isValid())
        missing << QStringLiteral("occurredOn");
    if (str(d.value(QLatin1String("signature")).toObject(), QStringLiteral("sha256")).isEmpty())
        missing << QStringLiteral("signature");
    return missing;
}

Intake::Intake(Sql &sql)
    : m_sql(sql)
{
}

void Intake::add(const QString &deviceId, const QString &recordId, const QString &unitCode, const QByteArray &body)
{
    if (std::optional<NewEntry> e = entryOf(body))
        m_pending.append(Pending{deviceId, recordId, unitCode, *e});
}

void Intake::add(const QString &deviceId, const QString &recordId, const QString &unitCode, const QJsonObject &body)
{
    if (std::optional<NewEntry> e = entryOf(body))
        m_pending.append(Pending{deviceId, recordId, unitCode, *e});
}

void Intake::flush()
{
    if (m_pending.isEmpty())
        return;
    QSqlQuery insert = m_sql.prepare(QStringLiteral(
        "INSERT INTO register_entries (device_id, record_id, unit_code, origin, kind, received_on, reported_at, "
        "service,"
        " officer, value_idr, details, status, gol_reference, decision, incomplete_since, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', '', '', NULL, ?, ?) ON CONFLICT DO NOTHING RETURNING "
        "id"));
    QSqlQuery audit = m_sql.prepare(
        QStringLiteral("INSERT INTO register_audit (entry_id, at, actor, action, from_status, to_status, note)"
                       " VALUES (?, ?, ?, 'received', '', 'received', ?)"));
    const QString now = nowText();
    for (const Pending &p : std::as_const(m_pending)) {
        const NewEntry &e = p.entry;
        m_sql.exec(insert,
                   {p.deviceId, p.recordId, p.unitCode, originName(e.origin), e.kind, e.receivedOn, e.reportedAt,
                    e.service, e.officer, e.valueIdr ? QVariant(*e.valueIdr) : nullInteger(),
                    QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)), now, now});
        if (!insert.next()) { // already registered: the record came again, or a backfill re-ran
            insert.finish();
            continue;
        }
        const qint64 id = insert.value(0).toLongLong();
        insert.finish();
        m_sql.exec(audit,
                   {id, now, QStringLiteral("device:%1").arg(p.deviceId),
                    e.origin == Origin::Visitor ? QStringLiteral("reported by a visitor at the kiosk")
                                                : QStringLiteral("reported by the officer on the device")});
    }
    m_pending.clear();
}

void backfill(Sql &sql)
{
    // Keyset pages over the report records only: bounded memory however many records the server holds.
    constexpr int kPage = 2000;
    Intake intake(sql);
    QString lastDevice;
    QString lastRecord;
    for (;;) {
        QSqlQuery q = sql.run(QStringLiteral("SELECT device_id, record_id, unit_code, body FROM records"
                                             " WHERE type IN ('gratification_ack', 'gratification_report')"
                                             " AND (device_id > ? OR (device_id = ? AND record_id > ?))"
                                             " ORDER BY device_id, record_id LIMIT %1")
                                  .arg(kPage),
                              {lastDevice, lastDevice, lastRecord});
        int n = 0;
        while (q.next()) {
            ++n;
            lastDevice = q.value(0).toString();
            lastRecord = q.value(1).toString();
            intake.add(lastDevice, lastRecord, q.value(2).toString(), q.value(3).toString().toUtf8());
        }
        q.finish();
        intake.flush();
        if (n < kPage)
            return;
    }
}

} // namespace suara::server::registry
