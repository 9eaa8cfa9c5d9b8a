#include "aggregator.h"

#include "domain/record.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace suara::server::reports {

namespace {
constexpr int kTextLimit = 2000; // a comment or note is cut where the kiosk cuts it

QString str(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString().trimmed().left(kTextLimit);
}

// The local calendar day of capture: the device's own offset, not the server's.
QString localDay(const QJsonObject &body)
{
    const QDateTime utc = QDateTime::fromString(body.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    if (!utc.isValid())
        return {};
    const qint64 offsetMinutes = body.value(QLatin1String("tz")).toInteger(0);
    return utc.toUTC().addSecs(offsetMinutes * 60).date().toString(Qt::ISODate);
}

QString upsert(const QString &table, const QStringList &keyColumns)
{
    QStringList marks;
    for (qsizetype i = 0; i <= keyColumns.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (%2, n) VALUES (%3) ON CONFLICT (%2) DO UPDATE SET n = %1.n + excluded.n")
        .arg(table, keyColumns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

const QStringList kFactColumns = {QStringLiteral("unit_code"), QStringLiteral("questionnaire"),
                                  QStringLiteral("day"),       QStringLiteral("service"),
                                  QStringLiteral("device_id"), QStringLiteral("misuse")};

QVariantList factBinds(const FactKey &k)
{
    return {k.unit, k.questionnaire, k.day, k.service, k.device, k.misuse};
}
} // namespace

QString aggregateQuestionnaire(const QString &questionnaireId, const QJsonObject &data)
{
    const QJsonObject scale = data.value(QLatin1String("scale")).toObject();
    if (questionnaireId == QLatin1String("skm") || !scale.contains(QLatin1String("min"))
        || !scale.contains(QLatin1String("max")))
        return questionnaireId;
    return QStringLiteral("%1@%2-%3")
        .arg(questionnaireId)
        .arg(scale.value(QLatin1String("min")).toInteger())
        .arg(scale.value(QLatin1String("max")).toInteger());
}

Aggregator::Aggregator(Sql &sql)
    : m_sql(sql)
{
}

void Aggregator::add(const QString &deviceId, const QString &recordId, const QString &unitCode, const QByteArray &body)
{
    add(deviceId, recordId, unitCode, QJsonDocument::fromJson(body).object());
}

void Aggregator::add(const QString &deviceId, const QString &recordId, const QString &unitCode, const QJsonObject &o)
{
    const std::optional<RecordType> type = recordTypeFromName(o.value(QLatin1String("type")).toString());
    const QString day = localDay(o);
    if (!type || day.isEmpty())
        return;
    const QJsonObject data = o.value(QLatin1String("data")).toObject();
    FactKey key;
    key.unit = unitCode;
    key.questionnaire = o.value(QLatin1String("q")).toObject().value(QLatin1String("id")).toString();
    key.day = day;
    key.service = o.value(QLatin1String("service")).toString();
    key.device = deviceId;
    key.misuse = o.value(QLatin1String("flags")).toArray().contains(QJsonValue(flags::kSuspectedMisuse)) ? 1 : 0;
    const QString capturedAt = o.value(QLatin1String("time")).toString();
    // The device's UTC offset at capture, so a report can show the time on the kiosk's clock.
    const qint64 tzMinutes = o.value(QLatin1String("tz")).toInteger(0);

    const QString comment = str(data, QLatin1String("comment"));
    if (!comment.isEmpty())
        m_comments.append({deviceId, recordId, unitCode, day, capturedAt, tzMinutes, key.service, key.questionnaire,
                           key.misuse, comment, comment.toLower()});

    if (*type == RecordType::Response) {
        key.questionnaire = aggregateQuestionnaire(key.questionnaire, data);
        FactKey month = key;
        month.day = day.left(7);
        month.service.clear();
        month.device.clear();
        // Ingest has checked the code's format (protocol §2.1); empty: not a field interview.
        const QString region =
            data.value(QLatin1String("region")).toObject().value(QLatin1String("code")).toString().left(16);
        ++m_respondents[key];
        ++m_respondentsMonth[month];
        if (!region.isEmpty())
            ++m_regionRespondents[{key, region}];
        const QJsonObject answers = data.value(QLatin1String("answers")).toObject();
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            // Only whole numbers are answers; a sealed kiosk record never holds anything else.
            const double v = it.value().toDouble(-1e18);
            if (it.value().isDouble() && v == double(qint64(v))) {
                ++m_answers[{key, it.key(), qint64(v)}];
                ++m_answersMonth[{month, it.key(), qint64(v)}];
                if (!region.isEmpty())
                    ++m_regionAnswers[{key, region, it.key(), qint64(v)}];
            }
        }
        const QJsonObject profile = data.value(QLatin1String("profile")).toObject();
        for (auto it = profile.begin(); it != profile.end(); ++it) {
            if (it.value().isString() && !it.value().toString().isEmpty()) {
                ++m_profile[{key, it.key().left(64), it.value().toString().left(64)}];
                if (!region.isEmpty())
                    ++m_regionProfile[{key, region, it.key().left(64), it.value().toString().left(64)}];
            }
        }
        return;
    }

    // An acknowledgement carries the visitor's statement; a solicitation report its details under
    // data.report, whether it rides on the acknowledgement (one record per visit) or comes as its own
    // record with a day-coarsened time (both are read the same way).
    const QString statement = str(data, QLatin1String("statement"));
    if (*type == RecordType::GratificationAck && !statement.isEmpty())
        ++m_acks[{key, statement}];
    const QJsonObject report = data.value(QLatin1String("report")).toObject();
    // An officer's own gratification_report (no data.report) is not a visitor's solicitation: it goes to
    // the UPG's register only, whose entries a unit admin may not see (docs/adr/0030-upg-register.md).
    const bool solicitation = statement == QLatin1String("reward_requested") || !report.isEmpty();
    if (solicitation) {
        const QJsonObject &r = report;
        m_solicitations.append({deviceId, recordId, unitCode, day, capturedAt, tzMinutes, key.service, key.misuse,
                                str(r, QLatin1String("kind")), str(r, QLatin1String("what")),
                                str(r, QLatin1String("when")), str(r, QLatin1String("counter")),
                                str(r, QLatin1String("note"))});
    }
}

void Aggregator::flush()
{
    if (!m_respondents.empty()) {
        QSqlQuery q = m_sql.prepare(upsert(QStringLiteral("agg_respondents"), kFactColumns));
        for (const auto &[k, n] : m_respondents)
            m_sql.exec(q, factBinds(k) << n);
    }
    if (!m_answers.empty()) {
        QSqlQuery q =
            m_sql.prepare(upsert(QStringLiteral("agg_answers"),
                                 kFactColumns + QStringList{QStringLiteral("item_key"), QStringLiteral("value")}));
        for (const auto &[k, n] : m_answers)
            m_sql.exec(q, factBinds(std::get<0>(k)) << std::get<1>(k) << std::get<2>(k) << n);
    }
    const QStringList monthKey = {QStringLiteral("unit_code"), QStringLiteral("questionnaire"), QStringLiteral("month"),
                                  QStringLiteral("misuse")};
    if (!m_respondentsMonth.empty()) {
        QSqlQuery q = m_sql.prepare(upsert(QStringLiteral("agg_respondents_month"), monthKey));
        for (const auto &[k, n] : m_respondentsMonth)
            m_sql.exec(q, {k.unit, k.questionnaire, k.day, k.misuse, n});
    }
    if (!m_answersMonth.empty()) {
        QSqlQuery q =
            m_sql.prepare(upsert(QStringLiteral("agg_answers_month"),
                                 monthKey + QStringList{QStringLiteral("item_key"), QStringLiteral("value")}));
        for (const auto &[k, n] : m_answersMonth) {
            const FactKey &f = std::get<0>(k);
            m_sql.exec(q, {f.unit, f.questionnaire, f.day, f.misuse, std::get<1>(k), std::get<2>(k), n});
        }
    }
    if (!m_profile.empty()) {
        QSqlQuery q =
            m_sql.prepare(upsert(QStringLiteral("agg_profile"),
                                 kFactColumns + QStringList{QStringLiteral("field"), QStringLiteral("value")}));
        for (const auto &[k, n] : m_profile)
            m_sql.exec(q, factBinds(std::get<0>(k)) << std::get<1>(k) << std::get<2>(k) << n);
    }
    if (!m_acks.empty()) {
        QSqlQuery q =
            m_sql.prepare(upsert(QStringLiteral("agg_acks"),
                                 {QStringLiteral("unit_code"), QStringLiteral("day"), QStringLiteral("service"),
                                  QStringLiteral("device_id"), QStringLiteral("misuse"), QStringLiteral("statement")}));
        for (const auto &[k, n] : m_acks) {
            const FactKey &f = std::get<0>(k);
            m_sql.exec(q, {f.unit, f.day, f.service, f.device, f.misuse, std::get<1>(k), n});
        }
    }
    flushRegions();
    if (!m_solicitations.isEmpty()) {
        QSqlQuery q = m_sql.prepare(QStringLiteral(
            "INSERT INTO solicitations (device_id, record_id, unit_code, day, captured_at, tz_minutes, service, misuse,"
            " kind, what, when_text, counter, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING"));
        for (const QVariantList &row : std::as_const(m_solicitations))
            m_sql.exec(q, row);
    }
    if (!m_comments.isEmpty()) {
        QSqlQuery q =
            m_sql.prepare(QStringLiteral("INSERT INTO comments (device_id, record_id, unit_code, day, captured_at, "
                                         "tz_minutes, service, questionnaire, misuse, body, search)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
        for (const QVariantList &row : std::as_const(m_comments))
            m_sql.exec(q, row);
    }
    m_answers.clear();
    m_respondents.clear();
    m_answersMonth.clear();
    m_respondentsMonth.clear();
    m_profile.clear();
    m_acks.clear();
    m_solicitations.clear();
    m_comments.clear();
}

void Aggregator::flushRegions()
{
    const QStringList key = kFactColumns + QStringList{QStringLiteral("region")};
    if (!m_regionRespondents.empty()) {
        QSqlQuery q = m_sql.prepare(upsert(QStringLiteral("agg_region_respondents"), key));
        for (const auto &[k, n] : m_regionRespondents)
            m_sql.exec(q, factBinds(std::get<0>(k)) << std::get<1>(k) << n);
    }
    if (!m_regionAnswers.empty()) {
        QSqlQuery q = m_sql.prepare(upsert(QStringLiteral("agg_region_answers"),
                                           key + QStringList{QStringLiteral("item_key"), QStringLiteral("value")}));
        for (const auto &[k, n] : m_regionAnswers)
            m_sql.exec(q, factBinds(std::get<0>(k)) << std::get<1>(k) << std::get<2>(k) << std::get<3>(k) << n);
    }
    if (!m_regionProfile.empty()) {
        QSqlQuery q = m_sql.prepare(upsert(QStringLiteral("agg_region_profile"),
                                           key + QStringList{QStringLiteral("field"), QStringLiteral("value")}));
        for (const auto &[k, n] : m_regionProfile)
            m_sql.exec(q, factBinds(std::get<0>(k)) << std::get<1>(k) << std::get<2>(k) << std::get<3>(k) << n);
    }
    m_regionRespondents.clear();
    m_regionAnswers.clear();
    m_regionProfile.clear();
}

void backfill(Sql &sql)
{
    // Keyset pages: bounded memory however many records the server holds.
    constexpr int kPage = 2000;
    Aggregator agg(sql);
    QString lastDevice;
    qint64 lastSeq = -1;
    for (;;) {
        QSqlQuery q = sql.run(QStringLiteral("SELECT device_id, seq, record_id, unit_code, body FROM records"
                                             " WHERE device_id > ? OR (device_id = ? AND seq > ?)"
                                             " ORDER BY device_id, seq LIMIT %1")
                                  .arg(kPage),
                              {lastDevice, lastDevice, lastSeq});
        int rows = 0;
        while (q.next()) {
            ++rows;
            lastDevice = q.value(0).toString();
            lastSeq = q.value(1).toLongLong();
            agg.add(lastDevice, q.value(2).toString(), q.value(3).toString(), q.value(4).toString().toUtf8());
        }
        agg.flush();
        if (rows < kPage)
            return;
    }
}

} // namespace suara::server::reports
