#pragma once

#include "db/sql.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <map>
#include <tuple>

namespace suara::server::reports {

// What every aggregate row is keyed by: the unit, the local day of capture on the device (the record's
// UTC time plus its own offset, "YYYY-MM-DD"), the service ('' for none), the device, the questionnaire
// ('' for none) and the misuse flag. Reports sum these rows; they never read raw records.
struct FactKey
{
    QString unit;
    QString questionnaire;
    QString day;
    QString service;
    QString device;
    int misuse = 0;
    [[nodiscard]] auto tie() const { return std::tie(unit, questionnaire, day, service, device, misuse); }
    bool operator<(const FactKey &o) const { return tie() < o.tie(); }
};

// Collects the aggregates of the records stored in one transaction and writes them with UPSERTs
// (`n = n + excluded.n`, the same SQL on both engines) when flushed. Counts are summed in memory
// first, so a batch of 500 records costs one statement per distinct key, not one per answer.
class Aggregator
{
public:
    explicit Aggregator(Sql &sql);

    // One stored record: its signed body, under the unit of the device that sent it. A body that is
    // not a record object adds nothing (ingest has verified it already).
    void add(const QString &deviceId, const QString &recordId, const QString &unitCode, const QByteArray &body);
    // The same with the body already parsed (ingest parses it once, outside its write lock).
    void add(const QString &deviceId, const QString &recordId, const QString &unitCode, const QJsonObject &body);
    // Writes what was added since the last flush. Throws DbFailure.
    void flush();

private:
    void flushRegions();

    Sql &m_sql;
    std::map<std::tuple<FactKey, QString, qint64>, qint64> m_answers; // item key, value
    std::map<FactKey, qint64> m_respondents;
    // By month (FactKey with day = "YYYY-MM", service and device empty).
    std::map<std::tuple<FactKey, QString, qint64>, qint64> m_answersMonth;
    std::map<FactKey, qint64> m_respondentsMonth;
    std::map<std::tuple<FactKey, QString, QString>, qint64> m_profile; // field, value
    std::map<std::tuple<FactKey, QString>, qint64> m_acks; // statement
    // A field interview's desa (data.region.code): the same counts, by region as well.
    std::map<std::tuple<FactKey, QString>, qint64> m_regionRespondents; // region
    std::map<std::tuple<FactKey, QString, QString, qint64>, qint64> m_regionAnswers; // region, item key, value
    std::map<std::tuple<FactKey, QString, QString, QString>, qint64> m_regionProfile; // region, field, value
    QList<QVariantList> m_solicitations;
    QList<QVariantList> m_comments;
};

// The questionnaire column of a response's aggregates. A ZI survey may be asked on 4 or 6 points (the
// unit chooses, and may change its mind mid-period), and counts on different scales must never be
// summed, so its scale is part of the key: "spkp@1-6". SKM is always 1-4 and stays "skm".
[[nodiscard]] QString aggregateQuestionnaire(const QString &questionnaireId, const QJsonObject &data);

// Fills the aggregates from every record already stored (the migration that introduced them).
void backfill(Sql &sql);

} // namespace suara::server::reports
