#include "edgetext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace suara::server::edgetext {

using protocol::ErrorCode;
using protocol::makeError;

namespace {
bool isControl(QChar c, bool lineBreaksAllowed)
{
    const char16_t u = c.unicode();
    if (lineBreaksAllowed && (u == '\t' || u == '\n' || u == '\r'))
        return false;
    return u < 0x20 || u == 0x7f;
}

std::optional<qsizetype> firstControl(const QString &text, bool lineBreaksAllowed)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isControl(text.at(i), lineBreaksAllowed))
            return i;
    }
    return std::nullopt;
}

protocol::ApiError refusal(const QString &text, qsizetype at, const QString &where)
{
    const QString code = QString::number(uint(text.at(at).unicode()), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    return makeError(
        ErrorCode::BadRequest,
        QStringLiteral("%1 contains the control character U+%2; control characters are not accepted").arg(where, code),
        where);
}

std::optional<protocol::ApiError> walk(const QJsonValue &value, const QString &where);

std::optional<protocol::ApiError> walkObject(const QJsonObject &object, const QString &where)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = where.isEmpty() ? it.key() : where + QLatin1Char('.') + it.key();
        if (const std::optional<qsizetype> at = firstControl(it.key(), false))
            return refusal(it.key(), *at,
                           QStringLiteral("a key of %1").arg(where.isEmpty() ? QStringLiteral("the body") : where));
        if (std::optional<protocol::ApiError> bad = walk(it.value(), path))
            return bad;
    }
    return std::nullopt;
}

std::optional<protocol::ApiError> walk(const QJsonValue &value, const QString &where)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (const std::optional<qsizetype> at = firstControl(text, true))
            return refusal(text, *at, where);
    } else if (value.isObject()) {
        return walkObject(value.toObject(), where);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (std::optional<protocol::ApiError> bad = walk(array.at(i), QStringLiteral("%1[%2]").arg(where).arg(i)))
                return bad;
        }
    }
    return std::nullopt;
}
} // namespace

std::optional<protocol::ApiError> check(const QString &text, const QString &where)
{
    if (const std::optional<qsizetype> at = firstControl(text, false))
        return refusal(text, *at, where);
    return std::nullopt;
}

std::optional<protocol::ApiError> checkTarget(const HttpRequest &head)
{
    for (const QByteArray &segment : head.rawPath.split('/')) {
        if (std::optional<protocol::ApiError> bad =
                check(QUrl::fromPercentEncoding(segment), QStringLiteral("the path")))
            return bad;
    }
    const QUrlQuery query(QString::fromUtf8(head.query));
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (std::optional<protocol::ApiError> bad =
                check(key + value, QStringLiteral("the query parameter %1").arg(key)))
            return bad;
    }
    return std::nullopt;
}

std::optional<protocol::ApiError> checkJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return doc.isObject() ? walkObject(doc.object(), QString()) : walk(doc.array(), QStringLiteral("the body"));
}

} // namespace suara::server::edgetext
