#include "strictjson.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace suara::protocol {

std::optional<QJsonObject> parseObject(const QByteArray &body, ApiError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = makeError(ErrorCode::MalformedJson,
                           QStringLiteral("the body is not JSON (%1 at offset %2)")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = makeError(ErrorCode::MalformedJson, QStringLiteral("the body must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<qint64> jsonInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    constexpr double kMaxExact = 9007199254740991.0; // 2^53 - 1
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > kMaxExact)
        return std::nullopt;
    return value.toInteger(qint64(d));
}

QString fieldPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString indexPath(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

FieldReader::FieldReader(const QJsonObject &object, QString path, ApiError *error)
    : m_object(object)
    , m_path(std::move(path))
    , m_error(error)
{
}

void FieldReader::failWith(ErrorCode code, const QString &key, const QString &message)
{
    if (m_failed)
        return; // the first problem is the one reported
    m_failed = true;
    const QString where = path(key);
    *m_error = makeError(code, where + QLatin1Char(' ') + message, where);
}

void FieldReader::fail(const QString &key, const QString &message)
{
    failWith(ErrorCode::InvalidField, key, message);
}

std::optional<QJsonValue> FieldReader::take(const QString &key, Need need)
{
    m_seen.insert(key);
    if (m_failed)
        return std::nullopt;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || (need == Optional && it->isNull())) {
        if (need == Required)
            failWith(ErrorCode::InvalidField, key, QStringLiteral("is required"));
        return std::nullopt;
    }
    return it.value();
}

std::optional<QString> FieldReader::string(const QString &key, Need need, int maxLength)
{
    const std::optional<QJsonValue> v = take(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        failWith(ErrorCode::InvalidField, key, QStringLiteral("must be a string"));
        return std::nullopt;
    }
    const QString s = v->toString();
    if (s.size() > maxLength) {
        failWith(ErrorCode::InvalidField, key, QStringLiteral("must be at most %1 characters").arg(maxLength));
        return std::nullopt;
    }
    return s;
}

std::optional<QString> FieldReader::identifier(const QString &key, Need need, int maxLength)
{
    const std::optional<QString> s = string(key, need, maxLength);
    if (!s)
        return std::nullopt;
    const bool valid = !s->isEmpty() && std::all_of(s->cbegin(), s->cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char('.');
    });
    if (!valid) {
        failWith(ErrorCode::InvalidField, key,
                 QStringLiteral("must be a non-empty id of letters, digits, '-', '_' or '.'"));
        return std::nullopt;
    }
    return s;
}

std::optional<qint64> FieldReader::integer(const QString &key, qint64 min, qint64 max, Need need)
{
    const std::optional<QJsonValue> v = take(key, need);
    if (!v)
        return std::nullopt;
    const std::optional<qint64> i = jsonInteger(*v);
    if (!i) {
        failWith(ErrorCode::InvalidField, key, QStringLiteral("must be an integer"));
        return std::nullopt;
    }
    if (*i < min || *i > max) {
        const QString range = max == std::numeric_limits<qint64>::max()
            ? QStringLiteral("at least %1").arg(min)
            : QStringLiteral("between %1 and %2").arg(min).arg(max);
        failWith(ErrorCode::InvalidField, key, QStringLiteral("must be an integer ") + range);
        return std::nullopt;
    }
    return i;
}

std::optional<bool> FieldReader::boolean(const QString &key, Need need)
{
    const std::optional<QJsonValue> v = take(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        failWith(ErrorCode::InvalidField, key, QStringLiteral("must be true or false"));
        return std::nullopt;
    }
    return v->toBool();
}

std::optional<QJsonObject> FieldReader::object(const QString &key, Need need)
{
    const std::optional<QJsonValue> v = take(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        failWith(ErrorCode::InvalidField, key, QStringLiteral("must be an object"));
        return std::nullopt;
    }
    return v->toObject();
}

std::optional<QJsonArray> FieldReader::array(const QString &key, Need need)
{
    const std::optional<QJsonValue> v = take(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        failWith(ErrorCode::InvalidField, key, QStringLiteral("must be an array"));
        return std::nullopt;
    }
    return v->toArray();
}

std::optional<QStringList> FieldReader::stringList(const QString &key, Need need)
{
    const std::optional<QJsonArray> a = array(key, need);
    if (!a)
        return std::nullopt;
    QStringList out;
    for (qsizetype i = 0; i < a->size(); ++i) {
        if (!a->at(i).isString()) {
            failWith(ErrorCode::InvalidField, indexPath(key, i), QStringLiteral("must be a string"));
            return std::nullopt;
        }
        out.append(a->at(i).toString());
    }
    return out;
}

bool FieldReader::finish()
{
    if (m_failed)
        return false;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_seen.contains(it.key())) {
            failWith(ErrorCode::UnknownField, it.key(), QStringLiteral("is not a field of this request"));
            return false;
        }
    }
    return true;
}

} // namespace suara::protocol
