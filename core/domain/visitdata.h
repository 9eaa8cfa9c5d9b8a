#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace suara {

// The `data` of the records one visit leaves, as values. The kiosk's session fills them and the store
// seals their JSON (recordformat::body); the admin summary reads them back. Keys that are empty or
// zero-length lists are left out of the JSON, as the kiosk has always written them.

// A survey's answers (a `response` record).
struct ResponseData
{
    QMap<QString, int> answers; // item key -> the chosen value; a skipped item is absent
    int scaleMin = 1;
    int scaleMax = 4;
    qint64 durationMs = 0; // from "start" to "send"
    QMap<QString, QString> profile;
    QString comment; // the visit's comment, kept once, with its first survey
    QStringList misuse; // reasons the visit was flagged (MisuseGuard), empty when it was not

    bool operator==(const ResponseData &) const = default;
    [[nodiscard]] QJsonObject toJson() const;
    // A value of the wrong type is an error; an answer must be a whole number.
    static std::optional<ResponseData> fromJson(const QJsonObject &data, QString *error = nullptr);
};

// The integrity statement that ends every visit (a `gratification_ack` record).
struct StatementData
{
    enum class Statement { NoReward, RewardRequested };
    Statement statement = Statement::NoReward;
    QString statementText; // the words the visitor confirmed, in their language
    QMap<QString, QString> report; // a reward report's details (RewardRequested only)
    QString comment; // a visit without any survey keeps its comment here

    bool operator==(const StatementData &) const = default;
    [[nodiscard]] bool reported() const { return statement == Statement::RewardRequested; }
    [[nodiscard]] QJsonObject toJson() const;
    static std::optional<StatementData> fromJson(const QJsonObject &data, QString *error = nullptr);
};

} // namespace suara
