#include "localizedtext.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace suara {

namespace {
const QString kId = QStringLiteral("id");
const QString kEn = QStringLiteral("en");
} // namespace

bool isLanguageCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"));
    return pattern.match(code).hasMatch();
}

QString LocalizedText::text(const QString &language) const
{
    if (language == kEn && !en.isEmpty())
        return en;
    if (const QString own = more.value(language); !own.isEmpty())
        return own;
    return id.isEmpty() ? en : id;
}

bool LocalizedText::has(const QString &language) const
{
    if (language == kId)
        return !id.isEmpty();
    if (language == kEn)
        return !en.isEmpty();
    return !more.value(language).isEmpty();
}

bool LocalizedText::isEmpty() const
{
    if (!id.isEmpty() || !en.isEmpty())
        return false;
    for (const QString &t : more) {
        if (!t.isEmpty())
            return false;
    }
    return true;
}

QJsonValue LocalizedText::toJson() const
{
    QJsonObject o{{kId, id}, {kEn, en}};
    for (auto it = more.begin(); it != more.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

std::optional<LocalizedText> LocalizedText::parse(const QJsonValue &value, QString *error)
{
    if (value.isString())
        return LocalizedText(value.toString(), value.toString());
    if (value.isUndefined() || value.isNull())
        return LocalizedText{};
    if (!value.isObject()) {
        if (error)
            *error = QStringLiteral("a text must be a string or an object of language codes");
        return std::nullopt;
    }
    LocalizedText t;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!isLanguageCode(it.key()) || !it.value().isString()) {
            if (error)
                *error = QStringLiteral("'%1' is not a language code with a text").arg(it.key());
            return std::nullopt;
        }
        if (it.key() == kId)
            t.id = it.value().toString();
        else if (it.key() == kEn)
            t.en = it.value().toString();
        else
            t.more.insert(it.key(), it.value().toString());
    }
    return t;
}

} // namespace suara
