#include "visitdata.h"

#include <QJsonArray>
#include <cmath>

namespace suara {

namespace {
const QString kAnswers = QStringLiteral("answers");
const QString kScale = QStringLiteral("scale");
const QString kMin = QStringLiteral("min");
const QString kMax = QStringLiteral("max");
const QString kDuration = QStringLiteral("durationMs");
const QString kProfile = QStringLiteral("profile");
const QString kComment = QStringLiteral("comment");
const QString kMisuse = QStringLiteral("misuse");
const QString kStatement = QStringLiteral("statement");
const QString kStatementText = QStringLiteral("statementText");
const QString kReport = QStringLiteral("report");
const QString kNoReward = QStringLiteral("no_reward");
const QString kRewardRequested = QStringLiteral("reward_requested");

QJsonObject textObject(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

std::nullopt_t refuse(QString *error, const QString &why)
{
    fail(error, why);
    return std::nullopt;
}

bool wholeNumber(const QJsonValue &v, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::trunc(d) || std::abs(d) > 9e15)
        return false;
    *out = qint64(d);
    return true;
}

// An optional object of strings; false when present with another shape.
bool readTexts(const QJsonObject &data, const QString &key, QMap<QString, QString> *out, QString *error)
{
    const QJsonValue v = data.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isObject())
        return fail(error, QStringLiteral("%1 is not an object").arg(key));
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString())
            return fail(error, QStringLiteral("%1.%2 is not text").arg(key, it.key()));
        out->insert(it.key(), it.value().toString());
    }
    return true;
}

bool readText(const QJsonObject &data, const QString &key, QString *out, QString *error)
{
    const QJsonValue v = data.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isString())
        return fail(error, QStringLiteral("%1 is not text").arg(key));
    *out = v.toString();
    return true;
}
} // namespace

QJsonObject ResponseData::toJson() const
{
    QJsonObject a;
    for (auto it = answers.begin(); it != answers.end(); ++it)
        a.insert(it.key(), it.value());
    QJsonObject o{{kAnswers, a}, {kScale, QJsonObject{{kMin, scaleMin}, {kMax, scaleMax}}}, {kDuration, durationMs}};
    if (!profile.isEmpty())
        o.insert(kProfile, textObject(profile));
    if (!comment.isEmpty())
        o.insert(kComment, comment);
    if (!misuse.isEmpty())
        o.insert(kMisuse, QJsonArray::fromStringList(misuse));
    return o;
}

std::optional<ResponseData> ResponseData::fromJson(const QJsonObject &data, QString *error)
{
    ResponseData r;
    const QJsonValue answers = data.value(kAnswers);
    if (!answers.isObject())
        return refuse(error, QStringLiteral("answers is not an object"));
    const QJsonObject a = answers.toObject();
    for (auto it = a.begin(); it != a.end(); ++it) {
        qint64 v = 0;
        if (!wholeNumber(it.value(), &v) || v < INT_MIN || v > INT_MAX)
            return refuse(error, QStringLiteral("answers.%1 is not a whole number").arg(it.key()));
        r.answers.insert(it.key(), int(v));
    }
    const QJsonValue scale = data.value(kScale);
    if (!scale.isUndefined()) {
        qint64 min = 0, max = 0;
        if (!scale.isObject() || !wholeNumber(scale.toObject().value(kMin), &min)
            || !wholeNumber(scale.toObject().value(kMax), &max))
            return refuse(error, QStringLiteral("scale is not {min, max}"));
        r.scaleMin = int(min);
        r.scaleMax = int(max);
    }
    if (const QJsonValue d = data.value(kDuration); !d.isUndefined() && !wholeNumber(d, &r.durationMs))
        return refuse(error, QStringLiteral("durationMs is not a whole number"));
    if (!readTexts(data, kProfile, &r.profile, error) || !readText(data, kComment, &r.comment, error))
        return std::nullopt;
    const QJsonValue misuse = data.value(kMisuse);
    if (!misuse.isUndefined()) {
        if (!misuse.isArray())
            return refuse(error, QStringLiteral("misuse is not a list"));
        for (const QJsonValue &m : misuse.toArray()) {
            if (!m.isString())
                return refuse(error, QStringLiteral("misuse holds something other than text"));
            r.misuse.append(m.toString());
        }
    }
    return r;
}

QJsonObject StatementData::toJson() const
{
    QJsonObject o{{kStatement, reported() ? kRewardRequested : kNoReward}, {kStatementText, statementText}};
    if (reported())
        o.insert(kReport, textObject(report));
    if (!comment.isEmpty())
        o.insert(kComment, comment);
    return o;
}

std::optional<StatementData> StatementData::fromJson(const QJsonObject &data, QString *error)
{
    StatementData s;
    const QString statement = data.value(kStatement).toString();
    if (statement == kRewardRequested)
        s.statement = Statement::RewardRequested;
    else if (statement != kNoReward)
        return refuse(error, QStringLiteral("statement is neither no_reward nor reward_requested"));
    if (!readText(data, kStatementText, &s.statementText, error) || !readTexts(data, kReport, &s.report, error)
        || !readText(data, kComment, &s.comment, error))
        return std::nullopt;
    return s;
}

} // namespace suara
